import { request, useInvalidatingMutation, type UpdateProspectInput } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { updateProspectMutation } from './documents';

/** Edits a prospect: the prospect lists, the company pages (their prospects) and "My work" (prospects by assignee) refetch. */
export function useUpdateProspect() {
  return useInvalidatingMutation(
    async (input: UpdateProspectInput) => (await request(updateProspectMutation, { input })).updateProspect,
    [crmKeys.prospects, crmKeys.companies, crmKeys.work],
  );
}
