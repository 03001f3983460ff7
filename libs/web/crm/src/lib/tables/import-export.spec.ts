import { IMPORT_MAX_BYTES, importFileProblem, importProblemRows, initialExportColumns, problemRowCount, progressPercent } from './import-export';

describe('import files', () => {
  it('takes .xlsx and .csv files up to 20 MB', () => {
    expect(importFileProblem({ name: '企业名单.xlsx', size: 1000 })).toBeNull();
    expect(importFileProblem({ name: 'LEADS.CSV', size: IMPORT_MAX_BYTES })).toBeNull();
    expect(importFileProblem({ name: '企业名单.xls', size: 1000 })).toBe('wrongType');
    expect(importFileProblem({ name: 'notes.txt', size: 1 })).toBe('wrongType');
    expect(importFileProblem({ name: 'big.xlsx', size: IMPORT_MAX_BYTES + 1 })).toBe('tooLarge');
  });
});

describe('importProblemRows', () => {
  const problems = [
    { row: 7, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' },
    { row: 3, column: '企业名称', message: '缺少企业名称' },
    { row: 7, column: '是否上市', message: '是否上市应填“是”或“否”' },
    { row: 12, column: '企业名称', message: '与第3行重复' },
  ];

  it('lists the problems by row, keeping the order of a row’s columns, each with its own key', () => {
    const rows = importProblemRows(problems);
    expect(rows.map((r) => [r.row, r.column, r.message])).toEqual([
      [3, '企业名称', '缺少企业名称'],
      [7, '统一社会信用代码', '统一社会信用代码校验位不正确'],
      [7, '是否上市', '是否上市应填“是”或“否”'],
      [12, '企业名称', '与第3行重复'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  it('counts the rows with problems once each', () => {
    expect(problemRowCount(problems)).toBe(3);
    expect(importProblemRows([])).toEqual([]);
  });
});

describe('progressPercent', () => {
  it('is the share processed, never 100 before the import is done', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ processed: 0, total: 0, done: false })).toBe(0);
    expect(progressPercent({ processed: 2500, total: 10_000, done: false })).toBe(25);
    expect(progressPercent({ processed: 10_000, total: 10_000, done: false })).toBe(99);
    expect(progressPercent({ processed: 10_000, total: 10_000, done: true })).toBe(100);
  });
});

describe('initialExportColumns', () => {
  const available = ['name', 'creditCode', 'englishName', 'province', 'city', 'isListed'];

  it('ticks the columns the table shows, a combined column standing for its parts', () => {
    expect(initialExportColumns(available, ['name', 'region', 'tags'], { region: ['province', 'city'] })).toEqual(['name', 'province', 'city']);
  });

  it('ticks everything when nothing matches', () => {
    expect(initialExportColumns(available, ['tags'])).toEqual(available);
  });
});
