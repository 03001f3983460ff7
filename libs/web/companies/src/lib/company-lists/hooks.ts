import { useQuery } from '@tanstack/react-query';
import { crmKeys } from '@chainboard/web-crm';
import { request, useInvalidatingMutation, type CompanyListFieldsFragment, type CreateCompanyListInput, type UpdateCompanyListInput } from '@chainboard/web-graphql';
import { companyListsQuery, createCompanyListMutation, deleteCompanyListMutation, managedCompanyListsQuery, updateCompanyListMutation } from './documents';

/** Under companyListKeys.all: invalidating that key refreshes this screen, the company filters and the tag pickers. */
export const companyListKeys = {
  all: ['crm', 'company-lists'] as const,
  managed: ['crm', 'company-lists', 'managed'] as const,
};

/** Reference data changes rarely: keep it for five minutes. */
const REFERENCE = 5 * 60_000;

export function useCompanyLists() {
  return useQuery({
    queryKey: companyListKeys.all,
    queryFn: async () => (await request(companyListsQuery)).companyLists,
    staleTime: REFERENCE,
  });
}

/** Every company list with its tag count, for the admin screen; asked again on every visit (tags change on the company pages). */
export function useManagedCompanyLists() {
  return useQuery({
    queryKey: companyListKeys.managed,
    queryFn: async () => (await request(managedCompanyListsQuery)).companyLists,
    staleTime: 0,
  });
}

/** A change to the lists: every list query refetches, and the companies too (their tags show the list names). */
const LIST_CHANGES = [companyListKeys.all, crmKeys.companies];

export function useCreateCompanyList() {
  return useInvalidatingMutation<CreateCompanyListInput, CompanyListFieldsFragment>(
    async (input) => (await request(createCompanyListMutation, { input })).createCompanyList,
    LIST_CHANGES,
  );
}

export function useUpdateCompanyList() {
  return useInvalidatingMutation<UpdateCompanyListInput, CompanyListFieldsFragment>(
    async (input) => (await request(updateCompanyListMutation, { input })).updateCompanyList,
    LIST_CHANGES,
  );
}

export function useDeleteCompanyList() {
  return useInvalidatingMutation<string, string>(
    async (listId) => (await request(deleteCompanyListMutation, { listId })).deleteCompanyList,
    LIST_CHANGES,
  );
}
