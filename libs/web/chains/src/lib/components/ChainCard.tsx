import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChainsOverviewQuery } from '@chainboard/web-graphql';
import { ProgressBar } from '@chainboard/web-ui';
import { formatTarget, headlineTarget } from '../format';
import { TrackTag } from './TrackTag';
import { CHAINS_NS } from '../../i18n';

export type ChainSummary = ChainsOverviewQuery['chains'][number];

/** One chain on the overview: its five ones at a glance and its headline target; opens the chain page. */
export function ChainCard({ chain }: { chain: ChainSummary }) {
  const { t } = useTranslation(CHAINS_NS);
  const target = headlineTarget(chain.targets);
  const { done, total, percent } = chain.workPlan.progress;

  return (
    <Link to={`/chains/${chain.id}`} aria-label={t('chains.open', { name: chain.name })} style={{ display: 'block', height: '100%' }}>
      <Card hoverable title={chain.name} extra={<TrackTag track={chain.track} />} style={{ height: '100%' }} data-testid="chain-card">
        <Flex vertical gap="middle">
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'leader', label: t('chains.fields.leader'), children: chain.leader.displayName },
              { key: 'department', label: t('chains.fields.leadDepartment'), children: chain.leadDepartment.name },
              { key: 'segments', label: t('chains.fields.segments'), children: t('chains.fields.nodeCount', { count: chain.map.nodeCount }) },
              {
                key: 'policies',
                label: t('chains.fields.policies'),
                children: t('chains.fields.policyCount', { count: chain.policySet.policies.length }),
              },
            ]}
          />
          <div>
            <Typography.Text strong>{t('chains.fields.workPlan')}</Typography.Text>
            <ProgressBar done={done} total={total} percent={percent} />
          </div>
          <Typography.Text type={target ? undefined : 'secondary'}>
            {target ? formatTarget(target, t) : t('chains.target.none')}
          </Typography.Text>
        </Flex>
      </Card>
    </Link>
  );
}
