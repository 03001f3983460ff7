import { Workbook } from 'exceljs';
import { normalizeDecimal } from '@chainboard/domain';

export interface ExportColumn {
  key: string;
  header: string;
  /** Column width in characters (Chinese characters count as two). */
  width?: number;
  kind?: 'text' | 'decimal' | 'date' | 'boolean';
}

export type ExportValue = string | number | boolean | null | undefined;

/**
 * A workbook of one sheet: a bold, frozen header row and one row per record. Decimals are written as text,
 * so that amounts in 亿元 keep every digit; dates stay YYYY-MM-DD.
 */
export async function buildWorkbook(
  sheetName: string,
  columns: ExportColumn[],
  records: Array<Record<string, ExportValue>>,
  yesNo: { yes: string; no: string },
): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'Chainboard';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width ?? Math.max(10, displayWidth(c.header) + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const record of records) {
    ws.addRow(
      Object.fromEntries(
        columns.map((c) => {
          const v = record[c.key];
          if (v === null || v === undefined) return [c.key, null];
          if (c.kind === 'boolean' || typeof v === 'boolean') return [c.key, v ? yesNo.yes : yesNo.no];
          if (c.kind === 'decimal') return [c.key, normalizeDecimal(String(v))];
          return [c.key, String(v)];
        }),
      ),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Characters as they take space in a spreadsheet: CJK twice as wide. */
export function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}
