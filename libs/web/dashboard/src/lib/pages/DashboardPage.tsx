import { TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Drawer, Flex, Progress, Row, Select, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { districtDate, type HealthLight } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { chainsLedBy, DemoTag, useCrmChains, useCrmUsers } from '@chainboard/web-crm';
import type { DashboardQuery } from '@chainboard/web-graphql';
import { ListPageHeader, PageLoading, QueryState } from '@chainboard/web-ui';
import { BarChart, type BarChartOption } from '../components/BarChart';
import { lightDrill, percentOf, PLAN_FROM, signedDrill, stageDrill } from '../drill';
import { useDashboard, useFunnel, useIndicatorActuals, useOpenIssues, usePlaces } from '../hooks';
import { DASHBOARD_TEXTS } from '../../i18n';

type Dashboard = DashboardQuery['dashboard'];
type Standing = Dashboard['indicators'][number];
type Panel = 'issues' | 'land' | 'buildings' | null;

/** The dashboard's address: the district's, or one chain's. */
export function dashboardPath(chainId: string | null): string {
  return chainId ? `/dashboard/chains/${encodeURIComponent(chainId)}` : '/dashboard';
}

/**
 * /dashboard — the district's dashboard; a chain leader opening it lands on the dashboard of the chain they lead.
 * /dashboard/chains/:chainId — one chain's.
 */
export function DashboardPage() {
  const { chainId } = useParams();
  const { user } = useAuth();
  const chains = useCrmChains();
  if (chainId) return <DashboardView chainId={chainId} />;
  if (chains.isPending) return <PageLoading />;
  const led = chainsLedBy(user ? actorOf(user) : null, chains.data ?? []);
  if (user?.role === 'CHAIN_LEADER' && led.length) return <Navigate to={dashboardPath(led[0].id)} replace />;
  return <DashboardView chainId={null} />;
}

/** A figure that opens the records behind it. */
function Figure({ label, value, suffix, extra, demo, onOpen, testId }: { label: string; value: ReactNode; suffix?: ReactNode; extra?: ReactNode; demo?: boolean; onOpen: () => void; testId?: string }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  return (
    <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
      <button
        type="button"
        onClick={onOpen}
        data-testid={testId}
        aria-label={`${label} ${typeof value === 'string' || typeof value === 'number' ? value : ''}`.trim()}
        title={t('drill')}
        style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
      >
        <Statistic title={<Flex gap={4} align="center" wrap>{label}{demo && <DemoTag />}</Flex>} value={value as string | number} suffix={suffix} />
        {extra && <Typography.Text type="secondary">{extra}</Typography.Text>}
      </button>
    </Card>
  );
}

function DashboardView({ chainId }: { chainId: string | null }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const navigate = useNavigate();
  const asOf = useMemo(() => districtDate(), []);
  const [includeDemo, setIncludeDemo] = useState(true);
  const [panel, setPanel] = useState<Panel>(null);
  const [indicator, setIndicator] = useState<Standing | null>(null);
  const chains = useCrmChains();
  const dashboard = useDashboard(asOf, chainId, includeDemo);
  const chain = chains.data?.find((c) => c.id === chainId);
  const title = chainId ? t('chainTitle', { chain: chain?.name ?? '' }) : t('districtTitle');

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={title}
        subtitle={t('asOf', { date: asOf })}
        extra={
          <>
            <Select
              aria-label={t('scope')}
              style={{ minWidth: 160 }}
              value={chainId ?? ''}
              onChange={(value: string) => navigate(dashboardPath(value || null))}
              options={[{ value: '', label: t('district') }, ...(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            />
            <Flex gap={6} align="center">
              <Switch size="small" checked={includeDemo} onChange={setIncludeDemo} aria-label={t('includeDemo')} />
              <Typography.Text>{t('includeDemo')}</Typography.Text>
            </Flex>
            <Link to="/ranking">
              <Button icon={<TrophyOutlined />}>{t('toRanking')}</Button>
            </Link>
          </>
        }
      />
      <QueryState query={dashboard}>
        {(d) => (
          <DashboardFigures
            d={d}
            chainId={chainId}
            includeDemo={includeDemo}
            onPanel={setPanel}
            onIndicator={setIndicator}
          />
        )}
      </QueryState>
      <DetailPanels asOf={asOf} chainId={chainId} panel={panel} onClose={() => setPanel(null)} />
      <IndicatorDrawer standing={indicator} onClose={() => setIndicator(null)} />
    </Flex>
  );
}

function DashboardFigures({
  d,
  chainId,
  includeDemo,
  onPanel,
  onIndicator,
}: {
  d: Dashboard;
  chainId: string | null;
  includeDemo: boolean;
  onPanel: (panel: Panel) => void;
  onIndicator: (standing: Standing) => void;
}) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const navigate = useNavigate();
  const projectsDemo = d.demo.projects > 0;
  const c = d.counters;
  const yi = (value: string) => t('yi', { value });
  const light = (l: HealthLight) => () => navigate(lightDrill(chainId, includeDemo, l));

  return (
    <Flex vertical gap="middle">
      <Card title={<Flex gap={6} align="center">{t('counters.title', { from: PLAN_FROM })}{projectsDemo && <DemoTag />}</Flex>} size="small">
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}>
            <Figure
              label={t('counters.industrialisation')}
              value={c.industrialisation}
              suffix={`/ ${c.targets.industrialisation}`}
              onOpen={() => navigate(signedDrill(chainId, includeDemo, PLAN_FROM, d.asOf, { types: ['INDUSTRIALISATION'] }))}
            />
            <Progress percent={percentOf(c.industrialisation, c.targets.industrialisation) ?? 0} size="small" showInfo={false} />
          </Col>
          <Col xs={12} md={6}>
            <Figure
              label={t('counters.tier30Plus')}
              value={c.tier30Plus}
              suffix={`/ ${c.targets.tier30Plus}`}
              onOpen={() => navigate(signedDrill(chainId, includeDemo, PLAN_FROM, d.asOf, { types: ['INDUSTRIALISATION'], tiers: ['TIER_30_PLUS'] }))}
            />
          </Col>
          <Col xs={12} md={6}>
            <Figure
              label={t('counters.tier10To30')}
              value={c.tier10To30}
              suffix={`/ ${c.targets.tier10To30}`}
              onOpen={() => navigate(signedDrill(chainId, includeDemo, PLAN_FROM, d.asOf, { types: ['INDUSTRIALISATION'], tiers: ['TIER_10_30'] }))}
            />
          </Col>
          <Col xs={12} md={6}>
            <Figure
              label={t('counters.signedAmount')}
              value={yi(c.signedAmount)}
              extra={`${t('counters.fundsInPlace')} ${yi(c.fundsInPlace)}`}
              onOpen={() => navigate(signedDrill(chainId, includeDemo, PLAN_FROM, d.asOf))}
            />
          </Col>
        </Row>
      </Card>

      <Card title={<Flex gap={6} align="center">{t('periods.title')}{projectsDemo && <DemoTag />}</Flex>} size="small">
        <Row gutter={[12, 12]}>
          {d.periods.map((p) => (
            <Col xs={24} md={8} key={p.kind}>
              <Figure
                label={`${t(`periods.${p.kind}`)} · ${t('periods.signed')}`}
                value={p.signed}
                extra={
                  <>
                    {t('periods.signedAmount')} {yi(p.signedAmount)} · {t('periods.fundsInPlace')} {yi(p.fundsInPlace)}
                    {p.industrialisationTarget !== null && p.industrialisationTarget !== undefined && (
                      <>
                        <br />
                        {t('periods.industrialisation')} {p.industrialisation} · {t('periods.target', { target: Number(p.industrialisationTarget).toFixed(1) })}
                      </>
                    )}
                  </>
                }
                onOpen={() => navigate(signedDrill(chainId, includeDemo, p.from, p.to))}
              />
            </Col>
          ))}
        </Row>
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Funnel chainId={chainId} includeDemo={includeDemo} demo={projectsDemo} />
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<Flex gap={6} align="center">{t('health.title')}{projectsDemo && <DemoTag />}</Flex>} size="small" style={{ marginBottom: 12 }}>
            <Row gutter={12}>
              <Col span={12}>
                <Figure testId="red-projects" label={t('health.RED')} value={d.redProjects} onOpen={light('RED')} />
              </Col>
              <Col span={12}>
                <Figure testId="yellow-projects" label={t('health.YELLOW')} value={d.yellowProjects} onOpen={light('YELLOW')} />
              </Col>
            </Row>
          </Card>
          <Card title={<Flex gap={6} align="center">{t('issues.title')}{projectsDemo && <DemoTag />}</Flex>} size="small">
            <Row gutter={12}>
              <Col span={12}>
                <Figure testId="open-issues" label={t('issues.open')} value={d.issues.open} onOpen={() => onPanel('issues')} />
              </Col>
              <Col span={12}>
                <Figure
                  label={t('issues.closureRate')}
                  value={d.issues.closureRatePercent ?? t('none')}
                  suffix={d.issues.closureRatePercent !== null && d.issues.closureRatePercent !== undefined ? '%' : undefined}
                  extra={t('issues.closed', { closed: d.issues.closedThisYear, raised: d.issues.raisedThisYear, onTime: d.issues.closedOnTime })}
                  onOpen={() => onPanel('issues')}
                />
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <LeadActivity activity={d.leadActivity} />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<Flex gap={6} align="center">{t('land.title')}{d.demo.parcels > 0 && <DemoTag />}</Flex>} size="small" style={{ marginBottom: 12 }}>
            <Figure
              label={t('land.revitalised')}
              value={d.land.revitalisedMu}
              suffix={`/ ${d.land.targetMu} 亩`}
              extra={`${t('land.parcels', { count: d.land.revitalisedParcels })} · ${t('land.inProgress', { count: d.land.inProgressParcels })}`}
              onOpen={() => onPanel('land')}
            />
            <Progress percent={d.land.completionPercent ?? 0} size="small" />
            <Typography.Text type="secondary">
              {t('land.districtTotals')}：{d.land.districtTotals.map((x) => x.quote).join('；')}
            </Typography.Text>
          </Card>
          <Card title={<Flex gap={6} align="center">{t('buildings.title')}{d.demo.buildings > 0 && <DemoTag />}</Flex>} size="small">
            <Figure
              label={t('buildings.completed')}
              value={d.buildings.completed}
              suffix={`/ ${d.buildings.target}`}
              extra={t('buildings.vacant', { value: d.buildings.vacantAreaM2 })}
              onOpen={() => onPanel('buildings')}
            />
            <Progress percent={percentOf(d.buildings.completed, d.buildings.target) ?? 0} size="small" />
          </Card>
        </Col>
      </Row>

      <Indicators standings={d.indicators} chainId={chainId} demo={projectsDemo} onOpen={onIndicator} />
    </Flex>
  );
}

