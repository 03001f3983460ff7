import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type ApiError, type CompanyListFieldsFragment, type CreateCompanyListInput, type UpdateCompanyListInput } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { createCompanyListMutation, deleteCompanyListMutation, managedCompanyListsQuery, updateCompanyListMutation } from './documents';

/** Under crmKeys.companyLists: invalidating that key refreshes this screen, the company filters and the tag pickers. */
export const companyListKeys = {
  managed: [...crmKeys.companyLists, 'managed'] as const,
};

/** Every company list with its tag count, for the admin screen; asked again on every visit (tags change on the company pages). */
export function useManagedCompanyLists() {
  return useQuery({
    queryKey: companyListKeys.managed,
    queryFn: async () => (await request(managedCompanyListsQuery)).companyLists,
    staleTime: 0,
  });
}

/** A change to the lists: every list query refetches, and the companies too (their tags show the list names). */
function useCompanyListMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([crmKeys.companyLists, crmKeys.companies].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

export function useCreateCompanyList() {
  return useCompanyListMutation<CreateCompanyListInput, CompanyListFieldsFragment>(async (input) => (await request(createCompanyListMutation, { input })).createCompanyList);
}

export function useUpdateCompanyList() {
  return useCompanyListMutation<UpdateCompanyListInput, CompanyListFieldsFragment>(async (input) => (await request(updateCompanyListMutation, { input })).updateCompanyList);
}

export function useDeleteCompanyList() {
  return useCompanyListMutation<string, string>(async (listId) => (await request(deleteCompanyListMutation, { listId })).deleteCompanyList);
}
