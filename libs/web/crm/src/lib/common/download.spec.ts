import { base64ToBlob, base64ToBytes, bytesToBase64, fileToBase64, safeFileName, XLSX_MIME } from './download';

describe('base64 files', () => {
  it('turns base64 into bytes and back, also past the chunk size', () => {
    const bytes = new Uint8Array(100_000).map((_v, i) => (i * 31) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(base64))).toEqual(Array.from(bytes));
  });

  it('reads base64 with line breaks, as some encoders write it', () => {
    expect(Array.from(base64ToBytes('UEsD\nBBQ='))).toEqual([0x50, 0x4b, 0x03, 0x04, 0x14]);
  });

  it('makes an .xlsx Blob of the bytes', async () => {
    const blob = base64ToBlob(Buffer.from('PK\u0003\u0004workbook').toString('base64'));
    expect(blob.type).toBe(XLSX_MIME);
    expect(blob.size).toBe(12);
    expect(Buffer.from(await blob.arrayBuffer()).toString('latin1')).toBe('PK\u0003\u0004workbook');
  });

  it('reads a picked file as base64 for the upload', async () => {
    const file = new Blob(['企业名称,城市\n华日通讯,成都\n']);
    expect(Buffer.from(await fileToBase64(file), 'base64').toString('utf8')).toBe('企业名称,城市\n华日通讯,成都\n');
  });

  it('keeps a file name that is safe to save', () => {
    expect(safeFileName('企业-2025-03-09.xlsx')).toBe('企业-2025-03-09.xlsx');
    expect(safeFileName('a/b:c*.xlsx')).toBe('a_b_c_.xlsx');
    expect(safeFileName('  ')).toBe('export.xlsx');
  });
});
