import { Workbook } from 'exceljs';
import { COMPANY_COLUMNS, isKnownHeader } from './columns';
import { GOOD_CODE_A, messyCompanyWorkbook } from './messy-workbook';
import { parseCompanyRows, parseLeadRows } from './rows';
import { locateTable, readSheetRows } from './table-reader';

async function companyTable(buffer: Buffer, name = 'companies.xlsx') {
  const table = locateTable(await readSheetRows(buffer, name), isKnownHeader(COMPANY_COLUMNS));
  if (!table) throw new Error('no header');
  return table;
}

describe('reading a messy company workbook', () => {
  it('finds the header under a merged title banner and skips blank rows', async () => {
    const table = await companyTable(await messyCompanyWorkbook());
    expect(table.headerRow).toBe(2);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 5, 6, 7]);
  });

  it('names each bad row: the row, the column and why', async () => {
    const rows = parseCompanyRows(await companyTable(await messyCompanyWorkbook()));
    const problems = rows.flatMap((r) => r.problems).map((p) => [p.row, p.column, p.key]);
    expect(problems).toEqual([
      [5, '统一社会信用代码', 'import.badCreditCode.checkCharacter'],
      [6, '企业名称', 'import.duplicateRow'],
      [7, '是否上市', 'import.badBoolean'],
    ]);
    expect(rows.find((r) => r.rowNumber === 6)?.problems[0].params).toMatchObject({ row: 3 });
  });

  it('reads full-width digits and yes/no words', async () => {
    const [first] = parseCompanyRows(await companyTable(await messyCompanyWorkbook()));
    expect(first.value).toMatchObject({ name: '成都华日通讯技术股份有限公司', creditCode: GOOD_CODE_A, isListed: true, aliases: ['华日通讯'] });
  });

  it('reads the same rows from CSV, keeping codes as text', async () => {
    const csv = `\uFEFF企业名称,统一社会信用代码,是否上市\n成都示例科技有限公司,${GOOD_CODE_A},否\n,,\n甲公司,0012,是\n`;
    const rows = parseCompanyRows(await companyTable(Buffer.from(csv), 'companies.csv'));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(rows[0].value.creditCode).toBe(GOOD_CODE_A);
    expect(rows[1].problems.map((p) => p.key)).toEqual(['import.badCreditCode.length']);
  });

  it('finds no table without known headers', async () => {
    const wb = new Workbook();
    wb.addWorksheet('x').addRow(['甲', '乙']);
    const rows = await readSheetRows(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx');
    expect(locateTable(rows, isKnownHeader(COMPANY_COLUMNS))).toBeNull();
  });
});

describe('reading lead rows', () => {
  const lookups = {
    chain: (v: string) => ({ 电子信息: 'chain-ei', 'electronic-information': 'chain-ei' })[v] ?? null,
    user: (v: string) => ({ 'staff.01': 'user-1', 招商专员一: 'user-1' })[v] ?? null,
  };

  it('resolves chains, owners, sources and amounts, and names what it cannot', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('线索');
    ws.addRow(['线索名称', '企业名称', '产业链', '负责人', '来源', '意向投资额（亿元）', '下一步截止日期']);
    ws.addRow(['华日通讯扩产', '成都华日通讯技术股份有限公司', '电子信息', '招商专员一', '以商招商', '１２.５', '2025/12/1']);
    ws.addRow(['某项目', '某公司', '低空经济', 'nobody', '路边', 'abc', '2025-02-30']);
    const table = locateTable(await readSheetRows(Buffer.from(await wb.xlsx.writeBuffer()), 'l.xlsx'), (t) => ['线索名称', '企业名称', '产业链'].includes(t));
    const [good, bad] = parseLeadRows(table!, lookups);
    expect(good.problems).toEqual([]);
    expect(good.value).toMatchObject({ chainId: 'chain-ei', ownerId: 'user-1', source: 'BUSINESS_REFERRAL', intendedInvestment: '12.5', nextActionDue: '2025-12-01' });
    expect(bad.problems.map((p) => [p.column, p.key])).toEqual([
      ['产业链', 'import.unknownChain'],
      ['负责人', 'import.unknownUser'],
      ['来源', 'import.unknownValue'],
      ['意向投资额（亿元）', 'import.badDecimal'],
      ['下一步截止日期', 'import.badDate'],
    ]);
  });
});
