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
import {
  addCompanyTagMutation,
  companiesQuery,
  companyDetailQuery,
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
