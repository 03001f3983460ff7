import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage as apiErrorMessage } from '../error-message';
import { EmptyState } from './EmptyState';
import { PageLoading } from './PageLoading';

/** What QueryState reads of a query: a `UseQueryResult` of @tanstack/react-query fits as it is. */
export interface QueryLike<TData> {
  data: TData | undefined;
  error: unknown;
  isPending: boolean;
  /** 'idle' while pending means the query is disabled (not fetching and never fetched). */
  fetchStatus?: 'fetching' | 'paused' | 'idle';
  /** Offered as "Retry" beside an error. */
  refetch?: () => unknown;
  isFetching?: boolean;
}

/** Which of its states QueryState shows. */
export type QueryView = 'idle' | 'loading' | 'error' | 'empty' | 'data';

/**
 * The default emptiness: no data (null), an empty list, or a page of a list (`{ items: [] }`) that has no rows.
 */
export function isEmptyData(data: unknown): boolean {
  if (data == null) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && 'items' in data && Array.isArray((data as { items: unknown }).items)) {
    return (data as { items: unknown[] }).items.length === 0;
  }
  return false;
}

/**
 * The state to show for a query. An error with data still at hand (a failed refetch) shows the data, with the
 * error above it, so that a failed refresh never takes away what the user was reading.
 */
export function queryView<TData>(query: QueryLike<TData>, isEmpty: (data: TData) => boolean = isEmptyData): QueryView {
  if (query.data !== undefined) return isEmpty(query.data) ? 'empty' : 'data';
  if (query.error) return 'error';
  if (query.isPending) return query.fetchStatus === 'idle' ? 'idle' : 'loading';
  return 'empty';
}

export interface QueryStateProps<TData> {
  /** The query to follow, e.g. the result of `useQuery`. */
  query: QueryLike<TData>;
  /** What to show once there is data (and it is not empty). */
  children: (data: TData) => ReactNode;
  /** When the data counts as empty; `isEmptyData` (null, [], `{ items: [] }`) when left out. */
  isEmpty?: (data: TData) => boolean;
  /** The empty state's text; "No data" when left out. */
  emptyDescription?: ReactNode;
  /** An action offered in the empty state, e.g. a button to add the first item. */
  emptyAction?: ReactNode;
  /** Shown instead of the empty state while the query is disabled (pending, not fetching), e.g. "choose a chain". */
  idle?: ReactNode;
  /** A spinner for a page (the default, as PageLoading) or a skeleton for a card or a panel. */
  loading?: 'spin' | 'skeleton';
  /** The spinner's text; "Loading…" when left out. */
  loadingTip?: string;
  /** How to word an error; the API's own message (`errorMessage`) when left out. */
  errorMessage?: (error: unknown, t: TFunction) => string;
  /** Whether to offer "Retry" beside an error (needs `query.refetch`); true when left out. */
  retry?: boolean;
}

/**
 * The four states of a query-backed page or panel: loading (a spinner or a skeleton), an error (the API's message,
 * in the user's language, with "Retry"), empty (antd Empty with an optional description and action), or the data,
 * handed to `children`.
 *
 * @example
 * <QueryState query={useChains()} emptyDescription={t('chains.empty')}>
 *   {(chains) => chains.map((chain) => <ChainCard key={chain.id} chain={chain} />)}
 * </QueryState>
 */
export function QueryState<TData>({
  query,
  children,
  isEmpty = isEmptyData,
  emptyDescription,
  emptyAction,
  idle,
  loading = 'spin',
  loadingTip,
  errorMessage = apiErrorMessage,
  retry = true,
}: QueryStateProps<TData>) {
  const { t } = useTranslation();
  const view = queryView(query, isEmpty);
  const { refetch } = query;
  const alert = query.error ? (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(query.error, t)}
      action={
        retry && refetch ? (
          <Button size="small" icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  ) : null;
  const empty = <EmptyState description={emptyDescription}>{emptyAction}</EmptyState>;

  switch (view) {
    case 'loading':
      return loading === 'skeleton' ? (
        <div aria-busy="true" aria-label={loadingTip ?? t('app.loading')}>
          <Skeleton active />
        </div>
      ) : (
        <PageLoading tip={loadingTip} />
      );
    case 'idle':
      return <>{idle ?? empty}</>;
    case 'error':
      return alert;
    case 'empty':
    case 'data':
      if (!alert) return view === 'empty' ? empty : <>{children(query.data as TData)}</>;
      return (
        <Flex vertical gap="middle">
          {alert}
          {view === 'empty' ? empty : children(query.data as TData)}
        </Flex>
      );
  }
}
