import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainTrack } from '@chainboard/web-graphql';
import { CHAINS_NS } from '../../i18n';

const COLORS: Record<ChainTrack, string> = {
  TECHNOLOGY_ADVANTAGE: 'geekblue',
  FUSION_INNOVATION: 'purple',
};

/** 技术优势赛道 / 融合创新赛道. */
export function TrackTag({ track }: { track: ChainTrack }) {
  const { t } = useTranslation(CHAINS_NS);
  return <Tag color={COLORS[track]}>{t(`chains.track.${track}`)}</Tag>;
}
