import { importStep, mappingOf, type ImportPreview } from './use-import-wizard';

describe('importStep', () => {
  const idle = { checking: false, checked: false, importing: false, imported: false };

  it('follows the file from picking through the check and the preview to the import and its result', () => {
    expect(importStep(idle)).toBe('pick');
    expect(importStep({ ...idle, checking: true })).toBe('checking');
    expect(importStep({ ...idle, checked: true })).toBe('preview');
    expect(importStep({ ...idle, checked: true, importing: true })).toBe('importing');
    expect(importStep({ ...idle, checked: true, imported: true })).toBe('done');
  });

  it('goes back to picking a file when the check failed (nothing checked, nothing pending)', () => {
    expect(importStep({ ...idle, checked: false })).toBe('pick');
  });
});

describe('the mapping step', () => {
  const idle = { checking: false, checked: false, importing: false, imported: false };

  it('comes between the check and the preview while the mapping is open', () => {
    expect(importStep({ ...idle, checked: true, mapping: true })).toBe('mapping');
    expect(importStep({ ...idle, checking: true, mapping: true })).toBe('checking');
    expect(importStep({ ...idle, checked: true, mapping: false })).toBe('preview');
  });

  it('sends back every column with its field and only the values that stand for something', () => {
    const preview = {
      columns: [
        { index: 1, field: null },
        { index: 2, field: 'companyName' },
        { index: 7, field: 'owner' },
      ],
      values: [
        {
          field: 'owner',
          values: [
            { value: '王小明', target: null },
            { value: '招商专员一', target: 'user-1' },
            { value: '李四', target: '@importer' },
          ],
        },
      ],
    } as unknown as ImportPreview;
    expect(mappingOf(preview)).toEqual({
      columns: [
        { index: 1, field: null },
        { index: 2, field: 'companyName' },
        { index: 7, field: 'owner' },
      ],
      values: [
        { field: 'owner', value: '招商专员一', target: 'user-1' },
        { field: 'owner', value: '李四', target: '@importer' },
      ],
    });
  });
});
