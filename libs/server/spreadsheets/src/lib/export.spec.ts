import { Workbook } from 'exceljs';
import { buildWorkbook } from './export';

describe('exporting a table', () => {
  it('writes a real workbook with the chosen columns in order, amounts exact', async () => {
    const buffer = await buildWorkbook(
      '线索',
      [
        { key: 'title', header: '线索名称' },
        { key: 'investment', header: '意向投资额（亿元）', kind: 'decimal' },
        { key: 'confidential', header: '保密', kind: 'boolean' },
      ],
      [
        { title: '华日通讯扩产', investment: '12.3400', confidential: false, ignored: 'x' },
        { title: '保密线索', investment: null, confidential: true },
      ],
      { yes: '是', no: '否' },
    );
    const wb = new Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('线索');
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['线索名称', '意向投资额（亿元）', '保密'],
      ['华日通讯扩产', '12.34', '否'],
      ['保密线索', undefined, '是'],
    ]);
  });
});
