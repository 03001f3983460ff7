import { INestApplication } from '@nestjs/common';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { createApp } from '../src/app/create-app';
import { chainsByCode, crmCounts, uscc } from './crm-helpers';
import { TestApp } from './harness';

const PREVIEW = `mutation($input: PreviewImportInput!) { previewImport(input: $input) {
  id totalRows goodRows badRows toCreate toUpdate unchanged headerRow mappingSaved needsMapping
  problems { row column message }
  columns { index letter heading field suggestedField origin samples }
  fields { field label required derived }
  values { field label column mayLeaveToImporter values { value rows suggested target targetLabel } options { target label } } } }`;
const CONFIRM = `mutation($id: ID!, $mode: ImportMode!) { confirmImport(id: $id, mode: $mode) { created updated unchanged skippedRows } }`;

interface Column {
  index: number;
  heading: string;
  field: string | null;
  suggestedField: string | null;
  origin: string;
}

const CODE_A = uscc('91510107MA6LDG001');
const CODE_B = uscc('91510107MA6LDG002');

/**
 * A lead ledger as a district office keeps it: a merged title row, the company and its credit code, the chain as
 * 所属产业链, the source, an amount in 万元 under a heading the importer does not know, 负责人 naming people
 * without an account, a visit date and a plan under unfamiliar headings, a phone column, and 备注.
 */
