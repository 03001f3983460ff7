import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { crmKeys, useDebounced } from '@chainboard/web-crm';
import {
  queryRoots,
  request,
  useInvalidatingMutation,
  type AddProspectInput,
  type ConvertLeadInput,
  type ConvertProspectInput,
  type CreateLeadInput,
  type LeadDetailFieldsFragment,
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

/** The lead page's query: one lead with its timing, nodes and contacts. */
export function leadQueryOptions(id: string) {
  return queryOptions({
    queryKey: leadKeys.detail(id),
    queryFn: async () => (await request(leadDetailQuery, { id })).lead,
  });
}

export function useLead(id: string) {
  return useQuery(leadQueryOptions(id));
}

export function useMyWork(enabled = true) {
  return useQuery({ queryKey: leadKeys.myWork, queryFn: async () => (await request(myWorkQuery)).myWork, enabled });
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

/**
 * What a change to leads or prospects makes stale: leads, "My work", prospects, companies (their leads), search, and
 * the chain map (its nodes count leads, prospects and projects, and its node panels list the leads).
 */
const LEAD_CHANGES = [crmKeys.leads, crmKeys.work, crmKeys.prospects, crmKeys.companies, crmKeys.search, queryRoots.chainMap];

export function useCreateLead() {
  return useInvalidatingMutation(async (input: CreateLeadInput) => (await request(createLeadMutation, { input })).createLead, LEAD_CHANGES);
}

/** The lead an edit, a move or a conversion answers with goes straight into the lead page's query (not read again). */
const writeLead = { writes: (lead: LeadDetailFieldsFragment) => [{ queryKey: leadKeys.detail(lead.id), data: lead }] };

export function useUpdateLead() {
  return useInvalidatingMutation(async (input: UpdateLeadInput) => (await request(updateLeadMutation, { input })).updateLead, LEAD_CHANGES, writeLead);
}

/** A status move: one round trip; the lists, "My work", search and the map that show the lead are read again. */
export function useMoveLead() {
  return useInvalidatingMutation(async (input: MoveLeadInput) => (await request(moveLeadMutation, { input })).moveLead, LEAD_CHANGES, writeLead);
}

export function useConvertLead() {
  return useInvalidatingMutation(
    async (input: ConvertLeadInput) => (await request(convertLeadMutation, { input })).convertLeadToProject,
    LEAD_CHANGES,
    writeLead,
  );
}

export function useAddProspect() {
  return useInvalidatingMutation(async (input: AddProspectInput) => (await request(addProspectMutation, { input })).addProspect, LEAD_CHANGES);
}

export function useRemoveProspect() {
  return useInvalidatingMutation(async (prospectId: string) => (await request(removeProspectMutation, { prospectId })).removeProspect, LEAD_CHANGES);
}

export function useConvertProspect() {
  return useInvalidatingMutation(
    async (input: ConvertProspectInput) => (await request(convertProspectMutation, { input })).convertProspectToLead,
    LEAD_CHANGES,
  );
}

/** Changes the lead time rules (admins); every work summary is read again, since its alerts follow the rules. */
export function useUpdateLeadTimeRules() {
  return useInvalidatingMutation(
    async (input: UpdateLeadTimeRulesInput) => (await request(updateLeadTimeRulesMutation, { input })).updateLeadTimeRules,
    [crmKeys.work],
  );
}
