import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Flex, Row, Segmented, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { LeadList, PriorityTag, chainsLedBy, crmAbilities, useCrmChains, useDefaultChainId } from '@chainboard/web-crm';
import type { WorkSummaryFieldsFragment } from '@chainboard/web-graphql';
import { MyActionItemsCard } from '@chainboard/web-meetings';
import { EmptyState, PageLoading, QueryState } from '@chainboard/web-ui';
import { LeadRulesButton } from '../components/LeadRulesButton';
import { useChainWork, useMyWork } from '../hooks';
import { leadTableHref } from '../filters';
import { MINE, sectionFilters, workScope, workSections, type WorkSection } from '../work';
import { LEADS_TEXTS } from '../../i18n';

/** /my-work — the day's work: my open leads and what they need today; a chain leader can switch to a chain they lead. */
export function MyWorkPage() {
  const { t } = useTranslation(LEADS_TEXTS);
  const navigate = useNavigate();
  const { user } = useAuth();
  const actor = user ? actorOf(user) : null;
  const chains = useCrmChains();
  const own = useDefaultChainId(actor);
  const led = useMemo(() => chainsLedBy(actor, chains.data ?? []), [actor, chains.data]);
  const [picked, pick] = useState<string | null>(null);
  // A chain leader opens on the chain they lead; anyone else (and a leader who picks it) on their own leads.
  const scope = picked ?? workScope(own.chainId, led);
  const chainId = scope === MINE ? null : scope;
  const mine = useMyWork(!own.isPending && chainId === null);
  const chain = useChainWork(chainId);
  const work = chainId ? chain : mine;
  const abilities = crmAbilities(actor);

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('work.title')}
        </Typography.Title>
        {abilities.editLeads && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/leads/new')}>
            {t('nav.newLead')}
          </Button>
        )}
      </Flex>
      {led.length > 0 && (
        <Segmented
          aria-label={t('work.scope')}
          value={scope}
          onChange={(v) => pick(String(v))}
          options={[{ value: MINE, label: t('work.mine') }, ...led.map((c) => ({ value: c.id, label: t('work.chain', { name: c.name }) }))]}
          style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        />
      )}
      <MyActionItemsCard />
      {own.isPending ? (
        <PageLoading />
      ) : (
        <QueryState query={work} isEmpty={() => false}>
          {(summary) => <WorkContent summary={summary} chainId={chainId} canManageRules={actor !== null && can(actor, 'settings.manage')} />}
        </QueryState>
      )}
    </Flex>
  );
}

const SECTION_COLORS: Record<WorkSection, string | undefined> = {
  dueToday: '#fa8c16',
  overdueNextActions: '#f5222d',
  firstContactOverdue: '#f5222d',
  assessmentOverdue: '#fa541c',
  stale: '#722ed1',
  openLeads: undefined,
};

/**
 * The day's lists: each shows its count and its first rows (the most overdue first); a list holding more ends with a
 * link to the lead table filtered the same way, which pages through all of them.
 */
function WorkContent({ summary, chainId, canManageRules }: { summary: WorkSummaryFieldsFragment; chainId: string | null; canManageRules: boolean }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const sections = workSections(summary);
  const rules = summary.rules;
  const prospects = summary.prospects;
  return (
    <Flex vertical gap="middle">
      <Flex align="center" gap="small" wrap>
        <Typography.Text type="secondary">
          {t('work.today', { date: summary.today })} · {t('work.rules', { first: rules.firstContactWorkingDays, assessment: rules.assessmentWorkingDays, stale: rules.staleDays })}
        </Typography.Text>
        {canManageRules && <LeadRulesButton rules={rules} />}
      </Flex>
      <Row gutter={[8, 8]}>
        {sections.map((s) => (
          <Col key={s.key} xs={12} sm={8} lg={4}>
            {s.total > 0 ? (
              <a href={`#work-${s.key}`} aria-label={t('work.jump', { section: t(`work.sections.${s.key}`), count: s.total })}>
                <Card size="small" hoverable>
                  <Statistic title={t(`work.sections.${s.key}`)} value={s.total} styles={{ content: { color: SECTION_COLORS[s.key] } }} />
                </Card>
              </a>
            ) : (
              <Card size="small">
                <Statistic title={t(`work.sections.${s.key}`)} value={0} />
              </Card>
            )}
          </Col>
        ))}
      </Row>
      {summary.attention === 0 && <Typography.Text type="success">{t('work.allClear')}</Typography.Text>}
      {sections
        .filter((s) => s.key === 'openLeads' || s.total > 0)
        .map((s) => (
          <Card
            key={s.key}
            id={`work-${s.key}`}
            size="small"
            title={
              <Flex gap="small" align="center">
                {t(`work.sections.${s.key}`)}
                <Badge count={s.total} overflowCount={Number.MAX_SAFE_INTEGER} showZero color={s.total ? (SECTION_COLORS[s.key] ?? '#1f5fbf') : '#bfbfbf'} />
              </Flex>
            }
            extra={s.more ? <Typography.Text type="secondary">{t('work.shown', { shown: s.leads.length, total: s.total })}</Typography.Text> : null}
            data-testid={`work-${s.key}`}
          >
            <LeadList leads={s.leads} empty={t(`work.empty.${s.key}`)} />
            {s.more && (
              <Link to={leadTableHref(sectionFilters(s.key, chainId))} data-testid={`work-${s.key}-all`} style={{ display: 'inline-block', marginTop: 8 }}>
                {t('work.viewAll', { count: s.total })}
              </Link>
            )}
          </Card>
        ))}
      <Card size="small" title={t('work.prospects', { count: prospects.total })} data-testid="work-prospects">
        {prospects.total === 0 ? (
          <EmptyState description={t('work.empty.prospects')} />
        ) : (
          <Flex vertical gap="small" role="list">
            {prospects.items.map((p) => (
              <Flex key={p.id} role="listitem" gap="small" align="center" wrap>
                <PriorityTag priority={p.priority} />
                <Link to={`/companies/${p.company.id}`}>{p.company.name}</Link>
                <Typography.Text type="secondary">{`${p.chain.name} › ${p.node.name}`}</Typography.Text>
              </Flex>
            ))}
            <Link to={chainId ? `/prospects?chain=${encodeURIComponent(chainId)}` : '/prospects'} data-testid="work-prospects-all">
              {prospects.total > prospects.items.length ? t('work.viewAll', { count: prospects.total }) : t('work.allProspects')}
            </Link>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
