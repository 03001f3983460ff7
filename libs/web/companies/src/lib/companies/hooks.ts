import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  request,
  type AddCompanyTagInput,
  type ApiError,
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

/** A change to companies: the company queries refetch, and leads too (they show company names). */
function useCompanyMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: crmKeys.companies }),
        queryClient.invalidateQueries({ queryKey: crmKeys.leads }),
        queryClient.invalidateQueries({ queryKey: crmKeys.prospects }),
        queryClient.invalidateQueries({ queryKey: crmKeys.search }),
      ]);
    },
  });
}

export function useCreateCompany() {
  return useCompanyMutation(async (input: CreateCompanyInput) => (await request(createCompanyMutation, { input })).createCompany);
}

export function useUpdateCompany() {
  return useCompanyMutation(async (input: UpdateCompanyInput) => (await request(updateCompanyMutation, { input })).updateCompany);
}

export function useMergeCompanies() {
  return useCompanyMutation(async (input: MergeCompaniesInput) => (await request(mergeCompaniesMutation, { input })).mergeCompanies);
}

export function useSetCompanyNode() {
  return useCompanyMutation(async (input: SetCompanyNodeInput) => (await request(setCompanyNodeMutation, { input })).setCompanyNode);
}

export function useRemoveCompanyNode() {
  return useCompanyMutation(
    async ({ companyId, nodeId }: { companyId: string; nodeId: string }) => (await request(removeCompanyNodeMutation, { companyId, nodeId })).removeCompanyNode,
  );
}

export function useAddCompanyTag() {
  return useCompanyMutation(async (input: AddCompanyTagInput) => (await request(addCompanyTagMutation, { input })).addCompanyTag);
}

export function useRemoveCompanyTag() {
  return useCompanyMutation(async (tagId: string) => (await request(removeCompanyTagMutation, { tagId })).removeCompanyTag);
}
