import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { request, type ApiError, type ImportKind, type ImportMode, type PreviewImportMutation } from '@chainboard/web-graphql';
import { fileToBase64 } from '../../common/download';
import { useConfirmImport } from '../hooks';
import { importProgressQuery, previewImportMutation } from '../import-export.documents';
import { importFileProblem } from '../import-export';

export type ImportPreview = PreviewImportMutation['previewImport'];

/** How often the progress of a confirmed import is asked for. */
const PROGRESS_POLL_MS = 500;

/** The wizard's steps: pick a file, the API checks it, the preview, the import writing, the result. */
export type ImportStep = 'pick' | 'checking' | 'preview' | 'importing' | 'done';

/** Which step the wizard is at, from where its two requests (the check, then the import) stand. */
export function importStep(state: { checking: boolean; checked: boolean; importing: boolean; imported: boolean }): ImportStep {
  if (state.checking) return 'checking';
  if (!state.checked) return 'pick';
  if (state.imported) return 'done';
  if (state.importing) return 'importing';
  return 'preview';
}

/**
 * The state of an import: the file sent to be checked (nothing is written), its preview, the confirmed import and its
 * progress (polled while it writes), and its result.
 */
export function useImportWizard(kind: ImportKind) {
  const [fileName, setFileName] = useState('');
  const [fileProblem, setFileProblem] = useState<'wrongType' | 'tooLarge' | null>(null);
  const preview = useMutation<ImportPreview, ApiError, File>({
    mutationFn: async (file) => (await request(previewImportMutation, { input: { kind, fileName: file.name, contentBase64: await fileToBase64(file) } })).previewImport,
  });
  const confirm = useConfirmImport();
  const previewId = preview.data?.id ?? '';
  const progress = useQuery({
    queryKey: ['import-progress', previewId],
    queryFn: async () => (await request(importProgressQuery, { id: previewId })).importProgress,
    enabled: confirm.isPending && previewId !== '',
    refetchInterval: PROGRESS_POLL_MS,
    gcTime: 0,
  });

  return {
    step: importStep({ checking: preview.isPending, checked: Boolean(preview.data), importing: confirm.isPending, imported: Boolean(confirm.data) }),
    fileName,
    fileProblem,
    /** Sends a picked file to be checked, unless its type or size already rules it out. */
    pick: (file: File) => {
      const problem = importFileProblem(file);
      setFileProblem(problem);
      if (problem) return;
      setFileName(file.name);
      preview.mutate(file);
    },
    previewError: preview.error,
    preview: preview.data,
    /** Writes the checked file: all rows or none, or only the good rows. */
    confirm: (mode: ImportMode) => preview.data && confirm.mutate({ id: preview.data.id, mode }),
    confirmError: confirm.error,
    progress: progress.data,
    result: confirm.data,
    /** Back to picking a file. */
    restart: () => {
      preview.reset();
      confirm.reset();
      setFileProblem(null);
    },
  };
}
