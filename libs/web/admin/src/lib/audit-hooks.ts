import { useMutation, useQuery } from '@tanstack/react-query';
import { request, useInvalidatingMutation, type AuditEntriesInput } from '@chainboard/web-graphql';
import { auditEntriesQuery, exportAuditEntriesMutation, recycleBinQuery, restoreCompanyMutation, restoreLeadMutation, restoreProjectMutation } from './audit-documents';

/** The audit log's and the recycle bin's query keys. */
export const auditKeys = {
  entries: ['admin', 'audit'] as const,
  recycleBin: ['admin', 'recycle-bin'] as const,
};

export function useAuditEntries(input: AuditEntriesInput) {
  return useQuery({
    queryKey: [...auditKeys.entries, input],
    queryFn: async () => (await request(auditEntriesQuery, { input })).auditEntries,
    placeholderData: (previous) => previous,
  });
}

/** Exports the trail with the filters given (their page left out); writes an entry of its own in the trail. */
export function useExportAuditEntries() {
  return useMutation({ mutationFn: async (input: AuditEntriesInput) => (await request(exportAuditEntriesMutation, { input })).exportAuditEntries });
}

export function useRecycleBin() {
  return useQuery({ queryKey: auditKeys.recycleBin, queryFn: () => request(recycleBinQuery, { page: { limit: 200 } }) });
}

/** A restored record comes back in every list, count, search and figure of the app: every query is read again. */
const EVERYTHING = [[]] as const;

export type RestoredKind = 'company' | 'lead' | 'project';

export function useRestore() {
  return useInvalidatingMutation<{ kind: RestoredKind; id: string }, string>(async ({ kind, id }) => {
    if (kind === 'company') return (await request(restoreCompanyMutation, { id })).restoreCompany.id;
    if (kind === 'lead') return (await request(restoreLeadMutation, { id })).restoreLead.id;
    return (await request(restoreProjectMutation, { id })).restoreProject.id;
  }, EVERYTHING);
}