/** The pipeline by stage: count and 亿元 per stage; a stage opens the ledger on it. */
function Funnel({ chainId, includeDemo, demo }: { chainId: string | null; includeDemo: boolean; demo: boolean }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const navigate = useNavigate();
  const funnel = useFunnel(chainId, includeDemo);
  const columns = funnel.data ?? [];
  const option = useMemo<BarChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('funnel.count'), t('funnel.amount')] },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: [{ type: 'value' }],
      yAxis: [{ type: 'category', inverse: true, data: columns.map((c) => t(`projectStage.${c.stage}`)) }],
      series: [
        { name: t('funnel.count'), type: 'bar', data: columns.map((c) => c.count), label: { show: true, position: 'right' } },
        { name: t('funnel.amount'), type: 'bar', data: columns.map((c) => Number(c.totalAgreedInvestment)), label: { show: true, position: 'right' } },
      ],
    }),
    [columns, t],
  );
  return (
    <Card title={<Flex gap={6} align="center">{t('funnel.title')}{demo && <DemoTag />}</Flex>} size="small" extra={<Typography.Text type="secondary">{t('funnel.hint')}</Typography.Text>}>
      <QueryState query={funnel}>
        {(list) => (
          <>
            <BarChart option={option} height={300} label={t('funnel.title')} onSelect={(i) => navigate(stageDrill(chainId, includeDemo, list[i].stage))} />
            <Flex gap={8} wrap>
              {list.map((c) => (
                <Link key={c.stage} to={stageDrill(chainId, includeDemo, c.stage)}>
                  <Tag>
                    {t(`projectStage.${c.stage}`)} {c.count} · {t('yi', { value: c.totalAgreedInvestment })}
                  </Tag>
                </Link>
              ))}
            </Flex>
            {list.some((c) => c.maskedCount > 0) && (
              <Typography.Text type="secondary">{t('funnel.masked', { count: list.reduce((n, c) => n + c.maskedCount, 0) })}</Typography.Text>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}

/** Interactions recorded this month per staff member (the records behind the figure, listed under the chart). */
function LeadActivity({ activity }: { activity: Dashboard['leadActivity'] }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const users = useCrmUsers();
  const name = (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? t('none');
  const option = useMemo<BarChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('activity.interactions'), t('activity.leads')] },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: [{ type: 'value', minInterval: 1 }],
      yAxis: [{ type: 'category', inverse: true, data: activity.map((a) => name(a.userId)) }],
      series: [
        { name: t('activity.interactions'), type: 'bar', data: activity.map((a) => a.interactions) },
        { name: t('activity.leads'), type: 'bar', data: activity.map((a) => a.leads) },
      ],
    }),
    [activity, users.data, t],
  );
  return (
    <Card title={t('activity.title')} size="small">
      {activity.length ? (
        <>
          <BarChart option={option} height={Math.max(160, activity.length * 36 + 60)} label={t('activity.title')} />
          <Table
            size="small"
            rowKey="userId"
            pagination={false}
            dataSource={activity}
            columns={[
              { title: t('activity.staff'), render: (_v, a) => name(a.userId) },
              { title: t('activity.interactions'), dataIndex: 'interactions', align: 'right' },
              { title: t('activity.leads'), dataIndex: 'leads', align: 'right' },
            ]}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t('activity.empty')}</Typography.Text>
      )}
    </Card>
  );
}

