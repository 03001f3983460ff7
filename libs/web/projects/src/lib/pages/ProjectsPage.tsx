import { AppstoreOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ConfidentialTag, DemoTag, ExportButton, ImportButton, ServerTable, defaultsOnChain, formatInvestment, sortOrderOf, useDefaultChainId, useExactTotal, useTableState, withFilters } from '@chainboard/web-crm';
import { can } from '@chainboard/domain';
import type { ProjectsQuery } from '@chainboard/web-graphql';
import { ListPageHeader, PageLoading } from '@chainboard/web-ui';
import { mayCreateProjects, useActor } from '../access';
import { ProjectFilterBar } from '../components/ProjectFilterBar';
import { LightDot, StageTag, TierTag } from '../components/ProjectTags';
import {
  PROJECT_COLUMN_SORT,
  PROJECT_EXPORT_RELATED,
  PROJECT_TABLE,
  projectFiltersFromSearch,
  readProjectFilters,
  toProjectExportInput,
  toProjectListInput,
  type ProjectColumn,
  type ProjectTableState,
} from '../filters';
import { useProjects } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

type Row = ProjectsQuery['projects']['items'][number];

/**
 * /projects — the ledger (台账): the projects filtered, sorted and paged on the server, with saved views, a column
 * chooser and export to .xlsx with the chosen columns. It opens on the user's own chain; the kanban's "see all"
 * links bring their filters along, and an address may name them (`/projects?lights=RED&chainId=…`).
 */
export function ProjectsPage() {
  const own = useDefaultChainId(useActor());
  if (own.isPending) return <PageLoading />;
  return <ProjectTable defaults={defaultsOnChain(PROJECT_TABLE.defaults, own.chainId)} />;
}

