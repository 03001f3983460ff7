import { useMutation, useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
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

/**
 * A mutation whose success invalidates the given query keys (each a prefix: every query under it). The invalidation
 * is awaited, so `mutateAsync` and the `onSuccess` of `mutate` run once the active queries have been read again.
 * A failed mutation invalidates nothing.
 */
export function useInvalidatingMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  keys: InvalidatedKeys<TVariables, TData>,
): UseMutationResult<TData, ApiError, TVariables> {
  const queryClient = useQueryClient();
  return useMutation<TData, ApiError, TVariables>({
    mutationFn,
    onSuccess: async (data, variables) => {
      const queryKeys = typeof keys === 'function' ? keys(variables, data) : keys;
      await Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
