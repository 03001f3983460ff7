import { HEALTH_LIGHTS, INVESTMENT_TIERS, PROJECT_STAGES, PROJECT_TYPES } from '@chainboard/domain';
import { compact, pageOffset, readBoolean, readEnumList, readId, readString, type TableSpec, type TableState } from '@chainboard/web-crm';
import type { HealthLight, InvestmentTier, ProjectBoardInput, ProjectListInput, ProjectSortField, ProjectStage, ProjectType } from '@chainboard/web-graphql';

/** The filters of the ledger (台账) and the kanban: the fields of ProjectListInput that narrow the rows. */
export interface ProjectFilters {
  query?: string;
  chainId?: string;
  nodeId?: string;
  stages?: ProjectStage[];
  types?: ProjectType[];
  tiers?: InvestmentTier[];
  lights?: HealthLight[];
  /** Only the signed-in user's projects (wins over ownerId). */
  mine?: boolean;
  ownerId?: string;
  responsibleLeaderId?: string;
  responsibleUnitId?: string;
  signedFrom?: string;
  signedTo?: string;
  createdFrom?: string;
  createdTo?: string;
  /** Only demo data (true) or only real data (false). */
  isDemo?: boolean;
}

// The domain's lists, as the typed documents spell them (the same strings).
export const STAGE_OPTIONS: readonly ProjectStage[] = PROJECT_STAGES;
export const TYPE_OPTIONS: readonly ProjectType[] = PROJECT_TYPES;
export const TIER_OPTIONS: readonly InvestmentTier[] = INVESTMENT_TIERS;
export const LIGHT_OPTIONS: readonly HealthLight[] = HEALTH_LIGHTS;

export const PROJECT_SORT_FIELDS = ['UPDATED_AT', 'CREATED_ON', 'NAME', 'STAGE', 'AGREED_INVESTMENT', 'SIGNED_ON', 'LAST_UPDATE_ON'] as const satisfies readonly ProjectSortField[];

/**
 * Columns of the ledger, in order; the name is always shown. Their keys are the export's column keys, so that the
 * export ticks what the table shows.
 */
export const PROJECT_COLUMNS = [
  'name',
  'company',
  'chain',
  'nodes',
  'type',
  'stage',
  'agreedInvestment',
  'tier',
  'fundsInPlace',
  'light',
  'owner',
  'responsibleLeader',
  'responsibleUnit',
  'signedOn',
  'latestUpdate',
  'openIssues',
  'lastUpdateOn',
  'createdOn',
] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];

/** The sort field behind a sortable column. */
export const PROJECT_COLUMN_SORT: Partial<Record<ProjectColumn, ProjectSortField>> = {
  name: 'NAME',
  stage: 'STAGE',
  agreedInvestment: 'AGREED_INVESTMENT',
  signedOn: 'SIGNED_ON',
  lastUpdateOn: 'LAST_UPDATE_ON',
  createdOn: 'CREATED_ON',
};

/** Table columns that stand for several export columns. */
export const PROJECT_EXPORT_RELATED: Record<string, readonly string[]> = {
  stage: ['stage', 'stageOn'],
  latestUpdate: ['latestUpdate', 'lastUpdateOn'],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const readDate = (value: unknown): string | undefined => (typeof value === 'string' && DATE.test(value) ? value : undefined);

export function readProjectFilters(raw: Record<string, unknown>): ProjectFilters {
  return compact({
    query: readString(raw['query']),
    chainId: readId(raw['chainId']),
    nodeId: readId(raw['nodeId']),
    stages: readEnumList(raw['stages'], STAGE_OPTIONS),
    types: readEnumList(raw['types'], TYPE_OPTIONS),
    tiers: readEnumList(raw['tiers'], TIER_OPTIONS),
    lights: readEnumList(raw['lights'], LIGHT_OPTIONS),
    mine: readBoolean(raw['mine']),
    ownerId: readId(raw['ownerId']),
    responsibleLeaderId: readId(raw['responsibleLeaderId']),
    responsibleUnitId: readId(raw['responsibleUnitId']),
    signedFrom: readDate(raw['signedFrom']),
    signedTo: readDate(raw['signedTo']),
    createdFrom: readDate(raw['createdFrom']),
    createdTo: readDate(raw['createdTo']),
    isDemo: readBoolean(raw['isDemo']),
  });
}

const URL_LISTS = new Set(['stages', 'types', 'tiers', 'lights']);
const URL_BOOLEANS = new Set(['mine', 'isDemo']);

/**
 * Ledger filters written in an address (`/projects?chainId=…&lights=RED`, lists comma-separated, yes/no as true or
 * false), as readProjectFilters reads them; undefined when the address names none. Other pages link to the ledger
 * filtered this way (the dashboard's figures drill down to the projects behind them).
 */
export function projectFiltersFromSearch(search: string): Record<string, unknown> | undefined {
  const params = new URLSearchParams(search);
  const raw: Record<string, unknown> = {};
  for (const [key, value] of params) {
    raw[key] = URL_LISTS.has(key) ? value.split(',').filter(Boolean) : URL_BOOLEANS.has(key) ? value === 'true' || value === '1' : value;
  }
  return Object.keys(compact(readProjectFilters(raw))).length ? raw : undefined;
}

/** The ledger table; its key is also the saved views' table key. */
export const PROJECT_TABLE: TableSpec<ProjectFilters, ProjectSortField> = {
  key: 'projects',
  defaults: {
    filters: {},
    sort: 'UPDATED_AT',
    direction: 'DESC',
    page: 1,
    pageSize: 20,
    columns: ['name', 'company', 'chain', 'stage', 'agreedInvestment', 'fundsInPlace', 'light', 'owner', 'latestUpdate', 'openIssues'],
  },
  sortFields: PROJECT_SORT_FIELDS,
  columns: PROJECT_COLUMNS,
  fixedColumns: ['name'],
  readFilters: readProjectFilters,
};

export type ProjectTableState = TableState<ProjectFilters, ProjectSortField>;

/** The filters as the API takes them: trimmed words, empty filters left out, "mine" instead of an owner when both are set. */
export function toProjectFilterInput(f: ProjectFilters): ProjectBoardInput {
  return compact({
    query: f.query?.trim() || undefined,
    chainId: f.chainId,
    nodeId: f.nodeId,
    stages: f.stages,
    types: f.types,
    tiers: f.tiers,
    lights: f.lights,
    mine: f.mine || undefined,
    ownerId: f.mine ? undefined : f.ownerId,
    responsibleLeaderId: f.responsibleLeaderId,
    responsibleUnitId: f.responsibleUnitId,
    signedFrom: f.signedFrom,
    signedTo: f.signedTo,
    createdFrom: f.createdFrom,
    createdTo: f.createdTo,
    isDemo: f.isDemo,
  });
}

/** The `projects` query's input for a table state: the filters, the sort and the page. */
export function toProjectListInput(state: ProjectTableState): ProjectListInput {
  return { ...toProjectFilterInput(state.filters), sort: state.sort, direction: state.direction, offset: pageOffset(state), limit: state.pageSize };
}

/** The same filters and sort for an export: every page. */
export function toProjectExportInput(state: ProjectTableState): ProjectListInput {
  const input = toProjectListInput(state);
  delete input.offset;
  delete input.limit;
  return input;
}
