import { queryRoots, request, useInvalidatingMutation, type AddInteractionInput, type UpdateInteractionInput } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { addInteractionMutation, deleteInteractionMutation, updateInteractionMutation } from './documents';

/**
 * What a change to contacts makes stale: the lead (status, timing), the company, "My work", search, and the chain map
 * (its node panels show the leads' status).
 */
const CONTACT_CHANGES = [crmKeys.leads, crmKeys.companies, crmKeys.work, crmKeys.search, queryRoots.chainMap];

export function useAddInteraction() {
  return useInvalidatingMutation(async (input: AddInteractionInput) => (await request(addInteractionMutation, { input })).addInteraction, CONTACT_CHANGES);
}

export function useUpdateInteraction() {
  return useInvalidatingMutation(
    async (input: UpdateInteractionInput) => (await request(updateInteractionMutation, { input })).updateInteraction,
    CONTACT_CHANGES,
  );
}

export function useDeleteInteraction() {
  return useInvalidatingMutation(
    async (interactionId: string) => (await request(deleteInteractionMutation, { interactionId })).deleteInteraction,
    CONTACT_CHANGES,
  );
}
