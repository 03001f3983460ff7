import { Readable } from 'stream';
import { CellValue, Workbook, Worksheet } from 'exceljs';
import { foldText } from '@chainboard/domain';

/** One data row of a sheet: its number as the spreadsheet shows it, and its cells by column number (1-based). */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

export interface SheetTable {
  /** The header row's number and texts, by column number (index 0 unused). */
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}

/** A cell's value as the text a person sees: rich text joined, formula results, dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? '') as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function sheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged cell reads as its master's value only once, at the master.
      cells[col] = cell.isMerged && cell.master !== cell ? '' : cellText(cell.value);
    });
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/**
 * Finds the header row: the first row (within the first ten) in which `isHeader` recognises at least
 * `minHeaders` cells. Title rows and merged banner cells above it are skipped.
 */
export function locateTable(rows: SheetRow[], isHeader: (text: string) => boolean, minHeaders = 2): SheetTable | null {
  for (const row of rows.slice(0, 10)) {
    const recognised = row.cells.filter((c) => c && isHeader(foldText(c))).length;
    if (recognised >= minHeaders) {
      // Texts stay as typed (names keep their full-width brackets); codes, numbers and dates are folded where read.
      const tidy = (c: string | undefined) => (c ?? '').replace(/[\s\u3000]+/g, ' ').trim();
      const headers = row.cells.map(tidy);
      const data = rows
        .filter((r) => r.rowNumber > row.rowNumber)
        .map((r) => ({ rowNumber: r.rowNumber, cells: r.cells.map(tidy) }))
        .filter((r) => r.cells.some((c) => c !== ''));
      return { headerRow: row.rowNumber, headers, rows: data };
    }
  }
  return null;
}

/** Reads the first sheet of an .xlsx workbook, or a .csv file (UTF-8, with or without BOM). */
export async function readSheetRows(content: Buffer, fileName: string): Promise<SheetRow[]> {
  const workbook = new Workbook();
  if (/\.csv$/i.test(fileName)) {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    // Every value stays text: codes such as 0012 or long digit strings must not turn into numbers.
    const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: string) => value } as never);
    return sheetRows(sheet);
  }
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  return sheet ? sheetRows(sheet) : [];
}
