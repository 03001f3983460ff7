import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type AddChainNodeInput, type ApiError, type UpdateChainNodeInput } from '@chainboard/web-graphql';
import {
  addChainEdgeMutation,
  addChainNodeMutation,
  chainMapPageQuery,
  chainNodeQuery,
  deleteChainEdgeMutation,
  deleteChainNodeMutation,
  updateChainNodeMutation,
} from './documents';

/** React Query keys of the map. Every map mutation invalidates `chainMapKeys.all` and the chain pages (`['chains']`). */
export const chainMapKeys = {
  all: ['chainMap'] as const,
  page: (chainId: string) => [...chainMapKeys.all, 'page', chainId] as const,
  node: (nodeId: string) => [...chainMapKeys.all, 'node', nodeId] as const,
};

/** The chain pages' query keys (libs/web/chains): their map counts change with the map. */
const CHAIN_QUERIES = ['chains'] as const;

export function useChainMapPage(chainId: string) {
  return useQuery({
    queryKey: chainMapKeys.page(chainId),
    queryFn: () => request(chainMapPageQuery, { chainId }),
  });
}

export function useChainNode(nodeId: string | null) {
  return useQuery({
    queryKey: chainMapKeys.node(nodeId ?? ''),
    queryFn: async () => (await request(chainNodeQuery, { id: nodeId ?? '' })).chainNode,
    enabled: nodeId !== null,
  });
}

function useMapMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: chainMapKeys.all }),
        queryClient.invalidateQueries({ queryKey: CHAIN_QUERIES }),
      ]);
    },
  });
}

export function useAddNode() {
  return useMapMutation(async (input: AddChainNodeInput) => (await request(addChainNodeMutation, { input })).addChainNode);
}

export function useUpdateNode() {
  return useMapMutation(async (input: UpdateChainNodeInput) => (await request(updateChainNodeMutation, { input })).updateChainNode);
}

export function useDeleteNode() {
  return useMapMutation(
    async ({ nodeId, reassignToId }: { nodeId: string; reassignToId?: string | null }) =>
      (await request(deleteChainNodeMutation, { nodeId, reassignToId: reassignToId ?? null })).deleteChainNode,
  );
}

export function useAddEdge() {
  return useMapMutation(async ({ fromId, toId }: { fromId: string; toId: string }) => (await request(addChainEdgeMutation, { fromId, toId })).addChainEdge);
}

export function useDeleteEdge() {
  return useMapMutation(async (edgeId: string) => (await request(deleteChainEdgeMutation, { edgeId })).deleteChainEdge);
}
