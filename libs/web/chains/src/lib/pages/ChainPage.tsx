import type { ReactElement } from 'react';
import { Breadcrumb, Card, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { DepartmentTab } from '../components/DepartmentTab';
import { LeaderTab } from '../components/LeaderTab';
import { MapTab } from '../components/MapTab';
import { PoliciesTab } from '../components/PoliciesTab';
import { TargetList } from '../components/TargetList';
import { TrackTag } from '../components/TrackTag';
import { WorkPlanTab } from '../components/WorkPlanTab';
import { useChain } from '../hooks';
import { chainAbilities } from '../permissions';
import { chainTabOf, type ChainTab } from '../tabs';
import { CHAINS_NS } from '../../i18n';

/** One chain: description, targets, and its five ones in tabs, with edit controls where the user may edit. */
export function ChainPage() {
  const { t } = useTranslation(CHAINS_NS);
  const { id = '' } = useParams<{ id: string }>();
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = useAuth();
  const query = useChain(id);

  const breadcrumb = (name?: string) => (
    <Breadcrumb items={[{ title: <Link to="/chains">{t('chains.breadcrumb')}</Link> }, ...(name ? [{ title: name }] : [])]} />
  );

  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <Flex vertical gap="middle">
        {breadcrumb()}
        <ErrorAlert error={query.error} />
      </Flex>
    );
  }

  const chain = query.data;
  const abilities = chainAbilities(user ? actorOf(user) : null, chain);
  const tab = chainTabOf(searchParams.get('tab'));

  const items = [
    { key: 'leader', label: t('chains.tabs.leader'), children: <LeaderTab chain={chain} canReassign={abilities.reassign} /> },
    { key: 'department', label: t('chains.tabs.department'), children: <DepartmentTab chain={chain} canReassign={abilities.reassign} /> },
    { key: 'map', label: t('chains.tabs.map'), children: <MapTab chainId={chain.id} map={chain.map} /> },
    { key: 'workPlan', label: t('chains.tabs.workPlan'), children: <WorkPlanTab chain={chain} canEdit={abilities.editWorkPlan} /> },
    { key: 'policies', label: t('chains.tabs.policies'), children: <PoliciesTab chain={chain} canEdit={abilities.editPolicies} /> },
  ] satisfies { key: ChainTab; label: string; children: ReactElement }[];

  return (
    <Flex vertical gap="middle">
      {breadcrumb(chain.name)}
      <Flex align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {chain.name}
        </Typography.Title>
        <TrackTag track={chain.track} />
      </Flex>
      {chain.description && <Typography.Paragraph style={{ marginBottom: 0 }}>{chain.description}</Typography.Paragraph>}
      <Card size="small" title={t('chains.target.title')}>
        <TargetList targets={chain.targets} />
      </Card>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
          items={items}
        />
      </Card>
    </Flex>
  );
}
