import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request, type ApiError, type ProspectFieldsFragment, type UpdateProspectInput } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { updateProspectMutation } from './documents';

/** Edits a prospect: the prospect lists, the company pages (their prospects) and "My work" (prospects by assignee) refetch. */
export function useUpdateProspect() {
  const queryClient = useQueryClient();
  return useMutation<ProspectFieldsFragment, ApiError, UpdateProspectInput>({
    mutationFn: async (input) => (await request(updateProspectMutation, { input })).updateProspect,
    onSuccess: async () => {
      await Promise.all([crmKeys.prospects, crmKeys.companies, crmKeys.work].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