/** Each indicator's actual against the straight path from its baseline to its target, as shares of the target. */
function Indicators({ standings, chainId, demo, onOpen }: { standings: Standing[]; chainId: string | null; demo: boolean; onOpen: (s: Standing) => void }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const targetOf = (s: Standing) => s.indicator?.targetValue ?? s.chainTarget?.value ?? null;
  const charted = standings.filter((s) => targetOf(s) !== null);
  const option = useMemo<BarChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('indicators.actualPercent'), t('indicators.pathPercent')] },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: [{ type: 'value', axisLabel: { formatter: '{value}%' } }],
      yAxis: [{ type: 'category', inverse: true, data: charted.map((s) => s.name) }],
      series: [
        { name: t('indicators.actualPercent'), type: 'bar', data: charted.map((s) => percentOf(s.actual, targetOf(s)) ?? 0) },
        { name: t('indicators.pathPercent'), type: 'bar', data: charted.map((s) => percentOf(s.expected, targetOf(s)) ?? 0) },
      ],
    }),
    [charted, t],
  );
  const shown = (s: Standing, value: string | null | undefined) => (value === null || value === undefined ? t('none') : `${value} ${s.unit}`);
  return (
    <Card title={`${t('indicators.title')} · ${chainId ? t('indicators.chainTitle') : t('indicators.districtTitle')}`} size="small">
      {charted.length > 0 && <BarChart option={option} height={Math.max(200, charted.length * 40 + 60)} label={t('indicators.title')} onSelect={(i) => onOpen(charted[i])} />}
      <Table
        size="small"
        rowKey={(s) => s.indicator?.id ?? s.chainTarget?.id ?? s.name}
        pagination={false}
        dataSource={standings}
        onRow={(s) => ({ onClick: () => onOpen(s), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('indicators.columns.name'),
            render: (_v, s) => (
              <Flex gap={4} wrap align="center">
                <Typography.Link onClick={() => onOpen(s)}>{s.name}</Typography.Link>
                {s.source === 'COMPUTED' && demo && <DemoTag />}
              </Flex>
            ),
          },
          { title: t('indicators.columns.actual'), render: (_v, s) => (s.actualText ?? shown(s, s.actual)) },
          { title: t('indicators.columns.expected'), render: (_v, s) => shown(s, s.expected) },
          { title: t('indicators.columns.target'), render: (_v, s) => s.indicator?.targetText ?? shown(s, targetOf(s)) },
          {
            title: t('indicators.columns.onPath'),
            render: (_v, s) =>
              s.onPathPercent === null || s.onPathPercent === undefined ? (
                t('none')
              ) : (
                <Tag color={s.onTrack ? 'green' : 'orange'}>
                  {s.onPathPercent}% · {s.onTrack ? t('indicators.onTrack') : t('indicators.behind')}
                </Tag>
              ),
          },
          { title: t('indicators.columns.source'), render: (_v, s) => t(`indicators.source.${s.source}`) },
        ]}
      />
    </Card>
  );
}

