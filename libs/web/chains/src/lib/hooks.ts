import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CHAIN_LEADER_ROLES } from '@chainboard/domain';
import {
  request,
  type AddPolicyInput,
  type AddTaskInput,
  type ApiError,
  type UpdatePolicyInput,
  type UpdateTaskInput,
} from '@chainboard/web-graphql';
import {
  addPolicyMutation,
  addWorkPlanTaskMutation,
  chainDetailQuery,
  chainsOverviewQuery,
  deletePolicyMutation,
  deleteWorkPlanTaskMutation,
  departmentsQuery,
  leaderCandidatesQuery,
  reassignChainLeadDepartmentMutation,
  reassignChainLeaderMutation,
  updatePolicyMutation,
  updateWorkPlanTaskMutation,
} from './documents';

/** React Query keys of this feature. Every chain mutation invalidates `chainKeys.all`. */
export const chainKeys = {
  all: ['chains'] as const,
  overview: () => [...chainKeys.all, 'overview'] as const,
  detail: (id: string) => [...chainKeys.all, 'detail', id] as const,
  departments: ['departments'] as const,
  leaderCandidates: ['users', 'leader-candidates'] as const,
};

export function useChainsOverview() {
  return useQuery({
    queryKey: chainKeys.overview(),
    queryFn: async () => (await request(chainsOverviewQuery)).chains,
  });
}

export function useChain(id: string) {
  return useQuery({
    queryKey: chainKeys.detail(id),
    queryFn: async () => (await request(chainDetailQuery, { id })).chain,
  });
}

export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: chainKeys.departments,
    queryFn: async () => (await request(departmentsQuery)).departments,
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Users who may lead a chain (chain leaders and district leaders); only admins need the list. */
export function useLeaderCandidates(enabled: boolean) {
  return useQuery({
    queryKey: chainKeys.leaderCandidates,
    queryFn: async () => (await request(leaderCandidatesQuery, { roles: [...CHAIN_LEADER_ROLES] })).users,
    enabled,
  });
}

/** A mutation of a chain's data; when it succeeds every chain query is refetched, so pages show the saved state. */
function useChainMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chainKeys.all }),
  });
}

export function useReassignChainLeader(chainId: string) {
  return useChainMutation(async (leaderId: string) => (await request(reassignChainLeaderMutation, { chainId, leaderId })).reassignChainLeader);
}

export function useReassignChainLeadDepartment(chainId: string) {
  return useChainMutation(
    async (departmentId: string) =>
      (await request(reassignChainLeadDepartmentMutation, { chainId, departmentId })).reassignChainLeadDepartment,
  );
}

export function useAddWorkPlanTask() {
  return useChainMutation(async (input: AddTaskInput) => (await request(addWorkPlanTaskMutation, { input })).addWorkPlanTask);
}

export function useUpdateWorkPlanTask() {
  return useChainMutation(async (input: UpdateTaskInput) => (await request(updateWorkPlanTaskMutation, { input })).updateWorkPlanTask);
}

export function useDeleteWorkPlanTask() {
  return useChainMutation(async (taskId: string) => (await request(deleteWorkPlanTaskMutation, { taskId })).deleteWorkPlanTask);
}

export function useAddPolicy() {
  return useChainMutation(async (input: AddPolicyInput) => (await request(addPolicyMutation, { input })).addPolicy);
}

export function useUpdatePolicy() {
  return useChainMutation(async (input: UpdatePolicyInput) => (await request(updatePolicyMutation, { input })).updatePolicy);
}

export function useDeletePolicy() {
  return useChainMutation(async (policyId: string) => (await request(deletePolicyMutation, { policyId })).deletePolicy);
}
