import { stream, Workbook } from 'exceljs';
import { PassThrough } from 'stream';
import { readSheetRows } from './table-reader';

/** A workbook written by exceljs's streaming writer, which writes its strings inline (no shared strings). */
async function inlineWorkbook(rows: unknown[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('台账');
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

describe('reading the first sheet of an .xlsx workbook', () => {
  it('reads shared strings, rich text, dates, numbers, booleans, formula results and errors as a person sees them', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['武侯区招商台账']);
    ws.mergeCells('A1:F1');
    ws.addRow(['企业名称', '签约日期', '金额', '是否上市', '合计', '备注']);
    const row = ws.addRow([
      { richText: [{ text: '成都' }, { font: { bold: true }, text: '华日通讯' }] },
      new Date(Date.UTC(2025, 2, 9)),
      12.5,
      true,
      { formula: 'C3*2', result: 25 },
      { error: '#N/A' },
    ]);
    row.getCell(2).numFmt = 'yyyy"年"m"月"d"日"';
    ws.addRow([]);
    ws.addRow(['甲公司', { formula: 'DATE(2024,1,31)', result: 45322 }, '0012', false, { formula: 'A5&"扩产"', result: '甲公司扩产' }]).getCell(2).numFmt = 'yyyy-mm-dd';
    wb.addWorksheet('第二页').addRow(['不读']);

    const rows = await readSheetRows(Buffer.from(await wb.xlsx.writeBuffer()), 'l.xlsx');
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 5]);
    // The merged title reads once, at its first cell; the cells it covers are blank.
    expect(rows[0].cells.slice(1)).toEqual(['武侯区招商台账', '', '', '', '', '']);
    expect(rows[2].cells.slice(1)).toEqual(['成都华日通讯', '2025-03-09', '12.5', 'true', '25', '']);
    expect(rows[3].cells.slice(1)).toEqual(['甲公司', '2024-01-31', '0012', 'false', '甲公司扩产']);
  });

  it('reads inline strings, and characters that the streamed file splits between two chunks', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `成都${'锦江'.repeat(i % 5)}电子科技有限公司${i}`);
    const buffer = await inlineWorkbook([['企业名称', '城市'], ...names.map((n) => [n, '成都'])]);
    const rows = await readSheetRows(buffer, 'c.xlsx');
    expect(rows).toHaveLength(3001);
    expect(rows.slice(1).map((r) => r.cells[1])).toEqual(names);
    expect(rows.every((r) => !r.cells.join('').includes('\uFFFD'))).toBe(true);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readSheetRows(Buffer.from('企业名称,城市\n'), 'c.xlsx')).rejects.toThrow();
  });
});