/** The records behind an indicator: its entered actuals, or what a computed one is counted from. */
function IndicatorDrawer({ standing, onClose }: { standing: Standing | null; onClose: () => void }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const actuals = useIndicatorActuals(standing?.indicator?.id ?? null, standing?.chainTarget?.id ?? null);
  const period = (year: number, quarter: number | null | undefined) => (quarter ? t('indicators.periodQuarter', { year, quarter }) : t('indicators.period', { year }));
  return (
    <Drawer open={!!standing} onClose={onClose} size={640} title={standing ? t('indicators.actualsTitle', { name: standing.name }) : ''}>
      {standing && (
        <Flex vertical gap="middle">
          {standing.source === 'COMPUTED' && (
            <Typography.Paragraph>
              {t('indicators.computedFrom')}：{standing.sourceNote}
            </Typography.Paragraph>
          )}
          <QueryState query={actuals} emptyDescription={t('indicators.noActuals')}>
            {(list) => (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={list}
                columns={[
                  { title: t('indicators.columnsActual.period'), render: (_v, a) => period(a.year, a.quarter) },
                  { title: t('indicators.columnsActual.value'), render: (_v, a) => a.valueText ?? `${a.value ?? ''} ${standing.unit}` },
                  { title: t('indicators.columnsActual.sourceNote'), dataIndex: 'sourceNote' },
                  { title: t('indicators.columnsActual.enteredAt'), render: (_v, a) => String(a.enteredAt).slice(0, 10) },
                ]}
              />
            )}
          </QueryState>
        </Flex>
      )}
    </Drawer>
  );
}