async function districtLedger(month: string, rows: string[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('线索台账');
  ws.addRow([`武侯区${month}招商线索台账（演示）`]);
  ws.mergeCells('A1:K1');
  ws.addRow(['序号', '企业名称', '统一社会信用代码', '所属产业链', '线索来源', '拟投资金额（万元）', '负责人', '最近走访', '下步计划', '联系电话', '备注']);
  rows.forEach((r, i) => ws.addRow([String(i + 1), ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const MARCH = [
  ['成都台账导入光电科技有限公司', CODE_A, '电子信息', '以商招商', '5000', '王小明', '2025/3/2', '再次拜访', '13800001111', '企业拟在武侯设立西南研发中心'],
  ['四川台账导入生物医药有限公司', CODE_B, '健康+', '展会', '12,000万元', '招商专员一', '2025年4月1日', '', '13800002222', '已对接两次，等待董事会决议'],
  ['成都台账导入新材料有限公司', '', '高端新材料', '领导交办', '800', '', '2025-05-06', '寄送政策汇编', '', ''],
  ['成都台账导入低空科技有限公司', '', '低空经济', '网络', '300', '王小明', '2025-05-07', '', '', '产业链不在本区'],
];

describe('importing the ledgers people keep', () => {
  let t: TestApp;
  let staff: string;
  let ids: { staff02: string };

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signIn('staff.01');
    const users = (await t.as(staff, '{ users { id username } }')).users as Array<{ id: string; username: string }>;
    ids = { staff02: users.find((u) => u.username === 'staff.02')!.id };
  });
  afterAll(() => t.close());

  describe('a district lead ledger', () => {
    let content: string;
    let columns: Column[];

    beforeAll(async () => {
      content = await districtLedger('2025年3月', MARCH);
    });

    it('is read under its title row with every column listed and a field suggested from headings and content', async () => {
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '线索台账.xlsx', contentBase64: content } })).previewImport;
      columns = preview.columns;
      expect(preview.headerRow).toBe(2);
      expect(preview.needsMapping).toBe(true);
      expect(preview.mappingSaved).toBe(false);
      expect(columns.map((c) => [c.heading, c.field, c.origin])).toEqual([
        ['序号', null, 'NONE'],
        ['企业名称', 'companyName', 'HEADING'],
        ['统一社会信用代码', 'creditCode', 'HEADING'],
        ['所属产业链', 'chain', 'HEADING'],
        ['线索来源', 'source', 'HEADING'],
        // Unknown heading: the amounts (some with a unit) suggest the investment; the heading's 万元 is read.
        ['拟投资金额（万元）', 'intendedInvestment', 'CONTENT'],
        ['负责人', 'owner', 'HEADING'],
        // Unknown heading, dates in three styles: the first free date field is suggested.
        ['最近走访', 'nextActionDue', 'CONTENT'],
        ['下步计划', null, 'NONE'],
        ['联系电话', null, 'NONE'],
        ['备注', 'note', 'HEADING'],
      ]);
      // The title is derived from the company, and the preview says so with an example.
      const title = preview.fields.find((f: { field: string }) => f.field === 'title');
      expect(title).toMatchObject({ label: '线索名称', required: true, derived: '由企业名称生成：“成都台账导入光电科技有限公司 投资意向”' });
      // The people column lists its values with their matches and row counts; 王小明 has no account.
      const owners = preview.values.find((g: { field: string }) => g.field === 'owner');
      expect(owners).toMatchObject({ column: '负责人', mayLeaveToImporter: true });
      expect(owners.values).toEqual([
        { value: '王小明', rows: 2, suggested: null, target: null, targetLabel: null },
        expect.objectContaining({ value: '招商专员一', rows: 1, targetLabel: '招商专员一（staff.01）' }),
      ]);
      const chains = preview.values.find((g: { field: string }) => g.field === 'chain');
      expect(chains.values.find((v: { value: string }) => v.value === '低空经济')).toMatchObject({ rows: 1, target: null });
      // Without a mapping the person without an account and the unknown chain are refused, by the file's headings.
      expect(preview.problems).toEqual([
        { row: 3, column: '负责人', message: '找不到人员“王小明”' },
        { row: 6, column: '所属产业链', message: '找不到产业链“低空经济”' },
        { row: 6, column: '负责人', message: '找不到人员“王小明”' },
      ]);
      expect(preview.problems.some((p: { message: string }) => /title|companyName|chain/.test(p.message))).toBe(false);
    });

    it('imports every good row after two columns and one person are mapped, the remarks as contacts, and again adds nothing', async () => {
      const mapping = {
        columns: columns.map((c) => ({
          index: c.index,
          field: c.heading === '最近走访' ? 'noteDate' : c.heading === '下步计划' ? 'nextAction' : c.field,
        })),
        values: [{ field: 'owner', value: '王小明', target: ids.staff02 }],
      };
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '线索台账.xlsx', contentBase64: content, mapping } })).previewImport;
      expect(preview).toMatchObject({ totalRows: 4, goodRows: 3, badRows: 1, toCreate: 3, needsMapping: false });
      expect(preview.problems).toEqual([{ row: 6, column: '所属产业链', message: '找不到产业链“低空经济”' }]);
      // The unknown columns are still listed, not imported.
      expect(preview.columns.filter((c: Column) => c.field === null).map((c: Column) => c.heading)).toEqual(['序号', '联系电话']);

      const done = (await t.as(staff, CONFIRM, { id: preview.id, mode: 'GOOD_ROWS_ONLY' })).confirmImport;
      expect(done).toMatchObject({ created: 3, skippedRows: 1 });
      const leads = await t.db.query(
        `SELECT l.title, l.source, l.intended_investment, l.next_action, u.username AS owner
           FROM lead l JOIN company c ON c.id = l.company_id JOIN app_user u ON u.id = l.owner_id
          WHERE c.name LIKE '%台账导入%' ORDER BY c.name`,
      );
      expect(leads).toEqual([
        { title: '四川台账导入生物医药有限公司 投资意向', source: 'EXHIBITION', intended_investment: '1.2000', next_action: null, owner: 'staff.01' },
        { title: '成都台账导入光电科技有限公司 投资意向', source: 'BUSINESS_REFERRAL', intended_investment: '0.5000', next_action: '再次拜访', owner: 'staff.02' },
        { title: '成都台账导入新材料有限公司 投资意向', source: 'LEADER_ASSIGNED', intended_investment: '0.0800', next_action: '寄送政策汇编', owner: 'staff.01' },
      ]);
      const notes = await t.db.query(
        `SELECT c.name, i.summary, i.occurred_on, i.type FROM interaction i JOIN company c ON c.id = i.company_id
          WHERE c.name LIKE '%台账导入%' ORDER BY c.name`,
      );
      expect(notes).toEqual([
        { name: '四川台账导入生物医药有限公司', summary: '已对接两次，等待董事会决议', occurred_on: '2025-04-01', type: 'NOTE' },
        { name: '成都台账导入光电科技有限公司', summary: '企业拟在武侯设立西南研发中心', occurred_on: '2025-03-02', type: 'NOTE' },
      ]);

      // The same file again: nothing new, not even a second contact.
      const before = await crmCounts(t);
      const interactions = (await t.db.query(`SELECT count(*)::int AS n FROM interaction`))[0].n;
      const again = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '线索台账.xlsx', contentBase64: content } })).previewImport;
      expect(again).toMatchObject({ toCreate: 0, goodRows: 3 });
      await t.as(staff, CONFIRM, { id: again.id, mode: 'GOOD_ROWS_ONLY' });
      expect(await crmCounts(t)).toEqual(before);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM interaction`))[0].n).toBe(interactions);
    });

    it('maps next month’s ledger with the same headings by itself, columns and people', async () => {
      const april = await districtLedger('2025年4月', [['成都台账导入四月科技有限公司', '', '电子信息', '展会', '2000', '王小明', '2025-04-20', '约见董事长', '', '四月新增']]);
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '线索台账-4月.xlsx', contentBase64: april } })).previewImport;
      expect(preview).toMatchObject({ mappingSaved: true, needsMapping: false, goodRows: 1, badRows: 0 });
      expect(preview.columns.find((c: Column) => c.heading === '最近走访')).toMatchObject({ field: 'noteDate', origin: 'SAVED' });
      expect(preview.values.find((g: { field: string }) => g.field === 'owner').values).toEqual([{ value: '王小明', rows: 1, suggested: null, target: ids.staff02, targetLabel: expect.stringContaining('staff.02') }]);
      // Another user has no saved mapping for it.
      const other = (await t.as(await t.signIn('staff.02'), PREVIEW, { input: { kind: 'LEADS', fileName: 'x.xlsx', contentBase64: april } })).previewImport;
      expect(other).toMatchObject({ mappingSaved: false, needsMapping: true });
    });

    it('leaves a person to the importer, or refuses the rows of a value, when asked', async () => {
      const ledger = await districtLedger('2025年5月', [
        ['成都台账导入五月一号有限公司', '', '电子信息', '展会', '100', '赵六', '', '', '', ''],
        ['成都台账导入五月二号有限公司', '', '电子信息', '展会', '100', '钱七', '', '', '', ''],
      ]);
      const first = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '5.xlsx', contentBase64: ledger } })).previewImport;
      const mapping = {
        columns: first.columns.map((c: Column) => ({ index: c.index, field: c.field })),
        values: [
          { field: 'owner', value: '赵六', target: '@importer' },
          { field: 'owner', value: '钱七', target: '@refuse' },
        ],
      };
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '5.xlsx', contentBase64: ledger, mapping } })).previewImport;
      expect(preview).toMatchObject({ goodRows: 1, badRows: 1 });
      expect(preview.problems).toEqual([{ row: 4, column: '负责人', message: '负责人“钱七”已选择不导入' }]);
      const en = await t.gql(PREVIEW, { input: { kind: 'LEADS', fileName: '5.xlsx', contentBase64: ledger, mapping: { ...mapping, columns: mapping.columns.map((c: { index: number; field: string | null }) => (c.field === 'chain' ? { ...c, field: null } : c)) } } }, { token: staff, lang: 'en' });
      // No chain column: named by the field's English label, never by its code.
      expect(en.data.previewImport.problems[0]).toEqual({ row: 3, column: 'Chain', message: 'Chain is missing' });
    });

    it('refuses a mapping that gives one field two columns, naming both by their headings', async () => {
      const first = (await t.as(staff, PREVIEW, { input: { kind: 'LEADS', fileName: '5.xlsx', contentBase64: content } })).previewImport;
      const columnsTwice = first.columns.map((c: Column) => ({ index: c.index, field: c.heading === '下步计划' ? 'companyName' : c.field }));
      const res = await t.gql(PREVIEW, { input: { kind: 'LEADS', fileName: '5.xlsx', contentBase64: content, mapping: { columns: columnsTwice } } }, { token: staff });
      expect(res.errors?.[0].message).toBe('“企业名称”和“下步计划”两列对应了同一字段“企业名称”');
    });
  });

  it('cancels an import while it writes, leaving nothing of it written', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('企业');
    ws.addRow(['企业名称', '城市']);
    for (let i = 0; i < 4000; i++) ws.addRow([`成都取消导入测试${i}号有限公司`, '成都']);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const preview = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: '取消.xlsx', contentBase64: content } })).previewImport;
    expect(preview).toMatchObject({ goodRows: 4000, toCreate: 4000 });
    const before = await crmCounts(t);

    const writing = t.gql(CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' }, { token: staff });
    // Once the first batch is written (the progress answers from memory while the transaction holds the database), stop it.
    let progress = { processed: 0, done: false };
    while (progress.processed === 0 && !progress.done) progress = (await t.as(staff, `query($id: ID!) { importProgress(id: $id) { processed done } }`, { id: preview.id })).importProgress;
    expect(progress.done).toBe(false);
    const cancel = (await t.as(staff, `mutation($id: ID!) { cancelImport(id: $id) { processed total done } }`, { id: preview.id })).cancelImport;
    expect(cancel.done).toBe(false);
    const refused = await writing;
    expect(refused.errors?.[0].message).toBe('导入已取消，未写入任何数据');
    expect(await crmCounts(t)).toEqual(before);
    expect((await t.as(staff, `query($id: ID!) { importProgress(id: $id) { processed done cancelled } }`, { id: preview.id })).importProgress).toEqual({ processed: 0, done: false, cancelled: true });
    // Another user cannot cancel it.
    expect((await t.gql(`mutation($id: ID!) { cancelImport(id: $id) { done } }`, { id: preview.id }, { token: await t.signIn('staff.02') })).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  describe('behind two API processes on one database', () => {
    let second: INestApplication;
    beforeAll(async () => {
      // A second API on the same database, as a second process behind a load balancer: its own memory, nothing shared.
      second = await createApp({ database: { url: t.database.url, embedded: false }, jwtSecret: 'test-only-secret', seed: false, seedDemo: false, signInLimit: 1000, logLevel: 'silent' });
      await second.init();
    });
    afterAll(() => second.close());

    const viaSecond = async (query: string, variables: Record<string, unknown>) =>
      (await request(second.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${staff}`).send({ query, variables })).body;

    it('confirms through one process a preview made through the other, once', async () => {
      const wb = new Workbook();
      const ws = wb.addWorksheet('企业');
      ws.addRow(['企业名称', '城市']);
      ws.addRow(['成都两进程导入测试有限公司', '成都']);
      const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
      const preview = (await t.as(staff, PREVIEW, { input: { kind: 'COMPANIES', fileName: '两进程.xlsx', contentBase64: content } })).previewImport;

      const done = await viaSecond(CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' });
      expect(done.data.confirmImport).toMatchObject({ created: 1 });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM company WHERE name = '成都两进程导入测试有限公司'`))[0].n).toBe(1);
      // The first process knows it is done, and refuses to write it again.
      expect((await t.as(staff, `query($id: ID!) { importProgress(id: $id) { processed total done } }`, { id: preview.id })).importProgress).toEqual({ processed: 1, total: 1, done: true });
      const again = await t.gql(CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' }, { token: staff });
      expect(again.errors?.[0].message).toBe('该导入已经确认过');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM company WHERE name = '成都两进程导入测试有限公司'`))[0].n).toBe(1);
    });
  });

  describe('a project ledger', () => {
    it('creates the projects at their stages with stage-log rows dated from the file, marked as imported', async () => {
      const admin = await t.signIn('admin');
      const chains = await chainsByCode(t, admin);
      const wb = new Workbook();
      const ws = wb.addWorksheet('项目台账');
      ws.addRow(['2025年重点项目推进台账']);
      ws.mergeCells('A1:L1');
      ws.addRow(['项目名称', '企业名称', '所属产业链', '项目阶段', '签约日期', '开工日期', '协议投资额（亿元）', '责任领导', '责任单位', '落地载体', '到位资金（万元）', '进展情况']);
      ws.addRow(['台账光电产业园', '成都台账项目光电有限公司', '电子信息', '已开工', '2024/3/1', '2024年9月10日', '12.5', '电子信息链长', '武侯区经济科技和信息化局', '武侯电商产业功能区', '3000', '主体结构施工中']);
      ws.addRow(['台账医美中心', '成都台账项目医美有限公司', '健康+', '洽谈', '', '', '', '', '', '', '', '']);
      ws.addRow(['台账停摆项目', '成都台账项目停摆有限公司', '电子信息', '搁置', '2024-05-01', '', '1', '', '', '', '', '']);
      const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

      const first = (await t.as(admin, PREVIEW, { input: { kind: 'PROJECTS', fileName: '项目台账.xlsx', contentBase64: content } })).previewImport;
      expect(first.headerRow).toBe(2);
      expect(first.columns.every((c: Column) => c.field !== null)).toBe(true);
      const stages = first.values.find((g: { field: string }) => g.field === 'stage');
      expect(stages.values.map((v: { value: string; target: string | null }) => [v.value, v.target])).toEqual([
        ['已开工', 'CONSTRUCTION_STARTED'],
        ['洽谈', 'NEGOTIATING'],
        ['搁置', null],
      ]);
      expect(first.problems).toEqual([{ row: 5, column: '项目阶段', message: '找不到项目阶段“搁置”' }]);

      // The unknown stage word is mapped to 暂缓 (on hold).
      const mapping = { columns: first.columns.map((c: Column) => ({ index: c.index, field: c.field })), values: [{ field: 'stage', value: '搁置', target: 'ON_HOLD' }] };
      const preview = (await t.as(admin, PREVIEW, { input: { kind: 'PROJECTS', fileName: '项目台账.xlsx', contentBase64: content, mapping } })).previewImport;
      expect(preview).toMatchObject({ goodRows: 3, badRows: 0, toCreate: 3 });
      expect((await t.as(admin, CONFIRM, { id: preview.id, mode: 'ALL_OR_NOTHING' })).confirmImport).toMatchObject({ created: 3 });

      const projects = await t.db.query(
        `SELECT p.name, p.stage, p.stage_on, p.signed_on, p.started_on, p.agreed_investment, p.carrier, p.chain_id, d.name AS unit, u.username AS leader
           FROM project p LEFT JOIN department d ON d.id = p.responsible_unit_id LEFT JOIN app_user u ON u.id = p.responsible_leader_id
          WHERE p.name LIKE '台账%' ORDER BY p.name`,
      );
      expect(projects).toEqual([
        {
          name: '台账停摆项目',
          stage: 'ON_HOLD',
          stage_on: expect.any(String),
          signed_on: '2024-05-01',
          started_on: null,
          agreed_investment: '1.0000',
          carrier: null,
          chain_id: chains['electronic-information'].id,
          unit: null,
          leader: null,
        },
        {
          name: '台账光电产业园',
          stage: 'CONSTRUCTION_STARTED',
          stage_on: '2024-09-10',
          signed_on: '2024-03-01',
          started_on: '2024-09-10',
          agreed_investment: '12.5000',
          carrier: '武侯电商产业功能区',
          chain_id: chains['electronic-information'].id,
          unit: '武侯区经济科技和信息化局',
          leader: 'leader.electronic-information',
        },
        { name: '台账医美中心', stage: 'NEGOTIATING', stage_on: expect.any(String), signed_on: null, started_on: null, agreed_investment: null, carrier: null, chain_id: chains['health-plus'].id, unit: null, leader: null },
      ]);
      const logs = await t.db.query(
        `SELECT p.name, l.from_stage, l.to_stage, l.effective_on, l.source FROM project_stage_log l JOIN project p ON p.id = l.project_id
          WHERE p.name LIKE '台账%' ORDER BY p.name, l.id`,
      );
      expect(logs).toEqual([
        { name: '台账停摆项目', from_stage: 'NEGOTIATING', to_stage: 'SIGNED', effective_on: '2024-05-01', source: 'IMPORT' },
        { name: '台账停摆项目', from_stage: 'SIGNED', to_stage: 'ON_HOLD', effective_on: expect.any(String), source: 'IMPORT' },
        { name: '台账光电产业园', from_stage: 'NEGOTIATING', to_stage: 'SIGNED', effective_on: '2024-03-01', source: 'IMPORT' },
        { name: '台账光电产业园', from_stage: 'SIGNED', to_stage: 'CONSTRUCTION_STARTED', effective_on: '2024-09-10', source: 'IMPORT' },
      ]);
      const [funds] = await t.db.query(`SELECT f.amount FROM project_funds f JOIN project p ON p.id = f.project_id WHERE p.name = '台账光电产业园'`);
      expect(funds).toEqual({ amount: '0.3000' });
      const [update] = await t.db.query(`SELECT x.text FROM project_update x JOIN project p ON p.id = x.project_id WHERE p.name = '台账光电产业园'`);
      expect(update).toEqual({ text: '主体结构施工中' });

      // The same ledger again adds nothing.
      const again = (await t.as(admin, PREVIEW, { input: { kind: 'PROJECTS', fileName: '项目台账.xlsx', contentBase64: content } })).previewImport;
      expect(again).toMatchObject({ mappingSaved: true, goodRows: 3, toCreate: 0, unchanged: 3 });
    });
  });
});
