import { useQuery } from '@tanstack/react-query';
import { queryRoots, request, useInvalidatingMutation, type AddInteractionInput, type UpdateInteractionInput } from '@chainboard/web-graphql';
import { previousPageOf, type SubListPage } from '@chainboard/web-ui';
import { crmKeys } from '../common/hooks';
import { addInteractionMutation, companyContactsQuery, deleteInteractionMutation, leadContactsQuery, updateInteractionMutation } from './documents';

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

/** Whose contacts timeline: a lead's or a company's. */
export type ContactsOf = { leadId: string } | { companyId: string };

/** Where a timeline's pages are kept: under the lead's or the company's detail key, which every contact change makes stale. */
export function contactsKey(of: ContactsOf) {
  return 'leadId' in of ? ([...crmKeys.leads, 'detail', of.leadId, 'contacts'] as const) : ([...crmKeys.companies, 'detail', of.companyId, 'contacts'] as const);
}

/** One window of a lead's or a company's contacts timeline, newest first, with how many it holds in all. */
export function useContactsPage(of: ContactsOf, window: Pick<SubListPage, 'limit' | 'offset'>) {
  const key = contactsKey(of);
  return useQuery({
    queryKey: [...key, window.limit, window.offset],
    queryFn: async () => {
      const variables = { limit: window.limit, offset: window.offset };
      if ('leadId' in of) {
        const { lead } = await request(leadContactsQuery, { id: of.leadId, ...variables });
        return { contacts: lead.contacts, total: lead.contactCount };
      }
      const { company } = await request(companyContactsQuery, { id: of.companyId, ...variables });
      return { contacts: company.contacts, total: company.contactCount };
    },
    placeholderData: previousPageOf(key),
  });
}
