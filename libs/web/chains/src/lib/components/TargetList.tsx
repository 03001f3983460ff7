import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeDecimal } from '@chainboard/domain';
import type { ChainTargetFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState } from '@chainboard/web-ui';
import { formatTarget } from '../format';
import { CHAINS_NS } from '../../i18n';

/** All the chain's plan targets, each with the plan's own words. */
export function TargetList({ targets }: { targets: readonly ChainTargetFieldsFragment[] }) {
  const { t } = useTranslation(CHAINS_NS);
  if (targets.length === 0) return <EmptyState description={t('chains.target.none')} />;
  return (
    <Flex vertical gap="small" role="list">
      {targets.map((target) => (
        <div key={target.id} role="listitem">
          <Typography.Text strong>{formatTarget(target, t, 'line')}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {target.quote}
            {target.baselineValue != null &&
              target.baselineYear != null &&
              ` · ${t('chains.target.baseline', { year: target.baselineYear, value: normalizeDecimal(target.baselineValue), unit: target.unit })}`}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
