import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { queryRoots, request, useInvalidatingMutation, type ImportMode } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { createSavedViewMutation, deleteSavedViewMutation, savedViewsQuery, updateSavedViewMutation } from './documents';
import { confirmImportMutation } from './import-export.documents';
import type { TableSpec, TableState } from './table-state';

/** Table states of this visit, by table: coming back to a table (e.g. from a company page) finds it as it was left. */
const remembered = new Map<string, unknown>();

/**
 * The state of a server-driven table, remembered for the rest of the visit. It starts from `defaults` (the spec's own
 * when left out, e.g. filtered on the user's own chain with defaultsOnChain), and `reset` goes back to them. `opening`,
 * when given (a link to the table with a filter, e.g. "view all" of a short list), wins over the remembered state.
 */
export function useTableState<F, S extends string>(spec: TableSpec<F, S>, defaults: TableState<F, S> = spec.defaults, opening: TableState<F, S> | null = null) {
  const [state, setState] = useState<TableState<F, S>>(() => opening ?? (remembered.get(spec.key) as TableState<F, S> | undefined) ?? defaults);
  useEffect(() => {
    remembered.set(spec.key, state);
  }, [spec.key, state]);
  const reset = useCallback(() => setState(defaults), [defaults]);
  return [state, setState, reset] as const;
}

export function useSavedViews(tableKey: string) {
  return useQuery({
    queryKey: crmKeys.savedViews(tableKey),
    queryFn: async () => (await request(savedViewsQuery, { tableKey })).savedViews,
  });
}

export function useCreateSavedView(tableKey: string) {
  return useInvalidatingMutation(
    async ({ name, settings }: { name: string; settings: unknown }) => (await request(createSavedViewMutation, { input: { tableKey, name, settings } })).createSavedView,
    [crmKeys.savedViews(tableKey)],
  );
}

export function useUpdateSavedView(tableKey: string) {
  return useInvalidatingMutation(
    async ({ viewId, settings }: { viewId: string; settings: unknown }) => (await request(updateSavedViewMutation, { input: { viewId, settings } })).updateSavedView,
    [crmKeys.savedViews(tableKey)],
  );
}

export function useDeleteSavedView(tableKey: string) {
  return useInvalidatingMutation(
    async (viewId: string) => (await request(deleteSavedViewMutation, { viewId })).deleteSavedView,
    [crmKeys.savedViews(tableKey)],
  );
}

/**
 * Writes a checked import: companies and leads are created or updated, so everything that shows them is read again
 * (companies, leads, "My work", search, prospects, and the chain map's node panels and counts).
 */
export function useConfirmImport() {
  return useInvalidatingMutation(
    async ({ id, mode }: { id: string; mode: ImportMode }) => (await request(confirmImportMutation, { id, mode })).confirmImport,
    [crmKeys.companies, crmKeys.leads, crmKeys.work, crmKeys.search, crmKeys.prospects, queryRoots.chainMap, ['projects']],
  );
}
