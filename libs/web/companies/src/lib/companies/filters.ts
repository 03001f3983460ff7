import { TAG_YEAR_MAX, TAG_YEAR_MIN, COMPANY_ROLE_ORDER } from '@chainboard/domain';
import { LIST_CATEGORIES, compact, pageOffset, readBoolean, readEnum, readId, readInt, readString, type TableSpec, type TableState } from '@chainboard/web-crm';
import type { CompanyListCategory, CompanyListInput, CompanyRole, CompanySortField } from '@chainboard/web-graphql';

/** The filters of the company table: every field of CompanyListInput that narrows the rows. */
export interface CompanyFilters {
  query?: string;
  chainId?: string;
  nodeId?: string;
  role?: CompanyRole;
  listCategory?: CompanyListCategory;
  listId?: string;
  tagYear?: number;
  isListed?: boolean;
  isLocal?: boolean;
  province?: string;
  city?: string;
}

export const COMPANY_SORT_FIELDS = ['NAME', 'CITY', 'CREATED_AT', 'UPDATED_AT'] as const satisfies readonly CompanySortField[];
export const COMPANY_ROLES: readonly CompanyRole[] = COMPANY_ROLE_ORDER;

/** Columns of the company table, in order; the name is always shown. */
export const COMPANY_COLUMNS = ['name', 'creditCode', 'region', 'headquarters', 'isListed', 'isLocal', 'tags', 'openLeadCount', 'lastContactOn', 'updatedAt'] as const;
export type CompanyColumn = (typeof COMPANY_COLUMNS)[number];

/** The sort field behind a sortable column. */
export const COMPANY_COLUMN_SORT: Partial<Record<CompanyColumn, CompanySortField>> = { name: 'NAME', region: 'CITY', updatedAt: 'UPDATED_AT' };

export function readCompanyFilters(raw: Record<string, unknown>): CompanyFilters {
  return compact({
    query: readString(raw['query']),
    chainId: readId(raw['chainId']),
    nodeId: readId(raw['nodeId']),
    role: readEnum(raw['role'], COMPANY_ROLES),
    listCategory: readEnum(raw['listCategory'], LIST_CATEGORIES),
    listId: readId(raw['listId']),
    tagYear: readInt(raw['tagYear'], TAG_YEAR_MIN, TAG_YEAR_MAX),
    isListed: readBoolean(raw['isListed']),
    isLocal: readBoolean(raw['isLocal']),
    province: readString(raw['province'], 50),
    city: readString(raw['city'], 50),
  });
}

export const COMPANY_TABLE: TableSpec<CompanyFilters, CompanySortField> = {
  key: 'companies',
  defaults: {
    filters: {},
    sort: 'UPDATED_AT',
    direction: 'DESC',
    page: 1,
    pageSize: 20,
    columns: ['name', 'creditCode', 'region', 'isListed', 'isLocal', 'tags', 'openLeadCount', 'lastContactOn'],
  },
  sortFields: COMPANY_SORT_FIELDS,
  columns: COMPANY_COLUMNS,
  fixedColumns: ['name'],
  readFilters: readCompanyFilters,
};

export type CompanyTableState = TableState<CompanyFilters, CompanySortField>;

/**
 * The `companies` query's input for a table state: trimmed text, empty filters left out, a role only with a
 * chain or node (the API reads it there), a tag year only with a list or category, and the page as offset/limit.
 */
export function toCompanyListInput(state: CompanyTableState): CompanyListInput {
  const f = state.filters;
  const trimmed = (v: string | undefined) => v?.trim() || undefined;
  const hasPlace = Boolean(f.chainId || f.nodeId);
  const hasList = Boolean(f.listId || f.listCategory);
  return compact({
    query: trimmed(f.query),
    chainId: f.chainId,
    nodeId: f.nodeId,
    role: hasPlace ? f.role : undefined,
    listCategory: f.listCategory,
    listId: f.listId,
    tagYear: hasList ? f.tagYear : undefined,
    isListed: f.isListed,
    isLocal: f.isLocal,
    province: trimmed(f.province),
    city: trimmed(f.city),
    sort: state.sort,
    direction: state.direction,
    offset: pageOffset(state),
    limit: state.pageSize,
  });
}

/** The same filters for an export: every page, so no offset or limit. */
export function toCompanyExportInput(state: CompanyTableState): CompanyListInput {
  const input = toCompanyListInput(state);
  delete input.offset;
  delete input.limit;
  return input;
}
