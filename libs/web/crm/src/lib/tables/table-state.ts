/**
 * The state of a server-driven table (filters, sort, page, visible columns) and its saved form: a saved view
 * keeps filters, sort, page size and columns (not the page), as JSON the API stores without reading.
 */

export type SortDirection = 'ASC' | 'DESC';

export interface TableState<F, S extends string> {
  filters: F;
  sort: S;
  direction: SortDirection;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Keys of the visible columns, in the table's order. */
  columns: string[];
}

/** What a table is: its key (for saved views), defaults, sortable fields, columns, and how to read saved filters. */
export interface TableSpec<F, S extends string> {
  key: string;
  defaults: TableState<F, S>;
  sortFields: readonly S[];
  /** Every column key, in display order. */
  columns: readonly string[];
  /** Columns that cannot be hidden (e.g. the name). */
  fixedColumns: readonly string[];
  /** Reads saved filters, keeping only known, well-typed fields. */
  readFilters: (raw: Record<string, unknown>) => F;
}

/** The settings a saved view keeps. */
export interface ViewSettings<F, S extends string> {
  version: 1;
  filters: F;
  sort: S;
  direction: SortDirection;
  pageSize: number;
  columns: string[];
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export function viewSettings<F, S extends string>(state: TableState<F, S>): ViewSettings<F, S> {
  return { version: 1, filters: state.filters, sort: state.sort, direction: state.direction, pageSize: state.pageSize, columns: state.columns };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A table state from a saved view's settings, on the first page. Anything unknown or ill-typed (settings saved
 * by an older version, edited by hand) falls back to the table's defaults rather than breaking the table.
 */
export function stateFromSettings<F, S extends string>(spec: TableSpec<F, S>, settings: unknown): TableState<F, S> {
  const d = spec.defaults;
  if (!isRecord(settings)) return { ...d, page: 1 };
  const sort = spec.sortFields.find((s) => s === settings['sort']) ?? d.sort;
  const direction: SortDirection = settings['direction'] === 'ASC' || settings['direction'] === 'DESC' ? settings['direction'] : d.direction;
  const pageSize = PAGE_SIZES.find((s) => s === settings['pageSize']) ?? d.pageSize;
  const saved = Array.isArray(settings['columns']) ? settings['columns'].filter((c): c is string => typeof c === 'string') : null;
  return {
    filters: spec.readFilters(isRecord(settings['filters']) ? settings['filters'] : {}),
    sort,
    direction,
    page: 1,
    pageSize,
    columns: saved ? normalizeColumns(spec, saved) : d.columns,
  };
}

/** Visible columns in the table's order, unknown ones dropped, fixed ones always included. */
export function normalizeColumns<F, S extends string>(spec: TableSpec<F, S>, columns: readonly string[]): string[] {
  const wanted = new Set([...columns, ...spec.fixedColumns]);
  return spec.columns.filter((c) => wanted.has(c));
}

/** The row offset of the state's page. */
export function pageOffset(state: { page: number; pageSize: number }): number {
  return Math.max(0, (state.page - 1) * state.pageSize);
}

/**
 * A table's defaults filtered on one chain: the signed-in user's own (useDefaultChainId), so that a table with a chain
 * filter opens on it; the defaults as they are for a user without one.
 */
export function defaultsOnChain<F extends { chainId?: string }, S extends string>(defaults: TableState<F, S>, chainId: string | null): TableState<F, S> {
  return chainId ? { ...defaults, filters: { ...defaults.filters, chainId } } : defaults;
}

/** New filters start again on the first page. */
export function withFilters<F, S extends string>(state: TableState<F, S>, filters: F): TableState<F, S> {
  return { ...state, filters, page: 1 };
}

/** antd's sort order of a column, from the table state. */
export function sortOrderOf<S extends string>(state: { sort: S; direction: SortDirection }, field: S): 'ascend' | 'descend' | null {
  if (state.sort !== field) return null;
  return state.direction === 'ASC' ? 'ascend' : 'descend';
}

/** What antd's Table onChange reports, reduced to what a server-driven table needs. */
export type TableChange<S extends string> =
  | { action: 'paginate'; current: number; pageSize: number }
  | { action: 'sort'; sortField: S | null; order: 'ascend' | 'descend' | null };

/**
 * The table state after antd's onChange: another page or page size (a new size starts on page 1), or another
 * sort (page 1 again; clearing the sort goes back to the table's default sort).
 */
export function applyTableChange<F, S extends string>(spec: TableSpec<F, S>, state: TableState<F, S>, change: TableChange<S>): TableState<F, S> {
  if (change.action === 'paginate') {
    return change.pageSize !== state.pageSize ? { ...state, pageSize: change.pageSize, page: 1 } : { ...state, page: change.current };
  }
  if (!change.sortField || !change.order) return { ...state, sort: spec.defaults.sort, direction: spec.defaults.direction, page: 1 };
  return { ...state, sort: change.sortField, direction: change.order === 'ascend' ? 'ASC' : 'DESC', page: 1 };
}

// Readers of saved filter values: each returns undefined for a missing or ill-typed value.

export function readString(value: unknown, max = 200): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id (a UUID) of a chain, node, user, list … */
export function readId(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

export function readBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function readInt(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

export function readEnum<E extends string>(value: unknown, values: readonly E[]): E | undefined {
  return values.find((v) => v === value);
}

export function readEnumList<E extends string>(value: unknown, values: readonly E[]): E[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = values.filter((v) => value.includes(v));
  return list.length ? list : undefined;
}

/** Drops undefined, null, empty-string and empty-array fields: the filters as saved and as sent. */
export function compact<T extends object>(filters: T): T {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** How many filters are set (for a badge on the filter button). */
export function activeFilterCount(filters: object): number {
  return Object.keys(compact(filters)).length;
}
