import { importStep } from './use-import-wizard';

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
