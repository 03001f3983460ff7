import { Flex, Pagination } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { totalLabel } from './TotalCount';

/** How many rows of a record's sub-list one page shows (the server's default window, SUB_LIST_LIMIT). */
export const SUB_LIST_PAGE_SIZE = 20;

/** The window of a record's sub-list the page shows: the variables for its query (`limit`, `offset`) and the page. */
export interface SubListPage {
  page: number;
  limit: number;
  offset: number;
  setPage: (page: number) => void;
}

/**
 * One sub-list's page within a record's page (a company's contacts, a project's timeline): the window its query asks
 * for. Back to the first page when `resetKey` changes (another record opened).
 */
export function useSubListPage(pageSize = SUB_LIST_PAGE_SIZE, resetKey?: unknown): SubListPage {
  const [state, setState] = useState<{ page: number; key: unknown }>({ page: 1, key: resetKey });
  const page = state.key === resetKey ? state.page : 1;
  const setPage = useCallback((next: number) => setState({ page: Math.max(1, next), key: resetKey }), [resetKey]);
  return { page, limit: pageSize, offset: (page - 1) * pageSize, setPage };
}

export interface SubListPagerProps {
  /** The sub-list's rows in all (its count field). */
  total: number;
  window: SubListPage;
  /** What the pager is for, for screen readers ("联系记录分页"). */
  label: string;
}

/**
 * Under a record's sub-list: "共 N 条" and, when there is more than one page, a small pager. Nothing for an empty list.
 */
export function SubListPager({ total, window, label }: SubListPagerProps) {
  const { t, i18n } = useTranslation();
  if (total === 0) return null;
  return (
    <Flex justify="space-between" align="center" gap="small" wrap style={{ marginTop: 8 }} role="navigation" aria-label={label}>
      <span data-testid="sub-list-count">{totalLabel(t, i18n.language, total)}</span>
      {total > window.limit && (
        <Pagination size="small" simple current={window.page} pageSize={window.limit} total={total} onChange={(p) => window.setPage(p)} showSizeChanger={false} />
      )}
    </Flex>
  );
}
