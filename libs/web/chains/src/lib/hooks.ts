import { useQuery } from '@tanstack/react-query';
import { CHAIN_LEADER_ROLES } from '@chainboard/domain';
import {
  queryRoots,
  request,
  useInvalidatingMutation,
  type AddPolicyInput,
  type AddTaskInput,
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

/** React Query keys of this feature. Every chain mutation invalidates `chainKeys.all`, so pages show the saved state. */
export const chainKeys = {
  all: queryRoots.chains,
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

/** Work plan tasks show on the chain pages only. */
const CHAIN_CHANGES = [queryRoots.chains];

/**
 * A chain's leader or lead department: also what holds them for the per-chain permissions (the CRM's chains, the map
 * page) or was answered with them (whether a lead may be edited, on the lead pages and in the work summaries).
 */
const OWNER_CHANGES = [queryRoots.chains, queryRoots.crmChains, queryRoots.chainMap, queryRoots.leads, queryRoots.work];

/** Policies: also the map's node panels, which list the policies of a node. */
const POLICY_CHANGES = [queryRoots.chains, queryRoots.chainMap];

export function useReassignChainLeader(chainId: string) {
  return useInvalidatingMutation(
    async (leaderId: string) => (await request(reassignChainLeaderMutation, { chainId, leaderId })).reassignChainLeader,
    OWNER_CHANGES,
  );
}

export function useReassignChainLeadDepartment(chainId: string) {
  return useInvalidatingMutation(
    async (departmentId: string) =>
      (await request(reassignChainLeadDepartmentMutation, { chainId, departmentId })).reassignChainLeadDepartment,
    OWNER_CHANGES,
  );
}

export function useAddWorkPlanTask() {
  return useInvalidatingMutation(async (input: AddTaskInput) => (await request(addWorkPlanTaskMutation, { input })).addWorkPlanTask, CHAIN_CHANGES);
}

export function useUpdateWorkPlanTask() {
  return useInvalidatingMutation(async (input: UpdateTaskInput) => (await request(updateWorkPlanTaskMutation, { input })).updateWorkPlanTask, CHAIN_CHANGES);
}

export function useDeleteWorkPlanTask() {
  return useInvalidatingMutation(async (taskId: string) => (await request(deleteWorkPlanTaskMutation, { taskId })).deleteWorkPlanTask, CHAIN_CHANGES);
}

export function useAddPolicy() {
  return useInvalidatingMutation(async (input: AddPolicyInput) => (await request(addPolicyMutation, { input })).addPolicy, POLICY_CHANGES);
}

export function useUpdatePolicy() {
  return useInvalidatingMutation(async (input: UpdatePolicyInput) => (await request(updatePolicyMutation, { input })).updatePolicy, POLICY_CHANGES);
}

export function useDeletePolicy() {
  return useInvalidatingMutation(async (policyId: string) => (await request(deletePolicyMutation, { policyId })).deletePolicy, POLICY_CHANGES);
}
