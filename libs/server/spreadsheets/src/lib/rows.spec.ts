import { Workbook } from 'exceljs';
import { LEAD_LIMITS, Role } from '@chainboard/domain';
import { isKnownHeader } from './columns';
import { GOOD_CODE_A, messyCompanyWorkbook } from './messy-workbook';
import { parseCompanyRows, parseLeadRows } from './rows';
import { locateTable, readSheetRows } from './table-reader';

async function companyTable(buffer: Buffer, name = 'companies.xlsx') {
  const table = locateTable(await readSheetRows(buffer, name), isKnownHeader('COMPANIES'));
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
    expect(rows[0].value?.creditCode).toBe(GOOD_CODE_A);
    expect(rows[1].problems.map((p) => p.key)).toEqual(['import.badCreditCode.length']);
  });

  it('finds no table without known headers', async () => {
    const wb = new Workbook();
    wb.addWorksheet('x').addRow(['甲', '乙']);
    const rows = await readSheetRows(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx');
    expect(locateTable(rows, isKnownHeader('COMPANIES'))).toBeNull();
  });
});

describe('reading lead rows', () => {
  const chainEi = { id: 'chain-ei', leaderId: 'leader-ei', leadDepartmentId: 'dept-ei' };
  const chainHp = { id: 'chain-hp', leaderId: 'leader-hp', leadDepartmentId: 'dept-hp' };
  const staff = { id: 'user-1', role: Role.INVESTMENT_STAFF, departmentId: null, name: '招商专员一' };
  const viewer = { id: 'user-v', role: Role.VIEWER, departmentId: null, name: '只读用户' };
  const leaderEi = { id: 'leader-ei', role: Role.CHAIN_LEADER, departmentId: null, name: '电子信息链长' };
  const lookups = {
    chain: (v: string) => ({ 电子信息: chainEi, 'electronic-information': chainEi, '健康+': chainHp })[v] ?? null,
    user: (v: string) => ({ 'staff.01': staff, 招商专员一: staff, viewer, 'leader.ei': leaderEi })[v] ?? null,
    self: staff,
  };

  async function leadTable(rows: unknown[][]) {
    const wb = new Workbook();
    const ws = wb.addWorksheet('线索');
    for (const r of rows) ws.addRow(r);
    const table = locateTable(await readSheetRows(Buffer.from(await wb.xlsx.writeBuffer()), 'l.xlsx'), (t) => ['线索名称', '企业名称', '产业链'].includes(t));
    if (!table) throw new Error('no header');
    return table;
  }

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

  it('holds the next action to the limit createLead holds it to', async () => {
    const table = await leadTable([
      ['线索名称', '企业名称', '产业链', '下一步'],
      ['甲', '甲公司', '电子信息', '访'.repeat(LEAD_LIMITS.nextAction)],
      ['乙', '乙公司', '电子信息', '访'.repeat(LEAD_LIMITS.nextAction + 1)],
      ['丙', '丙公司', '电子信息', '访'.repeat(2000)],
    ]);
    const rows = parseLeadRows(table, lookups);
    expect(rows[0].problems).toEqual([]);
    expect(rows[0].value?.nextAction).toHaveLength(LEAD_LIMITS.nextAction);
    for (const row of rows.slice(1)) {
      expect(row.value).toBeNull();
      expect(row.problems.map((p) => [p.column, p.key, p.params['max']])).toEqual([['下一步', 'import.tooLong', LEAD_LIMITS.nextAction]]);
    }
  });

  it('takes as owner only a user whose role may own leads on the lead\'s chain', async () => {
    const table = await leadTable([
      ['线索名称', '企业名称', '产业链', '负责人'],
      ['甲', '甲公司', '电子信息', 'viewer'],
      ['乙', '乙公司', '健康+', 'leader.ei'],
      ['丙', '丙公司', '电子信息', 'leader.ei'],
      ['丁', '丁公司', '电子信息', ''],
    ]);
    const rows = parseLeadRows(table, lookups);
    expect(rows.map((r) => r.problems.map((p) => [p.column, p.key, p.params['name']]))).toEqual([
      [['负责人', 'lead.ownerRole', '只读用户']],
      [['负责人', 'lead.ownerChain', '电子信息链长']],
      [],
      [],
    ]);
    expect(rows.map((r) => r.value?.ownerId ?? null)).toEqual([null, null, 'leader-ei', null]);
    const own = parseLeadRows(table, { ...lookups, self: viewer });
    expect(own[3].problems.map((p) => [p.column, p.key])).toEqual([['负责人', 'lead.ownerRole']]);
  });

  it('reads amounts, dates, yes/no and sources with the domain\'s rules, naming the cell\'s column', async () => {
    const table = await leadTable([
      ['线索名称', '企业名称', '产业链', '来源', '意向投资额（亿元）', '下一步截止日期', '保密'],
      ['甲', '甲公司', '电子信息', 'EXHIBITION', '1,200.5亿元', '2025年3月1日', '是'],
      ['乙', '乙公司', '电子信息', 'exhibition', '-1', '2025-13-01', '也许'],
      ['丙', '丙公司', '电子信息', '', '1.23456', '', ''],
    ]);
    const [good, bad, tooFine] = parseLeadRows(table, lookups);
    expect(good.problems).toEqual([]);
    expect(good.value).toMatchObject({ source: 'EXHIBITION', intendedInvestment: '1200.5', nextActionDue: '2025-03-01', confidential: true });
    expect(bad.problems.map((p) => [p.column, p.key])).toEqual([
      ['意向投资额（亿元）', 'import.negative'],
      ['下一步截止日期', 'import.badDate'],
      ['保密', 'import.badBoolean'],
    ]);
    expect(tooFine.problems.map((p) => [p.column, p.key])).toEqual([['意向投资额（亿元）', 'import.badDecimal']]);
  });
});

describe('reading company rows with the domain\'s rules', () => {
  it('accepts the yes/no words and alias lists the API accepts, and refuses the rest', async () => {
    const csv = [
      '企业名称,是否上市,是否本地企业,别名',
      `甲公司,已上市,区内,甲、甲方；甲公司`,
      `乙公司,有,无,${Array.from({ length: 21 }, (_, i) => `乙${i}`).join('、')}`,
      `丙公司,Ｙ,N,${'丙'.repeat(201)}`,
    ].join('\n');
    const rows = parseCompanyRows(await companyTable(Buffer.from(csv), 'c.csv'));
    expect(rows[0].problems).toEqual([]);
    expect(rows[0].value).toMatchObject({ isListed: true, isLocal: true, aliases: ['甲', '甲方'] });
    expect(rows[1].problems.map((p) => [p.column, p.key, p.params['max']])).toEqual([['别名', 'import.tooManyItems', 20]]);
    expect(rows[2].problems.map((p) => [p.column, p.key, p.params['max']])).toEqual([['别名', 'import.tooLong', 200]]);
  });
});
