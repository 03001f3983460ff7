import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { crmKeys, useDebounced } from '@chainboard/web-companies';
import {
  request,
  type AddProspectInput,
  type ApiError,
  type ConvertLeadInput,
  type ConvertProspectInput,
  type CreateLeadInput,
  type LeadListInput,
  type MoveLeadInput,
  type ProspectListInput,
  type SearchKind,
  type UpdateLeadInput,
  type UpdateLeadTimeRulesInput,
} from '@chainboard/web-graphql';
import {
  addProspectMutation,
  chainWorkQuery,
  convertLeadMutation,
  convertProspectMutation,
  createLeadMutation,
  leadDetailQuery,
  leadsQuery,
  moveLeadMutation,
  myWorkQuery,
  prospectsQuery,
  removeProspectMutation,
  searchQuery,
  updateLeadMutation,
  updateLeadTimeRulesMutation,
} from './documents';

export const leadKeys = {
  list: (input: LeadListInput) => [...crmKeys.leads, 'list', input] as const,
  detail: (id: string) => [...crmKeys.leads, 'detail', id] as const,
  myWork: [...crmKeys.work, 'mine'] as const,
  chainWork: (chainId: string) => [...crmKeys.work, 'chain', chainId] as const,
  prospects: (input: ProspectListInput) => [...crmKeys.prospects, input] as const,
  search: (query: string, limit: number, kinds: readonly SearchKind[] | undefined) => [...crmKeys.search, query, limit, kinds ?? null] as const,
};

export function useLeads(input: LeadListInput) {
  return useQuery({
    queryKey: leadKeys.list(input),
    queryFn: async () => (await request(leadsQuery, { input })).leads,
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string) {
  return useQuery({
    queryKey: leadKeys.detail(id),
    queryFn: async () => (await request(leadDetailQuery, { id })).lead,
  });
}

export function useMyWork() {
  return useQuery({ queryKey: leadKeys.myWork, queryFn: async () => (await request(myWorkQuery)).myWork });
}

export function useChainWork(chainId: string | null) {
  return useQuery({
    queryKey: leadKeys.chainWork(chainId ?? ''),
    queryFn: async () => (await request(chainWorkQuery, { chainId: chainId ?? '' })).chainWork,
    enabled: Boolean(chainId),
  });
}

export function useProspects(input: ProspectListInput, enabled = true) {
  return useQuery({
    queryKey: leadKeys.prospects(input),
    queryFn: async () => (await request(prospectsQuery, { input })).prospects,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The search, asked as the user types (debounced); from one character. */
export function useSearch(text: string, options: { limit?: number; kinds?: SearchKind[]; debounceMs?: number } = {}) {
  const query = useDebounced(text.trim(), options.debounceMs ?? 200);
  const limit = options.limit ?? 5;
  return useQuery({
    queryKey: leadKeys.search(query, limit, options.kinds),
    queryFn: async () => (await request(searchQuery, { input: { query, limit, ...(options.kinds ? { kinds: options.kinds } : {}) } })).search,
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** A change to leads or prospects: leads, "My work", prospects, companies (their leads) and search refetch. */
function useLeadMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(
        [crmKeys.leads, crmKeys.work, crmKeys.prospects, crmKeys.companies, crmKeys.search].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}

export function useCreateLead() {
  return useLeadMutation(async (input: CreateLeadInput) => (await request(createLeadMutation, { input })).createLead);
}

export function useUpdateLead() {
  return useLeadMutation(async (input: UpdateLeadInput) => (await request(updateLeadMutation, { input })).updateLead);
}

export function useMoveLead() {
  return useLeadMutation(async (input: MoveLeadInput) => (await request(moveLeadMutation, { input })).moveLead);
}

export function useConvertLead() {
  return useLeadMutation(async (input: ConvertLeadInput) => (await request(convertLeadMutation, { input })).convertLeadToProject);
}

export function useAddProspect() {
  return useLeadMutation(async (input: AddProspectInput) => (await request(addProspectMutation, { input })).addProspect);
}

export function useRemoveProspect() {
  return useLeadMutation(async (prospectId: string) => (await request(removeProspectMutation, { prospectId })).removeProspect);
}

export function useConvertProspect() {
  return useLeadMutation(async (input: ConvertProspectInput) => (await request(convertProspectMutation, { input })).convertProspectToLead);
}

/** Changes the lead time rules (admins); every work summary is read again, since its alerts follow the rules. */
export function useUpdateLeadTimeRules() {
  const client = useQueryClient();
  return useMutation<Awaited<ReturnType<typeof updateRules>>, ApiError, UpdateLeadTimeRulesInput>({
    mutationFn: updateRules,
    onSuccess: () => client.invalidateQueries({ queryKey: crmKeys.work }),
  });
}

async function updateRules(input: UpdateLeadTimeRulesInput) {
  return (await request(updateLeadTimeRulesMutation, { input })).updateLeadTimeRules;
}
