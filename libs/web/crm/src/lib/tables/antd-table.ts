import type { TableChange } from './table-state';

interface PaginationLike {
  current?: number;
  pageSize?: number;
}

interface SorterLike {
  columnKey?: unknown;
  order?: 'ascend' | 'descend' | null;
}

/**
 * antd Table's onChange arguments as a TableChange: paging, or the sort of a column (its key mapped to the
 * API's sort field through `columnSort`); filter changes are not the table's business (the filter bar's).
 */
export function toTableChange<S extends string>(
  pagination: PaginationLike,
  sorter: SorterLike | SorterLike[],
  action: string,
  columnSort: Partial<Record<string, S>>,
): TableChange<S> | null {
  if (action === 'paginate') return { action: 'paginate', current: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 };
  if (action === 'sort') {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = typeof single?.columnKey === 'string' ? single.columnKey : null;
    const field = key ? (columnSort[key] ?? null) : null;
    return { action: 'sort', sortField: field, order: single?.order ?? null };
  }
  return null;
}
