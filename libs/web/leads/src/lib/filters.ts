import { LEAD_STATUS_ORDER, LEAD_SOURCE_ORDER, LEAD_ALERT_ORDER } from '@chainboard/domain';
import {
  compact,
  LIST_CATEGORIES,
  pageOffset,
  readBoolean,
  readEnum,
  readEnumList,
  readId,
  readString,
  stateFromSettings,
  type SortDirection,
  type TableSpec,
  type TableState,
} from '@chainboard/web-crm';
import type { CompanyListCategory, LeadAlert, LeadListInput, LeadSortField, LeadSource, LeadStatus } from '@chainboard/web-graphql';

/** The filters of the lead table: the fields of LeadListInput that narrow the rows. */
export interface LeadFilters {
  query?: string;
  chainId?: string;
  nodeId?: string;
  statuses?: LeadStatus[];
  /** Only open leads (new, contacted, visited, negotiating). */
  open?: boolean;
  /** Only the signed-in user's leads (wins over ownerId). */
  mine?: boolean;
  ownerId?: string;
  source?: LeadSource;
  alert?: LeadAlert;
  isListed?: boolean;
  isLocal?: boolean;
  listCategory?: CompanyListCategory;
  companyId?: string;
}

export const LEAD_STATUSES: readonly LeadStatus[] = LEAD_STATUS_ORDER;
export const LEAD_SOURCES: readonly LeadSource[] = LEAD_SOURCE_ORDER;
export const LEAD_ALERTS: readonly LeadAlert[] = LEAD_ALERT_ORDER;
export const LEAD_SORT_FIELDS = ['CREATED_ON', 'UPDATED_AT', 'TITLE', 'STATUS', 'NEXT_ACTION_DUE', 'LAST_CONTACT_ON', 'INTENDED_INVESTMENT'] as const satisfies readonly LeadSortField[];

/** Columns of the lead table, in order; the title is always shown. */
export const LEAD_COLUMNS = ['title', 'company', 'chain', 'status', 'source', 'owner', 'intendedInvestment', 'nextAction', 'lastContactOn', 'createdOn', 'alerts'] as const;
export type LeadColumn = (typeof LEAD_COLUMNS)[number];

/** The sort field behind a sortable column. */
export const LEAD_COLUMN_SORT: Partial<Record<LeadColumn, LeadSortField>> = {
  title: 'TITLE',
  status: 'STATUS',
  intendedInvestment: 'INTENDED_INVESTMENT',
  nextAction: 'NEXT_ACTION_DUE',
  lastContactOn: 'LAST_CONTACT_ON',
  createdOn: 'CREATED_ON',
};

export function readLeadFilters(raw: Record<string, unknown>): LeadFilters {
  return compact({
    query: readString(raw['query']),
    chainId: readId(raw['chainId']),
    nodeId: readId(raw['nodeId']),
    statuses: readEnumList(raw['statuses'], LEAD_STATUSES),
    open: readBoolean(raw['open']),
    mine: readBoolean(raw['mine']),
    ownerId: readId(raw['ownerId']),
    source: readEnum(raw['source'], LEAD_SOURCES),
    alert: readEnum(raw['alert'], LEAD_ALERTS),
    isListed: readBoolean(raw['isListed']),
    isLocal: readBoolean(raw['isLocal']),
    listCategory: readEnum(raw['listCategory'], LIST_CATEGORIES),
    companyId: readId(raw['companyId']),
  });
}

export const LEAD_TABLE: TableSpec<LeadFilters, LeadSortField> = {
  key: 'leads',
  defaults: {
    filters: { open: true },
    sort: 'CREATED_ON',
    direction: 'DESC',
    page: 1,
    pageSize: 20,
    columns: ['title', 'company', 'chain', 'status', 'owner', 'nextAction', 'lastContactOn', 'alerts'],
  },
  sortFields: LEAD_SORT_FIELDS,
  columns: LEAD_COLUMNS,
  fixedColumns: ['title'],
  readFilters: readLeadFilters,
};

export type LeadTableState = TableState<LeadFilters, LeadSortField>;

/**
 * The `leads` query's input for a table state: trimmed words, empty filters left out, "mine" instead of an
 * owner when both are set, an alert only with open leads (alerts are raised by open leads alone), the page.
 */
export function toLeadListInput(state: LeadTableState): LeadListInput {
  const f = state.filters;
  return compact({
    query: f.query?.trim() || undefined,
    chainId: f.chainId,
    nodeId: f.nodeId,
    statuses: f.statuses,
    open: f.open || f.alert ? true : undefined,
    mine: f.mine || undefined,
    ownerId: f.mine ? undefined : f.ownerId,
    source: f.source,
    alert: f.alert,
    isListed: f.isListed,
    isLocal: f.isLocal,
    listCategory: f.listCategory,
    companyId: f.companyId,
    sort: state.sort,
    direction: state.direction,
    offset: pageOffset(state),
    limit: state.pageSize,
  });
}

/** The same filters for an export: every page. */
export function toLeadExportInput(state: LeadTableState): LeadListInput {
  const input = toLeadListInput(state);
  delete input.offset;
  delete input.limit;
  return input;
}

/**
 * A link to the lead table opening on these filters and this order (e.g. "view all" of a "My work" list), instead of
 * how the table was last left.
 */
export function leadTableHref(filters: LeadFilters, sort: LeadSortField = 'NEXT_ACTION_DUE', direction: SortDirection = 'ASC'): string {
  return `/leads?${new URLSearchParams({ view: JSON.stringify({ filters, sort, direction }) }).toString()}`;
}

/** The table state a leadTableHref link asks for, or null without one; anything ill-formed falls back to the defaults. */
export function leadTableStateFromSearch(search: string): LeadTableState | null {
  const view = new URLSearchParams(search).get('view');
  if (view === null) return null;
  let settings: unknown = null;
  try {
    settings = JSON.parse(view);
  } catch {
    settings = null;
  }
  return stateFromSettings(LEAD_TABLE, settings);
}
