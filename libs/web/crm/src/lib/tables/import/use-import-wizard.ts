import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { request, type ApiError, type ImportKind, type ImportMappingInput, type ImportMode, type PreviewImportMutation } from '@chainboard/web-graphql';
import { fileToBase64 } from '../../common/download';
import { useConfirmImport } from '../hooks';
import { cancelImportMutation, importProgressQuery, previewImportMutation } from '../import-export.documents';
import { importFileProblem } from '../import-export';

export type ImportPreview = PreviewImportMutation['previewImport'];

/** How often the progress of a confirmed import is asked for. */
const PROGRESS_POLL_MS = 500;

/** The wizard's steps: pick a file, the API checks it, map its columns and values, the preview, the import writing, the result. */
export type ImportStep = 'pick' | 'checking' | 'mapping' | 'preview' | 'importing' | 'done';

/** Which step the wizard is at, from where its requests (the check, then the import) and the mapping stand. */
export function importStep(state: { checking: boolean; checked: boolean; mapping?: boolean; importing: boolean; imported: boolean }): ImportStep {
  if (state.checking) return 'checking';
  if (!state.checked) return 'pick';
  if (state.imported) return 'done';
  if (state.importing) return 'importing';
  if (state.mapping) return 'mapping';
  return 'preview';
}

/** The mapping the preview applied, as the API takes it back: every column's field, and each value's target. */
export function mappingOf(preview: ImportPreview): ImportMappingInput {
  return {
    columns: preview.columns.map((c) => ({ index: c.index, field: c.field ?? null })),
    values: preview.values.flatMap((g) => g.values.filter((v) => v.target !== null && v.target !== undefined).map((v) => ({ field: g.field, value: v.value, target: v.target as string }))),
  };
}

/**
 * The state of an import: the file sent to be checked (nothing is written), the mapping of its columns and values
 * (shown when no saved mapping applied, or when asked for), its preview, the confirmed import and its progress
 * (polled while it writes), and its result.
 */
export function useImportWizard(kind: ImportKind) {
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<'wrongType' | 'tooLarge' | null>(null);
  const [mapping, setMapping] = useState(false);
  // The last preview answered: kept when a check with a changed mapping is refused, so the mapping stays on screen with the refusal.
  const [current, setCurrent] = useState<ImportPreview | undefined>(undefined);
  const preview = useMutation<ImportPreview, ApiError, { name: string; content: string; mapping?: ImportMappingInput }>({
    mutationFn: async ({ name, content, mapping: given }) =>
      (await request(previewImportMutation, { input: { kind, fileName: name, contentBase64: content, ...(given ? { mapping: given } : {}) } })).previewImport,
    onSuccess: (data, variables) => {
      setCurrent(data);
      setMapping(!variables.mapping && data.needsMapping);
    },
  });
  const confirm = useConfirmImport();
  const previewId = current?.id ?? '';
  const progress = useQuery({
    queryKey: ['import-progress', previewId],
    queryFn: async () => (await request(importProgressQuery, { id: previewId })).importProgress,
    enabled: confirm.isPending && previewId !== '',
    refetchInterval: PROGRESS_POLL_MS,
    gcTime: 0,
  });

  return {
    step: importStep({ checking: preview.isPending, checked: Boolean(current), mapping, importing: confirm.isPending, imported: Boolean(confirm.data) }),
    fileName: file?.name ?? '',
    fileProblem,
    /** Sends a picked file to be checked, unless its type or size already rules it out. */
    pick: async (picked: File) => {
      const problem = importFileProblem(picked);
      setFileProblem(problem);
      if (problem) return;
      const next = { name: picked.name, content: await fileToBase64(picked) };
      setFile(next);
      preview.mutate(next);
    },
    previewError: preview.error,
    preview: current,
    /** Checks the file again with the mapping the user confirmed, then shows the preview. */
    applyMapping: (given: ImportMappingInput) => file && preview.mutate({ ...file, mapping: given }),
    /** Back from the preview to the mapping. */
    editMapping: () => setMapping(true),
    /** Writes the checked file: all rows or none, or only the good rows. */
    confirm: (mode: ImportMode) => current && confirm.mutate({ id: current.id, mode }),
    confirmError: confirm.error,
    /** Stops the import while it writes: its transaction rolls back, nothing of it is written. */
    cancel: () => previewId && request(cancelImportMutation, { id: previewId }),
    progress: progress.data,
    result: confirm.data,
    /** Back to picking a file. */
    restart: () => {
      preview.reset();
      confirm.reset();
      setCurrent(undefined);
      setFile(null);
      setMapping(false);
      setFileProblem(null);
    },
  };
}
