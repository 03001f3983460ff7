import { Workbook } from 'exceljs';
import { MAX_IMPORT_BASE64 } from '@chainboard/server-spreadsheets';
import { GOOD_CODE_A, messyCompanyWorkbook } from '@chainboard/server-spreadsheets/testing';
import { CLOCK, SystemClock } from '@chainboard/server-leads';
import { chainsByCode, crmCounts, crmSnapshot, nodesOf, refusal, uscc } from './crm-helpers';
import { TestApp } from './harness';

const PREVIEW = `mutation($input: PreviewImportInput!) { previewImport(input: $input) {
  id kind fileName totalRows goodRows badRows toCreate toUpdate unchanged problems { row column message } } }`;
const CONFIRM = `mutation($id: ID!, $mode: ImportMode!) { confirmImport(id: $id, mode: $mode) { id created updated unchanged skippedRows } }`;
const PROGRESS = `query($id: ID!) { importProgress(id: $id) { processed total done } }`;

async function workbook(rows: unknown[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('数据');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function readBack(base64: string): Promise<unknown[][]> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
}

describe('spreadsheet import and export', () => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signIn('staff.01');
  });
  afterAll(() => t.close());

  describe('a messy company workbook', () => {
    let content: string;
    beforeAll(async () => {
      content = (await messyCompanyWorkbook()).toString('base64');
    });

    it('is previewed with every bad row named by row, column and why, and nothing written', async () => {
      const before = await crmSnapshot(t);
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: '目标企业.xlsx', contentBase64: content } })).previewImport;
      // Its good row is 成都华日通讯技术股份有限公司, the registered name the seeded chain map holds: an update, not a new company.
      expect(preview).toMatchObject({ totalRows: 4, goodRows: 1, badRows: 3, toCreate: 0, toUpdate: 1, unchanged: 0 });
      expect(preview.problems).toEqual([
        { row: 5, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' },
        { row: 6, column: '企业名称', message: '与第3行重复' },
        { row: 7, column: '是否上市', message: '是否上市应填“是”或“否”' },
      ]);
      expect(await crmSnapshot(t)).toBe(before);

      const en = await t.gql(PREVIEW, { input: { kind: 'COMPANIES', fileName: 'x.xlsx', contentBase64: content } }, { token: staff, lang: 'en' });
      expect(en.data.previewImport.problems[0].message).toBe('The check character of the unified social credit code is wrong');
    });

    it('imports nothing when any row is bad, unless the user asks for the good rows alone', async () => {
      const { id } = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: '目标企业.xlsx', contentBase64: content } })).previewImport;
      const before = await crmSnapshot(t);
      const refused = await t.gql(CONFIRM, { id, mode: 'ALL_OR_NOTHING' }, { token: staff });
      expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', message: '有3行存在错误，未导入任何数据。请修正后重新上传，或选择只导入无误的行' });
      expect(await crmSnapshot(t)).toBe(before);

      const other = await t.gql(CONFIRM, { id, mode: 'GOOD_ROWS_ONLY' }, { token: await t.signIn('staff.02') });
      expect(refusal(other).code).toBe('FORBIDDEN');

      const done = (await t.as(staff, CONFIRM, { id, mode: 'GOOD_ROWS_ONLY' })).confirmImport;
      expect(done).toMatchObject({ created: 0, updated: 1, unchanged: 0, skippedRows: 3 });
      expect((await t.as(staff, PROGRESS, { id })).importProgress).toEqual({ processed: 1, total: 1, done: true });
      const [row] = await t.db.query(`SELECT name, credit_code, is_listed, aliases FROM company WHERE credit_code = $1`, [GOOD_CODE_A]);
      expect(row).toEqual({ name: '成都华日通讯技术股份有限公司', credit_code: GOOD_CODE_A, is_listed: true, aliases: ['华日通讯', '华日通信'] });
      expect(refusal(await t.gql(CONFIRM, { id, mode: 'GOOD_ROWS_ONLY' }, { token: staff })).message).toBe('该导入已经确认过');
    });

    it('creates nothing new when the same file is imported again', async () => {
      const before = await crmCounts(t);
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: '目标企业.xlsx', contentBase64: content } })).previewImport;
      expect(preview).toMatchObject({ goodRows: 1, toCreate: 0, unchanged: 1 });
      const again = (await t.as(staff, CONFIRM, { id: preview.id, mode: 'GOOD_ROWS_ONLY' })).confirmImport;
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
      expect(await crmCounts(t)).toEqual(before);
    });
  });

  it('answers how far an import has got without reading the database, to its own user only', async () => {
    const content = await workbook([['企业名称', '是否上市'], ['成都进度测试科技有限公司', '否']]);
    const { id } = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: '进度.xlsx', contentBase64: content } })).previewImport;
    await t.as(staff, CONFIRM, { id, mode: 'ALL_OR_NOTHING' });
    const other = await t.signIn('staff.02');

    // While another transaction holds the users table (as an import holds the embedded database's only
    // connection), a request that looks its user up waits; the progress poll must not.
    const busy = t.db.createQueryRunner();
    await busy.connect();
    await busy.startTransaction();
    try {
      await busy.query('LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE');
      expect((await t.as(staff, PROGRESS, { id })).importProgress).toEqual({ processed: 1, total: 1, done: true });
      expect(refusal(await t.gql(PROGRESS, { id }, { token: other })).code).toBe('FORBIDDEN');
      expect(refusal(await t.gql(PROGRESS, { id }, { token: `${staff}x` })).code).toBe('UNAUTHENTICATED');
      expect(refusal(await t.gql(PROGRESS, { id })).code).toBe('UNAUTHENTICATED');
    } finally {
      await busy.rollbackTransaction();
      await busy.release();
    }
  });

  it('refuses files it cannot read or without known headers, in the user’s language', async () => {
    const notExcel = await t.gql(PREVIEW, { input: { kind: 'COMPANIES', fileName: 'a.xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') } }, { token: staff });
    expect(refusal(notExcel)).toEqual({ code: 'BAD_USER_INPUT', message: '无法读取该文件，请上传 .xlsx 或 .csv 文件' });
    const noHeader = await t.gql(PREVIEW, { input: { kind: 'COMPANIES', fileName: 'a.xlsx', contentBase64: await workbook([['甲', '乙'], ['1', '2']]) } }, { token: staff, lang: 'en' });
    expect(refusal(noHeader).message).toMatch(/^No header row found/);
    const huge = await t.gql(PREVIEW, { input: { kind: 'COMPANIES', fileName: 'a.xlsx', contentBase64: 'A'.repeat(MAX_IMPORT_BASE64 + 1) } }, { token: staff });
    expect(refusal(huge)).toEqual({ code: 'BAD_USER_INPUT', message: '文件过大：最大 20 MB' });
    const viewer = await t.gql(PREVIEW, { input: { kind: 'COMPANIES', fileName: 'a.xlsx', contentBase64: await workbook([['企业名称']]) } }, { token: await t.signIn('viewer') });
    expect(refusal(viewer).code).toBe('FORBIDDEN');
  });

  it('imports leads with their new companies all or nothing, and again changes nothing', async () => {
    const code = uscc('91510107MA6ABCD12');
    const content = await workbook([
      ['线索名称', '企业名称', '统一社会信用代码', '产业链', '负责人', '来源', '意向投资额（亿元）', '下一步截止日期'],
      ['西南研发总部', '成都示例导入科技有限公司', code, '电子信息', '招商专员一', '以商招商', '12.5', '2025-12-01'],
      ['二期扩产', '成都示例导入科技有限公司', code, '电子信息', '', '展会', '', ''],
      ['医美新品线', '四川示例导入医疗有限公司', '', '健康+', 'staff.02', '', '3', ''],
    ]);
    const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '线索.xlsx', contentBase64: content } })).previewImport;
    expect(preview).toMatchObject({ totalRows: 3, goodRows: 3, badRows: 0, toCreate: 3 });
    const done = (await t.as(staff, CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' })).confirmImport;
    expect(done).toMatchObject({ created: 3, skippedRows: 0 });
    const leads = await t.db.query(
      `SELECT l.title, l.source, l.intended_investment, l.next_action_due, c.name AS company, u.username AS owner
         FROM lead l JOIN company c ON c.id = l.company_id LEFT JOIN app_user u ON u.id = l.owner_id
        WHERE c.name LIKE '%示例导入%' ORDER BY l.title`,
    );
    expect(leads).toEqual([
      { title: '二期扩产', source: 'EXHIBITION', intended_investment: null, next_action_due: null, company: '成都示例导入科技有限公司', owner: 'staff.01' },
      { title: '医美新品线', source: 'OTHER', intended_investment: '3.0000', next_action_due: null, company: '四川示例导入医疗有限公司', owner: 'staff.02' },
      { title: '西南研发总部', source: 'BUSINESS_REFERRAL', intended_investment: '12.5000', next_action_due: '2025-12-01', company: '成都示例导入科技有限公司', owner: 'staff.01' },
    ]);

    const before = await crmCounts(t);
    const again = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '线索.xlsx', contentBase64: content } })).previewImport;
    expect(again).toMatchObject({ toCreate: 0 });
    await t.as(staff, CONFIRM, { id: again.id, mode: 'ALL_OR_NOTHING' });
    expect(await crmCounts(t)).toEqual(before);
  });

  it('exports the filtered company table with the chosen columns, as a real workbook', async () => {
    const res = (await t.as(staff, `mutation($input: CompanyListInput, $columns: [String!]!) { exportCompanies(input: $input, columns: $columns) { fileName contentBase64 } }`, {
      input: { query: '示例导入' },
      columns: ['name', 'creditCode', 'isListed'],
    })).exportCompanies;
    expect(res.fileName).toMatch(/^企业-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readBack(res.contentBase64);
    expect(rows[0]).toEqual(['企业名称', '统一社会信用代码', '是否上市']);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(['四川示例导入医疗有限公司', '成都示例导入科技有限公司']);
    expect(rows.find((r) => r[0] === '成都示例导入科技有限公司')?.[1]).toBe(uscc('91510107MA6ABCD12'));

    const unknown = await t.gql(`mutation { exportCompanies(columns: ["secret"]) { fileName } }`, {}, { token: staff });
    expect(refusal(unknown)).toEqual({ code: 'BAD_USER_INPUT', message: '未知的列“secret”' });
  });

  it('exports leads masked as the reader sees them, and the export imports back', async () => {
    await t.db.query(`UPDATE lead SET confidential = true, code_name = '代号乙' WHERE title = '医美新品线'`);
    const EXPORT = `mutation($input: LeadListInput, $columns: [String!]!) { exportLeads(input: $input, columns: $columns) { contentBase64 } }`;
    const asStaff1 = await readBack((await t.as(staff, EXPORT, { input: { query: '示例导入' }, columns: [] })).exportLeads.contentBase64);
    expect(asStaff1[0]).toEqual(['线索名称', '企业名称', '统一社会信用代码', '产业链', '状态', '来源', '负责人', '意向投资额（亿元）', '下一步', '下一步截止日期', '保密', '登记日期', '最近联系日期']);
    const masked = asStaff1.find((r) => r[0] === '代号乙');
    expect(masked?.[1]).toBeUndefined(); // no company for a reader without access
    expect(masked?.[7]).toBeUndefined(); // nor its investment
    const owner = await readBack((await t.as(await t.signIn('staff.02'), EXPORT, { input: { query: '医美' }, columns: ['title', 'company', 'intendedInvestment'] })).exportLeads.contentBase64);
    expect(owner).toEqual([
      ['线索名称', '企业名称', '意向投资额（亿元）'],
      ['医美新品线', '四川示例导入医疗有限公司', '3'],
    ]);

    // What one exports (unmasked rows) reads back in as the same leads: nothing new.
    const before = await crmCounts(t);
    const all = (await t.as(staff, EXPORT, { input: { query: '示例导入科技' }, columns: [] })).exportLeads.contentBase64;
    const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: 'export.xlsx', contentBase64: all } })).previewImport;
    expect(preview).toMatchObject({ badRows: 0, toCreate: 0 });
    expect(await crmCounts(t)).toEqual(before);
  });
  it('exports the filtered prospect list with the chosen columns, dated in the district calendar', async () => {
    const admin = await t.signIn('admin');
    const chains = await chainsByCode(t, admin);
    const [ceramics, other] = (await nodesOf(t, admin, chains['new-materials'].id)).filter((n) => n.depth > 0);
    const add = `mutation($input: AddProspectInput!) { addProspect(input: $input) { id } }`;
    await t.as(staff, add, { input: { nodeId: ceramics.id, company: { name: '导出测试陶瓷株式会社' }, priority: 'HIGH', reason: '行业隐形冠军' } });
    await t.as(staff, add, { input: { nodeId: other.id, company: { name: '导出测试材料有限公司' }, priority: 'LOW' } });
    await t.as(staff, add, { input: { nodeId: (await nodesOf(t, admin, chains['health-plus'].id))[1].id, company: { name: '导出测试医疗有限公司' } } });

    // 01:00 on 27 November in Chengdu is still the 26th in UTC: the file is dated by the district's calendar.
    const clock = t.app.get<SystemClock>(CLOCK);
    clock.pin('2026-11-26T17:00:00Z');
    try {
      const res = (await t.as(staff, `mutation($input: ProspectListInput, $columns: [String!]!) { exportProspects(input: $input, columns: $columns) { fileName contentBase64 } }`, {
        input: { chainId: chains['new-materials'].id },
        columns: ['company', 'node', 'priority', 'reason', 'converted'],
      })).exportProspects;
      expect(res.fileName).toBe('目标企业-2026-11-27.xlsx');
      const rows = await readBack(res.contentBase64);
      expect(rows[0]).toEqual(['企业名称', '图谱节点', '优先级', '招引理由', '已转线索']);
      // High priority first, as on screen; the other chain's prospect is filtered out.
      expect(rows.slice(1)).toEqual([
        ['导出测试陶瓷株式会社', ceramics.name, '高', '行业隐形冠军', '否'],
        ['导出测试材料有限公司', other.name, '低', '', '否'],
      ]);
    } finally {
      clock.pin(null);
    }

    const en = await t.gql(`mutation { exportProspects(columns: ["chain", "nope"]) { fileName } }`, {}, { token: staff, lang: 'en' });
    expect(refusal(en)).toEqual({ code: 'BAD_USER_INPUT', message: 'Unknown column "nope"' });
  });
});
