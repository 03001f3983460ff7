import { Readable } from 'stream';
import { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import { foldText } from '@chainboard/domain';
import { readXlsxRows } from './xlsx-reader';

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
    rows.push({ rowNumber, cells: rowCells(row) });
  });
  return rows;
}

/**
 * Finds the header row: the first row (within the first ten) in which `isHeader` recognises at least
 * `minHeaders` cells. Title rows and merged banner cells above it are skipped. The rows below it are tidied in
 * place (a large sheet is not held twice): the rows given are the table's rows afterwards.
 */
export function locateTable(rows: SheetRow[], isHeader: (text: string) => boolean, minHeaders = 2): SheetTable | null {
  for (const row of rows.slice(0, 10)) {
    const recognised = row.cells.filter((c) => c && isHeader(foldText(c))).length;
    if (recognised >= minHeaders) {
      // Texts stay as typed (names keep their full-width brackets); codes, numbers and dates are folded where read.
      const tidy = (c: string | undefined) => (c ?? '').replace(/[\s\u3000]+/g, ' ').trim();
      const headers = row.cells.map(tidy);
      const data: SheetRow[] = [];
      for (const r of rows) {
        if (r.rowNumber <= row.rowNumber) continue;
        r.cells = r.cells.map(tidy);
        if (r.cells.some((c) => c !== '')) data.push(r);
      }
      return { headerRow: row.rowNumber, headers, rows: data };
    }
  }
  return null;
}

/** One row's cells as text, by column number; a merged cell reads as its master's value only once, at the master. */
function rowCells(row: Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cells[col] = cell.isMerged && cell.master !== cell ? '' : cellText(cell.value);
  });
  return cells;
}

/**
 * Reads the first sheet of an .xlsx workbook as a stream (see readXlsxRows: the workbook is never held whole in memory,
 * only its shared strings and number formats, so that texts and dates read as they show), or a .csv file (UTF-8, with or
 * without BOM).
 */
export async function readSheetRows(content: Buffer, fileName: string): Promise<SheetRow[]> {
  if (/\.csv$/i.test(fileName)) {
    const workbook = new Workbook();
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    // Every value stays text: codes such as 0012 or long digit strings must not turn into numbers.
    const sheet = await workbook.csv.read(Readable.from([text]), { map: (value: string) => value } as never);
    return sheetRows(sheet);
  }
  return readXlsxRows(content);
}
