import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request, type AddInteractionInput, type ApiError, type UpdateInteractionInput } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { addInteractionMutation, deleteInteractionMutation, updateInteractionMutation } from './documents';

/** A change to contacts: the lead (status, timing), the company, "My work" and search all change with it. */
function useContactMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(
        [crmKeys.leads, crmKeys.companies, crmKeys.work, crmKeys.search].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}

export function useAddInteraction() {
  return useContactMutation(async (input: AddInteractionInput) => (await request(addInteractionMutation, { input })).addInteraction);
}

export function useUpdateInteraction() {
  return useContactMutation(async (input: UpdateInteractionInput) => (await request(updateInteractionMutation, { input })).updateInteraction);
}

export function useDeleteInteraction() {
  return useContactMutation(async (interactionId: string) => (await request(deleteInteractionMutation, { interactionId })).deleteInteraction);
}