const ISSUES_PAGE = 20;

/** The open coordination issues (a page at a time, read when opened), the land ledger and the buildings behind their figures. */
function DetailPanels({ asOf, chainId, panel, onClose }: { asOf: string; chainId: string | null; panel: Panel; onClose: () => void }) {
  const { t } = useTranslation(DASHBOARD_TEXTS);
  const places = usePlaces(panel === 'land' || panel === 'buildings');
  const [issuesPage, setIssuesPage] = useState(1);
  const issues = useOpenIssues(asOf, chainId, (issuesPage - 1) * ISSUES_PAGE, ISSUES_PAGE, panel === 'issues');
  const title = panel === 'issues' ? t('issues.listTitle') : panel === 'land' ? t('land.listTitle') : panel === 'buildings' ? t('buildings.listTitle') : '';
  return (
    <Drawer open={panel !== null} onClose={() => { setIssuesPage(1); onClose(); }} size={720} title={title}>
      {panel === 'issues' && (
        <QueryState query={issues}>
          {(page) => (
            <Table
              size="small"
              rowKey="id"
              loading={issues.isFetching}
              pagination={{ current: issuesPage, pageSize: ISSUES_PAGE, total: page.total, showSizeChanger: false, onChange: setIssuesPage }}
              dataSource={page.items}
              columns={[
                { title: t('issues.columns.title'), dataIndex: 'title' },
                { title: t('issues.columns.project'), render: (_v, i) => <Link to={`/projects/${i.projectId}`}>{i.projectName}</Link> },
                { title: t('issues.columns.status'), render: (_v, i) => t(`issues.status.${i.status}`) },
                { title: t('issues.columns.raisedOn'), dataIndex: 'raisedOn' },
                { title: t('issues.columns.dueOn'), render: (_v, i) => i.dueOn ?? t('none') },
              ]}
            />
          )}
        </QueryState>
      )}
      {panel === 'land' && (
        <QueryState query={places}>
          {(p) => (
            <Table
              size="small"
              rowKey="id"
              dataSource={p.landParcels}
              columns={[
                { title: t('land.columns.name'), render: (_v, x) => <Flex gap={4} wrap>{x.name}{x.isDemo && <DemoTag />}</Flex> },
                { title: t('land.columns.areaMu'), dataIndex: 'areaMu', align: 'right' },
                { title: t('land.columns.status'), render: (_v, x) => t(`land.status.${x.status}`) },
                { title: t('land.columns.revitalisedOn'), render: (_v, x) => x.revitalisedOn ?? t('none') },
              ]}
            />
          )}
        </QueryState>
      )}
      {panel === 'buildings' && (
        <QueryState query={places}>
          {(p) => (
            <Table
              size="small"
              rowKey="id"
              dataSource={p.placeBuildings}
              columns={[
                { title: t('buildings.columns.name'), render: (_v, x) => <Flex gap={4} wrap>{x.name}{x.isDemo && <DemoTag />}</Flex> },
                { title: t('buildings.columns.work'), render: (_v, x) => (x.work ? t(`buildings.work.${x.work}`) : t('none')) },
                { title: t('buildings.columns.workCompletedOn'), render: (_v, x) => x.workCompletedOn ?? t('none') },
                { title: t('buildings.columns.floorAreaM2'), render: (_v, x) => x.floorAreaM2 ?? t('none'), align: 'right' },
                { title: t('buildings.columns.vacantAreaM2'), render: (_v, x) => x.vacantAreaM2 ?? t('none'), align: 'right' },
              ]}
            />
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
