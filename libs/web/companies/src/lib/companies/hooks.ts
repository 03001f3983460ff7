import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
import { crmKeys } from '../common/hooks';
import {
  addCompanyTagMutation,
  companiesQuery,
  companyDetailQuery,
  companyDuplicatesQuery,
  companyOptionsQuery,
  createCompanyMutation,
  mergeCompaniesMutation,
  removeCompanyNodeMutation,
  removeCompanyTagMutation,
  setCompanyNodeMutation,
  updateCompanyMutation,
} from './documents';
import { DUPLICATE_DEBOUNCE_MS, duplicateLookup } from './duplicates';

export const companyKeys = {
  all: crmKeys.companies,
  list: (input: CompanyListInput) => [...crmKeys.companies, 'list', input] as const,
  options: (query: string) => [...crmKeys.companies, 'options', query] as const,
  detail: (id: string) => [...crmKeys.companies, 'detail', id] as const,
  duplicates: (name: string, creditCode: string | null) => [...crmKeys.companies, 'duplicates', name, creditCode] as const,
};

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

/** A value that follows another after it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Companies a new entry may duplicate, asked as the name and credit code are typed (debounced). */
export function useCompanyDuplicates(name: string | null | undefined, creditCode?: string | null) {
  const typedName = useDebounced(name ?? '', DUPLICATE_DEBOUNCE_MS);
  const typedCode = useDebounced(creditCode ?? '', DUPLICATE_DEBOUNCE_MS);
  const lookup = duplicateLookup(typedName, typedCode);
  const query = useQuery({
    queryKey: companyKeys.duplicates(lookup?.name ?? '', lookup?.creditCode ?? null),
    queryFn: async () => (await request(companyDuplicatesQuery, { name: lookup?.name ?? '', creditCode: lookup?.creditCode ?? null })).companyDuplicates,
    enabled: lookup !== null,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
  return { ...query, data: lookup ? (query.data ?? []) : [] };
}

/** Companies whose names contain the words typed, for a company picker (debounced, from one character). */
export function useCompanyOptions(text: string) {
  const query = useDebounced(text.trim(), 200);
  return useQuery({
    queryKey: companyKeys.options(query),
    queryFn: async () => (await request(companyOptionsQuery, { input: { query, limit: 10, sort: 'NAME' } })).companies.items,
    enabled: query.length > 0,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
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
