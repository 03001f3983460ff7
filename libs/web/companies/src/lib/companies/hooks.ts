import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  queryRoots,
  request,
  useInvalidatingMutation,
  type AddCompanyTagInput,
  type CompanyListInput,
  type CreateCompanyInput,
  type MergeCompaniesInput,
  type SetCompanyNodeInput,
  type UpdateCompanyInput,
} from '@chainboard/web-graphql';
import { companyKeys, crmKeys } from '@chainboard/web-crm';
import { previousPageOf, type SubListPage } from '@chainboard/web-ui';
import {
  addCompanyTagMutation,
  companiesQuery,
  companyDetailQuery,
  companyLeadsQuery,
  companyProjectsQuery,
  companyProspectsQuery,
  createCompanyMutation,
  mergeCompaniesMutation,
  removeCompanyNodeMutation,
  removeCompanyTagMutation,
  setCompanyNodeMutation,
  updateCompanyMutation,
} from './documents';

/** One page of the company table; the previous page stays on screen while the next loads. */
export function useCompanies(input: CompanyListInput) {
  return useQuery({
    queryKey: companyKeys.list(input),
    queryFn: async () => (await request(companiesQuery, { input })).companies,
    placeholderData: keepPreviousData,
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: companyKeys.detail(id),
    queryFn: async () => (await request(companyDetailQuery, { id })).company,
  });
}

type Window = Pick<SubListPage, 'limit' | 'offset'>;

/** One window of a company's sub-list, kept under its detail key (so that what changes the company reads it again). */
function useCompanySubList<T>(id: string, name: string, window: Window, load: (variables: { id: string; limit: number; offset: number }) => Promise<T>) {
  const key = [...companyKeys.detail(id), name] as const;
  return useQuery({
    queryKey: [...key, window.limit, window.offset],
    queryFn: () => load({ id, limit: window.limit, offset: window.offset }),
    placeholderData: previousPageOf(key),
  });
}

/** One window of a company's leads, newest first, with how many it has. */
export function useCompanyLeads(id: string, window: Window) {
  return useCompanySubList(id, 'leads', window, async (variables) => {
    const { company } = await request(companyLeadsQuery, variables);
    return { items: company.leads, total: company.leadCount };
  });
}

/** One window of a company's prospect entries, newest first, with how many it has. */
export function useCompanyProspects(id: string, window: Window) {
  return useCompanySubList(id, 'prospects', window, async (variables) => {
    const { company } = await request(companyProspectsQuery, variables);
    return { items: company.prospects, total: company.prospectCount };
  });
}

/** One window of a company's projects, newest first, with how many it has. */
export function useCompanyProjects(id: string, window: Window) {
  return useCompanySubList(id, 'projects', window, async (variables) => {
    const { company } = await request(companyProjectsQuery, variables);
    return { items: company.projects, total: company.projectCount };
  });
}

/**
 * What a change to companies makes stale: the company queries, and what shows company names or counts companies:
 * leads, prospects, search, "My work" and the chain map (its node counts and node panels).
 */
const COMPANY_CHANGES = [crmKeys.companies, crmKeys.leads, crmKeys.prospects, crmKeys.search, crmKeys.work, queryRoots.chainMap];

export function useCreateCompany() {
  return useInvalidatingMutation(async (input: CreateCompanyInput) => (await request(createCompanyMutation, { input })).createCompany, COMPANY_CHANGES);
}

export function useUpdateCompany() {
  return useInvalidatingMutation(async (input: UpdateCompanyInput) => (await request(updateCompanyMutation, { input })).updateCompany, COMPANY_CHANGES);
}

export function useMergeCompanies() {
  return useInvalidatingMutation(async (input: MergeCompaniesInput) => (await request(mergeCompaniesMutation, { input })).mergeCompanies, COMPANY_CHANGES);
}

export function useSetCompanyNode() {
  return useInvalidatingMutation(async (input: SetCompanyNodeInput) => (await request(setCompanyNodeMutation, { input })).setCompanyNode, COMPANY_CHANGES);
}

export function useRemoveCompanyNode() {
  return useInvalidatingMutation(
    async ({ companyId, nodeId }: { companyId: string; nodeId: string }) => (await request(removeCompanyNodeMutation, { companyId, nodeId })).removeCompanyNode,
    COMPANY_CHANGES,
  );
}

export function useAddCompanyTag() {
  return useInvalidatingMutation(async (input: AddCompanyTagInput) => (await request(addCompanyTagMutation, { input })).addCompanyTag, COMPANY_CHANGES);
}

export function useRemoveCompanyTag() {
  return useInvalidatingMutation(async (tagId: string) => (await request(removeCompanyTagMutation, { tagId })).removeCompanyTag, COMPANY_CHANGES);
}
