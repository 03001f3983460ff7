import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeStatus as NodeStatusValue } from '@chainboard/web-graphql';
import { EDGE_COLOR, HIERARCHY_COLOR, HIGH_END_COLOR, HIT_COLOR, STATUS_STYLES } from '../graph/styles';
import { CHAIN_MAP_NS } from '../../i18n';

const STATUSES: NodeStatusValue[] = ['STRONG', 'WEAK', 'MISSING'];

function Swatch({ status }: { status: NodeStatusValue }) {
  const s = STATUS_STYLES[status];
  const radius = s.shape === 'round-rectangle' ? 6 : 0;
  const clip = s.shape === 'cut-rectangle' ? 'polygon(6px 0, calc(100% - 6px) 0, 100% 6px, 100% calc(100% - 6px), calc(100% - 6px) 100%, 6px 100%, 0 calc(100% - 6px), 0 6px)' : undefined;
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 30,
        height: 16,
        background: s.fill,
        border: `${Math.min(s.borderWidth, 4)}px ${s.borderStyle} ${s.border}`,
        borderRadius: radius,
        clipPath: clip,
      }}
    />
  );
}

function Line({ color, dotted }: { color: string; dotted?: boolean }) {
  return <span aria-hidden style={{ display: 'inline-block', width: 30, borderTop: `2px ${dotted ? 'dotted' : 'solid'} ${color}` }} />;
}

/** What the map's colours, shapes, marks and lines mean. */
export function Legend() {
  const { t } = useTranslation(CHAIN_MAP_NS);
  return (
    <Flex component="section" aria-label={t('legend.title')} gap="middle" wrap align="center" style={{ fontSize: 12 }}>
      <Typography.Text strong>{t('legend.title')}</Typography.Text>
      {STATUSES.map((status) => (
        <Flex key={status} gap={6} align="center">
          <Swatch status={status} />
          <span>{t(`status.${status}`)}</span>
        </Flex>
      ))}
      <Flex gap={6} align="center">
        <span aria-hidden style={{ display: 'inline-block', width: 26, height: 14, outline: `3px solid ${HIGH_END_COLOR}`, outlineOffset: 1 }} />
        <span>{t('legend.highEnd')}</span>
      </Flex>
      <span>{t('legend.key')}</span>
      <span>{t('legend.counts')}</span>
      <Flex gap={6} align="center">
        <Line color={EDGE_COLOR} />
        <span>{t('legend.supply')}</span>
      </Flex>
      <Flex gap={6} align="center">
        <Line color={HIERARCHY_COLOR} dotted />
        <span>{t('legend.hierarchy')}</span>
      </Flex>
      <Flex gap={6} align="center">
        <span aria-hidden style={{ display: 'inline-block', width: 26, height: 14, background: HIT_COLOR }} />
        <span>{t('legend.hit')}</span>
      </Flex>
    </Flex>
  );
}
