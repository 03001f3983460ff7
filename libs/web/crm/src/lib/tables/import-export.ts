/** Largest file an import accepts (the API's limit). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** The file types an import reads. */
export const IMPORT_ACCEPT = '.xlsx,.csv';

/** What is wrong with a file picked for import, before it is sent: its type, or its size. Null when fine. */
export function importFileProblem(file: { name: string; size: number }): 'wrongType' | 'tooLarge' | null {
  if (!/\.(xlsx|csv)$/i.test(file.name.trim())) return 'wrongType';
  if (file.size > IMPORT_MAX_BYTES) return 'tooLarge';
  return null;
}

export interface ImportProblemLike {
  row: number;
  column: string;
  message: string;
}

export interface ImportProblemRow extends ImportProblemLike {
  key: string;
}

/** The preview's problems as table rows: by row number, then column as the file orders them (stable), each with a unique key. */
export function importProblemRows(problems: readonly ImportProblemLike[]): ImportProblemRow[] {
  return problems
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.row - b.p.row || a.index - b.index)
    .map(({ p, index }) => ({ key: `${p.row}:${index}`, row: p.row, column: p.column, message: p.message }));
}

/** How many distinct rows have problems (a row may have several). */
export function problemRowCount(problems: readonly ImportProblemLike[]): number {
  return new Set(problems.map((p) => p.row)).size;
}

/** Whole percentage of an import's progress; 100 once it is done. */
export function progressPercent(progress: { processed: number; total: number; done: boolean } | null | undefined): number {
  if (!progress) return 0;
  if (progress.done) return 100;
  if (progress.total <= 0) return 0;
  return Math.min(99, Math.floor((progress.processed / progress.total) * 100));
}

/**
 * The export columns to tick first: those the table shows, through `related` where one table column stands for
 * several export columns (e.g. region → province, city); all of them when none matches.
 */
export function initialExportColumns(available: readonly string[], visible: readonly string[], related: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const wanted = new Set(visible.flatMap((key) => [key, ...(related[key] ?? [])]));
  const picked = available.filter((key) => wanted.has(key));
  return picked.length ? picked : [...available];
}
