import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeStatusSource, NodeStatus as NodeStatusValue } from '@chainboard/web-graphql';
import { HIGH_END_MARK, KEY_MARK } from '../graph/elements';
import { HIGH_END_COLOR, STATUS_STYLES } from '../graph/styles';
import { CHAIN_MAP_NS } from '../../i18n';

/** A node's status as a tag in the map's status colour and border style (text, not colour alone, carries it). */
export function StatusTag({ status }: { status: NodeStatusValue }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const style = STATUS_STYLES[status];
  return (
    <Tag
      style={{ background: style.fill, borderColor: style.border, borderStyle: style.borderStyle === 'double' ? 'double' : style.borderStyle, borderWidth: style.borderStyle === 'double' ? 3 : 1, color: '#1f1f1f', marginInlineEnd: 0 }}
    >
      {t(`status.${status}`)}
    </Tag>
  );
}

/** Where a node's status comes from: the plan's words (依据规划) or an editor's judgement (编者判断), explained on hover. */
export function StatusSourceTag({ source }: { source: NodeStatusSource }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  return (
    <Tooltip title={t(`statusSourceHint.${source}`)}>
      <Tag color={source === 'PLAN' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
        {t(`statusSource.${source}`)}
      </Tag>
    </Tooltip>
  );
}

/** High-end (高精尖), key (重点) and uncovered-gap marks of a node. */
export function FlagTags({ isHighEnd, isKey, isUncovered }: { isHighEnd: boolean; isKey: boolean; isUncovered?: boolean }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  if (!isHighEnd && !isKey && !isUncovered) return null;
  return (
    <Flex gap={4} wrap>
      {isHighEnd && (
        <Tag color={HIGH_END_COLOR} style={{ marginInlineEnd: 0 }}>
          {`${HIGH_END_MARK} ${t('flags.highEnd')}`}
        </Tag>
      )}
      {isKey && <Tag style={{ marginInlineEnd: 0, fontWeight: 600 }}>{`${KEY_MARK} ${t('flags.key')}`}</Tag>}
      {isUncovered && (
        <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
          {t('flags.uncovered')}
        </Tag>
      )}
    </Flex>
  );
}