/** The ledger itself, opening on `defaults` (the user's own chain) unless it is being come back to. */
function ProjectTable({ defaults }: { defaults: ProjectTableState }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const navigate = useNavigate();
  const location = useLocation();
  const actor = useActor();
  const [state, setState] = useTableState(PROJECT_TABLE, defaults);
  // Filters come from the kanban (the navigation's state) or from an address that names them (a dashboard figure).
  const given = useMemo(
    () => (location.state as { filters?: unknown } | null)?.filters ?? projectFiltersFromSearch(location.search),
    [location.state, location.search],
  );

  // Filters brought from the kanban win over the table's state; the ledger is asked for once they are applied.
  useEffect(() => {
    if (!given || typeof given !== 'object') return;
    setState(withFilters(state, readProjectFilters(given as Record<string, unknown>)));
    navigate(location.pathname, { replace: true, state: null });
  }, [given]);

  const input = useMemo(() => toProjectListInput(state), [state]);
  const counted = useExactTotal(input);
  const projects = useProjects(counted.input, !given);
  const none = t('common.none');
  const hidden = t('confidential.hidden');

  const all: Record<ProjectColumn, TableColumnsType<Row>[number]> = {
    name: {
      title: t('project.columns.name'),
      render: (_v, p) => (
        <Flex gap={4} align="center" wrap>
          <Link to={`/projects/${p.id}`}>{p.name}</Link>
          {p.confidential && <ConfidentialTag masked={p.masked} />}
          {p.isDemo && <DemoTag />}
        </Flex>
      ),
    },
    company: {
      title: t('project.columns.company'),
      render: (_v, p) => (p.masked ? hidden : p.company ? <Link to={`/companies/${p.company.id}`}>{p.company.name}</Link> : none),
    },
    chain: { title: t('project.columns.chain'), render: (_v, p) => p.chain.name },
    nodes: {
      title: t('project.columns.nodes'),
      render: (_v, p) =>
        p.nodes.length ? (
          <Flex gap={4} wrap>
            {p.nodes.map((n) => (
              <Tag key={n.id} style={{ marginInlineEnd: 0 }}>
                {n.name}
              </Tag>
            ))}
          </Flex>
        ) : (
          none
        ),
    },
    type: { title: t('project.columns.type'), render: (_v, p) => t(`projectType.${p.type}`) },
    stage: {
      title: t('project.columns.stage'),
      render: (_v, p) => (
        <Flex vertical gap={2}>
          <StageTag stage={p.stage} />
          {p.stageOn && <Typography.Text type="secondary">{p.stageOn}</Typography.Text>}
        </Flex>
      ),
    },
    agreedInvestment: {
      title: t('project.columns.agreedInvestment'),
      align: 'right',
      render: (_v, p) => (p.masked ? hidden : formatInvestment(p.agreedInvestment, t)),
    },
    tier: { title: t('project.columns.tier'), render: (_v, p) => (p.tier ? <TierTag tier={p.tier} /> : none) },
    fundsInPlace: {
      title: t('project.columns.fundsInPlace'),
      align: 'right',
      render: (_v, p) =>
        p.masked ? (
          hidden
        ) : (
          <Flex vertical gap={0} align="end">
            <span>{formatInvestment(p.fundsInPlace, t)}</span>
            {p.fundsInPlacePercent !== null && p.fundsInPlacePercent !== undefined && (
              <Typography.Text type="secondary">{t('funds.share', { percent: p.fundsInPlacePercent })}</Typography.Text>
            )}
          </Flex>
        ),
    },
    light: { title: t('project.columns.light'), render: (_v, p) => <LightDot light={p.light} rule={p.lightRule} withLabel /> },
    owner: { title: t('project.columns.owner'), render: (_v, p) => p.owner?.displayName ?? none },
    responsibleLeader: { title: t('project.columns.responsibleLeader'), render: (_v, p) => p.responsibleLeader?.displayName ?? none },
    responsibleUnit: { title: t('project.columns.responsibleUnit'), render: (_v, p) => p.responsibleUnit?.name ?? none },
    signedOn: { title: t('project.columns.signedOn'), render: (_v, p) => p.signedOn ?? none },
    latestUpdate: {
      title: t('project.columns.latestUpdate'),
      render: (_v, p) =>
        p.latestUpdate ? (
          <Flex vertical>
            <Typography.Text ellipsis style={{ maxWidth: 260 }}>
              {p.latestUpdate.text}
            </Typography.Text>
            <Typography.Text type="secondary">{p.latestUpdate.createdOn}</Typography.Text>
          </Flex>
        ) : (
          none
        ),
    },
    openIssues: { title: t('project.columns.openIssues'), align: 'right', render: (_v, p) => p.openIssueCount },
    lastUpdateOn: { title: t('project.columns.lastUpdateOn'), render: (_v, p) => p.lastUpdateOn ?? none },
    createdOn: { title: t('project.columns.createdOn'), render: (_v, p) => p.createdOn },
  };
  const columns = state.columns.map((key) => {
    const sortField = PROJECT_COLUMN_SORT[key as ProjectColumn];
    return {
      ...all[key as ProjectColumn],
      key,
      ...(sortField ? { sorter: true, sortOrder: sortOrderOf(state, sortField), sortDirections: ['ascend', 'descend'] as const } : {}),
    };
  }) as TableColumnsType<Row>;

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('ledger.title')}
        extra={
          <>
            <Button icon={<AppstoreOutlined />} onClick={() => navigate('/projects/board')}>
              {t('nav.projectBoard')}
            </Button>
            <ExportButton table="PROJECTS" input={toProjectExportInput(state)} visibleColumns={state.columns} related={PROJECT_EXPORT_RELATED} total={projects.data?.total} totalCapped={projects.data?.totalCapped} />
            {actor && can(actor, 'data.import') && mayCreateProjects(actor) && <ImportButton kind="PROJECTS" />}
            {mayCreateProjects(actor) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
                {t('project.new')}
              </Button>
            )}
          </>
        }
      />
      <ProjectFilterBar value={state.filters} onChange={(filters) => setState(withFilters(state, filters))} />
      <ServerTable
        spec={PROJECT_TABLE}
        state={state}
        onStateChange={setState}
        columns={columns}
        columnLabel={(key) => t(`project.columns.${key}`)}
        columnSort={PROJECT_COLUMN_SORT}
        rows={projects.data?.items ?? []}
        total={projects.data?.total ?? 0}
        totalCapped={projects.data?.totalCapped}
        onCountExactly={counted.countExactly}
        loading={projects.isFetching}
        error={projects.error}
      />
    </Flex>
  );
}
