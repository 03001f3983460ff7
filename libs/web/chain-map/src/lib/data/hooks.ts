import { useQuery } from '@tanstack/react-query';
import { queryRoots, request, useInvalidatingMutation, type AddChainNodeInput, type UpdateChainNodeInput } from '@chainboard/web-graphql';
import type { SubListPage } from '@chainboard/web-ui';
import {
  addChainEdgeMutation,
  addChainNodeMutation,
  chainMapPageQuery,
  chainNodeQuery,
  deleteChainEdgeMutation,
  deleteChainNodeMutation,
  updateChainNodeMutation,
} from './documents';

/**
 * React Query keys of the map. Every map mutation invalidates `chainMapKeys.all` and the chain pages (their map size);
 * a node added, renamed or deleted also the CRM node pickers, and a node renamed or deleted (its companies, leads and
 * prospects may move) the CRM pages that show node names.
 */
export const chainMapKeys = {
  all: queryRoots.chainMap,
  page: (chainId: string) => [...chainMapKeys.all, 'page', chainId] as const,
  node: (nodeId: string) => [...chainMapKeys.all, 'node', nodeId] as const,
};

/** What any change to the map makes stale. */
const MAP_CHANGES = [queryRoots.chainMap, queryRoots.chains];

/** A node added: also the node lists of the CRM node pickers. */
const NODE_ADDED = [...MAP_CHANGES, queryRoots.crmChainNodes];

/** A node renamed or deleted: also the companies, leads and prospects that show its name or sit on it. */
const NODE_CHANGED = [...NODE_ADDED, queryRoots.companies, queryRoots.leads, queryRoots.prospects];

export function useChainMapPage(chainId: string) {
  return useQuery({
    queryKey: chainMapKeys.page(chainId),
    queryFn: () => request(chainMapPageQuery, { chainId }),
  });
}

/** The windows of the side panel's lists: which page of the node's companies, leads and projects. */
export interface NodeListWindows {
  companies: SubListPage;
  leads: SubListPage;
  projects: SubListPage;
}

/** A node with a page of each of its lists and their counts; the previous pages stay shown while the next load. */
export function useChainNode(nodeId: string | null, windows: NodeListWindows) {
  const variables = {
    id: nodeId ?? '',
    companiesLimit: windows.companies.limit,
    companiesOffset: windows.companies.offset,
    leadsLimit: windows.leads.limit,
    leadsOffset: windows.leads.offset,
    projectsLimit: windows.projects.limit,
    projectsOffset: windows.projects.offset,
  };
  return useQuery({
    queryKey: [...chainMapKeys.node(nodeId ?? ''), variables],
    queryFn: async () => (await request(chainNodeQuery, variables)).chainNode,
    enabled: nodeId !== null,
    placeholderData: (previous) => (previous?.id === nodeId ? previous : undefined),
  });
}

export function useAddNode() {
  return useInvalidatingMutation(async (input: AddChainNodeInput) => (await request(addChainNodeMutation, { input })).addChainNode, NODE_ADDED);
}

export function useUpdateNode() {
  return useInvalidatingMutation(async (input: UpdateChainNodeInput) => (await request(updateChainNodeMutation, { input })).updateChainNode, NODE_CHANGED);
}

export function useDeleteNode() {
  return useInvalidatingMutation(
    async ({ nodeId, reassignToId }: { nodeId: string; reassignToId?: string | null }) =>
      (await request(deleteChainNodeMutation, { nodeId, reassignToId: reassignToId ?? null })).deleteChainNode,
    NODE_CHANGED,
  );
}

export function useAddEdge() {
  return useInvalidatingMutation(
    async ({ fromId, toId }: { fromId: string; toId: string }) => (await request(addChainEdgeMutation, { fromId, toId })).addChainEdge,
    MAP_CHANGES,
  );
}

export function useDeleteEdge() {
  return useInvalidatingMutation(async (edgeId: string) => (await request(deleteChainEdgeMutation, { edgeId })).deleteChainEdge, MAP_CHANGES);
}
