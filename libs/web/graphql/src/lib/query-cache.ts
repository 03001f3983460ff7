import { hashKey, useMutation, useQueryClient, type QueryClient, type QueryKey, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from './api-error';

/**
 * Roots of the React Query keys that more than one web library reads or invalidates. Invalidating a root refetches
 * every query under it, so a change made on one page reaches the other pages that show the same data.
 */
export const queryRoots = {
  /** The chain map pages and node panels (web-chain-map): node counts of companies, leads, prospects and projects. */
  chainMap: ['chainMap'],
  /** The chain pages (web-chains): leader, lead department, map size, work plan, policies. */
  chains: ['chains'],
  /** The chains as the CRM pages know them, with each chain's leader and lead department (the per-chain permissions). */
  crmChains: ['crm', 'chains'],
  /** The node lists of the CRM node pickers, one query per chain under this root. */
  crmChainNodes: ['crm', 'chain-nodes'],
  companies: ['companies'],
  leads: ['leads'],
  prospects: ['prospects'],
  /** "My work" and the chain work summaries. */
  work: ['work'],
  search: ['search'],
} as const;

/** The queries a mutation makes stale: a fixed list, or one worked out from the variables and the answer. */
export type InvalidatedKeys<TVariables, TData> = readonly QueryKey[] | ((variables: TVariables, data: TData) => readonly QueryKey[]);

/** A query whose answer the mutation's answer holds: the data is written into it, and it is not read again. */
export interface CacheWrite {
  queryKey: QueryKey;
  data: unknown;
}

export interface InvalidatingMutationOptions<TVariables, TData> {
  /**
   * The queries the answer holds the record of (e.g. a lead's detail after a status move): their data is set from the
   * answer, and the invalidation leaves them alone, so the page that shows the record needs no second round trip.
   */
  writes?: (data: TData, variables: TVariables) => readonly CacheWrite[];
}

/**
 * The options of an invalidating mutation for a query client (what useInvalidatingMutation passes to useMutation): on
 * success, the answer is written into the queries `writes` names, then every other query under the keys is invalidated.
 */
export function invalidatingMutationOptions<TVariables, TData>(
  queryClient: QueryClient,
  mutationFn: (variables: TVariables) => Promise<TData>,
  keys: InvalidatedKeys<TVariables, TData>,
  options: InvalidatingMutationOptions<TVariables, TData> = {},
): UseMutationOptions<TData, ApiError, TVariables> {
  return {
    mutationFn,
    onSuccess: async (data, variables) => {
      const writes = options.writes?.(data, variables) ?? [];
      for (const { queryKey, data: value } of writes) queryClient.setQueryData(queryKey, value);
      const written = new Set(writes.map(({ queryKey }) => hashKey(queryKey)));
      const queryKeys = typeof keys === 'function' ? keys(variables, data) : keys;
      await Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey, predicate: (query) => !written.has(query.queryHash) })));
    },
  };
}

/**
 * A mutation whose success invalidates the given query keys (each a prefix: every query under it). The invalidation
 * is awaited, so `mutateAsync` and the `onSuccess` of `mutate` run once the active queries have been read again.
 * A failed mutation invalidates nothing. With `writes`, the queries the answer holds are set from it instead of read
 * again.
 */
export function useInvalidatingMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  keys: InvalidatedKeys<TVariables, TData>,
  options: InvalidatingMutationOptions<TVariables, TData> = {},
): UseMutationResult<TData, ApiError, TVariables> {
  const queryClient = useQueryClient();
  return useMutation<TData, ApiError, TVariables>(invalidatingMutationOptions(queryClient, mutationFn, keys, options));
}
