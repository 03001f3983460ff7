import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryRoots, request } from '@chainboard/web-graphql';
import { crmChainNodesQuery, crmChainsQuery, crmUsersQuery } from './documents';

/**
 * React Query keys of the CRM pages. Mutations invalidate what they change: companies, leads, or both. The roots that
 * other libraries read or invalidate too come from `queryRoots` of web-graphql.
 */
export const crmKeys = {
  chains: queryRoots.crmChains,
  chainNodes: (chainId: string) => [...queryRoots.crmChainNodes, chainId] as const,
  users: ['crm', 'users'] as const,
  companies: queryRoots.companies,
  leads: queryRoots.leads,
  prospects: queryRoots.prospects,
  work: queryRoots.work,
  search: queryRoots.search,
  savedViews: (tableKey: string) => ['saved-views', tableKey] as const,
};

/** Reference data changes rarely: keep it for five minutes. */
const REFERENCE = 5 * 60_000;

export function useCrmChains() {
  return useQuery({
    queryKey: crmKeys.chains,
    queryFn: async () => (await request(crmChainsQuery)).chains,
    staleTime: REFERENCE,
  });
}

export function useChainNodes(chainId: string | null | undefined) {
  return useQuery({
    queryKey: crmKeys.chainNodes(chainId ?? ''),
    queryFn: async () => (await request(crmChainNodesQuery, { chainId: chainId ?? '' })).chainMap.nodes,
    enabled: Boolean(chainId),
    staleTime: REFERENCE,
  });
}

/** The active users, for the staff pickers (which offer those the permissions table lets own the record: ownerCandidates). */
export function useCrmUsers(enabled = true) {
  return useQuery({
    queryKey: crmKeys.users,
    queryFn: async () => (await request(crmUsersQuery)).users.filter((u) => u.active),
    enabled,
    staleTime: REFERENCE,
  });
}

/** A value that follows another after it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
