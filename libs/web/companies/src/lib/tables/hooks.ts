import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { request, type ApiError } from '@chainboard/web-graphql';
import { crmKeys } from '../common/hooks';
import { createSavedViewMutation, deleteSavedViewMutation, savedViewsQuery, updateSavedViewMutation } from './documents';
import type { TableSpec, TableState } from './table-state';

/** Table states of this visit, by table: coming back to a table (e.g. from a company page) finds it as it was left. */
const remembered = new Map<string, unknown>();

/** The state of a server-driven table, remembered for the rest of the visit. */
export function useTableState<F, S extends string>(spec: TableSpec<F, S>) {
  const [state, setState] = useState<TableState<F, S>>(() => (remembered.get(spec.key) as TableState<F, S> | undefined) ?? spec.defaults);
  useEffect(() => {
    remembered.set(spec.key, state);
  }, [spec.key, state]);
  const reset = useCallback(() => setState(spec.defaults), [spec.defaults]);
  return [state, setState, reset] as const;
}

export function useSavedViews(tableKey: string) {
  return useQuery({
    queryKey: crmKeys.savedViews(tableKey),
    queryFn: async () => (await request(savedViewsQuery, { tableKey })).savedViews,
  });
}

function useSavedViewMutation<TVariables, TResult>(tableKey: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, ApiError, TVariables>({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crmKeys.savedViews(tableKey) }),
  });
}

export function useCreateSavedView(tableKey: string) {
  return useSavedViewMutation(
    tableKey,
    async ({ name, settings }: { name: string; settings: unknown }) => (await request(createSavedViewMutation, { input: { tableKey, name, settings } })).createSavedView,
  );
}

export function useUpdateSavedView(tableKey: string) {
  return useSavedViewMutation(
    tableKey,
    async ({ viewId, settings }: { viewId: string; settings: unknown }) => (await request(updateSavedViewMutation, { input: { viewId, settings } })).updateSavedView,
  );
}

export function useDeleteSavedView(tableKey: string) {
  return useSavedViewMutation(tableKey, async (viewId: string) => (await request(deleteSavedViewMutation, { viewId })).deleteSavedView);
}
