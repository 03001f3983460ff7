import { Workbook } from 'exceljs';
import { ProjectStage } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { DEMO_PASSWORD } from '@chainboard/server-database';
import { ProjectsService } from '@chainboard/server-projects';
import { chainsByCode, nodesOf } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, fieldsFor, firstError, MOVE } from './projects-helpers';

const TODAY = '2025-06-30';
const ON = '2025-06-01';

const ENTRIES = `query($input: AuditEntriesInput) { auditEntries(input: $input) {
  total offset limit items { id at actorId actor { username } operation action entityType entityId recordType recordId chainId before after requestId address } } }`;

interface Entry {
  id: string;
  actor_id: string | null;
  operation: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  record_type: string;
  record_id: string;
  chain_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  address: string | null;
}

describe('the audit trail', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let viewer: string;
  let users: Record<string, string>;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let companyId: string;
  let serial = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get<SystemClock>(CLOCK).pin(`${TODAY}T10:00:00+08:00`);
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    viewer = await t.signIn('viewer');
    users = Object.fromEntries((await t.as(admin, '{ users { id username } }')).users.map((u: any) => [u.username, u.id]));
    chains = await chainsByCode(t, admin);
    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "审计测试投资集团有限公司" }) { id } }`)).createCompany.id;
  });
  afterAll(() => t.close());

  const chainId = () => chains['new-materials'].id;
  const lastId = async (): Promise<number> => Number((await t.db.query(`SELECT coalesce(max(id), 0) AS n FROM audit_entry`))[0].n);
  const entriesSince = (id: number): Promise<Entry[]> => t.db.query(`SELECT * FROM audit_entry WHERE id > $1 ORDER BY id`, [id]);

  async function newProject(): Promise<any> {
    serial++;
    return (await t.as(staff, CREATE, { input: { name: `审计项目${serial}`, chainId: chainId(), companyId } })).createProject;
  }

  it('writes an entry for every committed change, with who, which operation, which record, the chain and the changed fields', async () => {
    const nodes = await nodesOf(t, admin, chainId());
    const cases: Array<{ name: string; token: string; user: string; run: () => Promise<unknown>; expect: (e: Entry[]) => void }> = [
      {
        name: 'createCompany',
        token: staff,
        user: 'staff.01',
        run: () => t.as(staff, `mutation { createCompany(input: { name: "审计新建企业有限公司", city: "成都市" }) { id } }`),
        expect: (e) => expect(e).toContainEqual(expect.objectContaining({ action: 'insert', entity_type: 'company', after: expect.objectContaining({ name: '审计新建企业有限公司', city: '成都市' }) })),
      },
      {
        name: 'updateCompany',
        token: staff,
        user: 'staff.01',
        run: () => t.as(staff, `mutation($id: ID!) { updateCompany(input: { companyId: $id, city: "上海市" }) { id } }`, { id: companyId }),
        expect: (e) => {
          const update = e.find((x) => x.entity_type === 'company' && x.action === 'update')!;
          expect(update).toMatchObject({ entity_id: companyId, record_type: 'company', record_id: companyId, before: { city: null }, after: { city: '上海市' } });
          // Only the fields that changed: no update stamp, version or search tokens.
          expect(Object.keys(update.after!)).toEqual(['city']);
        },
      },
      {
        name: 'createLead',
        token: staff,
        user: 'staff.01',
        run: () =>
          t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
            input: { title: '审计测试线索', chainId: chainId(), companyId, nodeIds: [nodes[0].id] },
          }),
        expect: (e) => {
          const lead = e.find((x) => x.entity_type === 'lead' && x.action === 'insert')!;
          expect(lead).toMatchObject({ chain_id: chainId(), after: expect.objectContaining({ title: '审计测试线索' }) });
          // The lead's place on the map belongs to the lead's history, on its chain.
          expect(e).toContainEqual(expect.objectContaining({ entity_type: 'lead_chain_node', record_type: 'lead', record_id: lead.entity_id, chain_id: chainId() }));
        },
      },
      {
        name: 'createProject',
        token: staff,
        user: 'staff.01',
        run: () => newProject(),
        expect: (e) => expect(e).toContainEqual(expect.objectContaining({ action: 'insert', entity_type: 'project', chain_id: chainId() })),
      },
      {
        name: 'moveProjectStage',
        token: staff,
        user: 'staff.01',
        run: async () => {
          const p = await newProject();
          const before = await lastId();
          const res = await t.gql(MOVE, { input: { projectId: p.id, to: ProjectStage.SIGNED, expectedVersion: p.version, ...fieldsFor(ProjectStage.SIGNED, ON, serial) } }, { token: staff });
          expect(res.errors).toBeUndefined();
          return before;
        },
        expect: (e) => {
          const moved = e.filter((x) => x.operation === 'moveProjectStage');
          expect(moved).toContainEqual(expect.objectContaining({ entity_type: 'project', action: 'update', before: expect.objectContaining({ stage: 'NEGOTIATING' }), after: expect.objectContaining({ stage: 'SIGNED' }) }));
          const log = moved.find((x) => x.entity_type === 'project_stage_log')!;
          expect(log).toMatchObject({ action: 'insert', record_type: 'project', chain_id: chainId() });
        },
      },
      {
        name: 'createDepartment',
        token: admin,
        user: 'admin',
        run: () => t.as(admin, `mutation { createDepartment(input: { name: "审计测试科", shortName: "审计科" }) { id } }`),
        expect: (e) => expect(e).toContainEqual(expect.objectContaining({ action: 'insert', entity_type: 'department', after: expect.objectContaining({ name: '审计测试科' }) })),
      },
    ];
    for (const c of cases) {
      const before = await lastId();
      const ran = await c.run();
      const from = c.name === 'moveProjectStage' ? (ran as number) : before;
      const written = (await entriesSince(from)).filter((x) => x.operation === c.name);
      expect({ name: c.name, written: written.length > 0 }).toEqual({ name: c.name, written: true });
      // Every entry of the operation names its user, the request and the address it came from.
      for (const e of written) expect(e).toMatchObject({ actor_id: users[c.user], request_id: expect.any(String), address: expect.any(String) });
      c.expect(written);
    }
  });

  it('names the user of every change the API makes, the ones written outside a service transaction before included', async () => {
    const before = await lastId();
    await t.as(admin, `mutation { updateLeadTimeRules(input: { firstContactWorkingDays: 2, assessmentWorkingDays: 6, staleDays: 45 }) { staleDays } }`);
    await t.as(admin, `mutation { updateProjectHealthRules(input: { milestoneYellowAtDaysLate: 1, milestoneRedAtDaysLate: 30, noUpdateYellowAtDays: 30, noUpdateRedAtDays: 60 }) { noUpdateRedAtDays } }`);
    const listId = (await t.as(admin, `mutation { createCompanyList(input: { name: "审计测试名单", category: OTHER, level: MUNICIPAL }) { id } }`)).createCompanyList.id;
    const tagId = (await t.as(admin, `mutation($input: AddCompanyTagInput!) { addCompanyTag(input: $input) { id } }`, { input: { companyId, listId, year: 2024 } })).addCompanyTag.id;
    await t.as(admin, `mutation($id: ID!) { removeCompanyTag(tagId: $id) }`, { id: tagId });
    const written = await entriesSince(before);
    expect(written.map((e) => `${e.operation}:${e.entity_type}:${e.action}`)).toEqual(
      expect.arrayContaining([
        'updateLeadTimeRules:app_setting:insert',
        'updateProjectHealthRules:app_setting:insert',
        'addCompanyTag:company_tag:insert',
        'removeCompanyTag:company_tag:delete',
      ]),
    );
    expect(written.filter((e) => e.actor_id !== users['admin'])).toEqual([]);
    // Across everything this file has done through the API: only a sign-in (before anyone is signed in) has no user.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE operation IS NOT NULL AND actor_id IS NULL AND operation <> 'signIn'`);
    expect(n).toBe(0);
  });

  it('writes no entry for a change that fails: a stage move refused midway, an input refused', async () => {
    const p = await newProject();
    const service = t.app.get(ProjectsService);
    // The move has updated the project and written its stage log when the timeline fails: the transaction rolls back.
    const spy = jest.spyOn(service, 'recordEvent').mockRejectedValueOnce(new Error('timeline unavailable'));
    const before = await lastId();
    try {
      const res = await t.gql(MOVE, { input: { projectId: p.id, to: ProjectStage.DROPPED, expectedVersion: p.version, reason: '审计回滚' } }, { token: staff });
      expect(firstError(res).code).toBe('INTERNAL');
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    expect(await entriesSince(before)).toEqual([]);

    const refused = await t.gql(`mutation { createCompany(input: { name: "审计重复代码企业", creditCode: "123" }) { id } }`, {}, { token: staff });
    expect(firstError(refused).code).toBe('BAD_USER_INPUT');
    expect(await entriesSince(before)).toEqual([]);

    // The same move, committed this time, has its entries.
    const ok = await t.gql(MOVE, { input: { projectId: p.id, to: ProjectStage.DROPPED, expectedVersion: p.version, reason: '审计回滚' } }, { token: staff });
    expect(ok.errors).toBeUndefined();
    const written = await entriesSince(before);
    expect(written.map((e) => `${e.operation}:${e.entity_type}:${e.action}`)).toEqual(
      expect.arrayContaining(['moveProjectStage:project:update', 'moveProjectStage:project_stage_log:insert']),
    );
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(n).toBeGreaterThan(0);
    await expect(t.db.query(`UPDATE audit_entry SET operation = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(t.db.query(`DELETE FROM audit_entry WHERE id = (SELECT min(id) FROM audit_entry)`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(t.db.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n).toBe(n);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'forged'`))[0].n).toBe(0);
  });

  it('records sign-ins, refused ones with the username as typed, the address and why (no password), and every export with its filters', async () => {
    const since = await lastId();
    const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
    const signIn = (username: string, password: string) => t.gql(SIGN_IN, { input: { username, password } });
    expect((await signIn('no.such.user', 'secret-guess-1')).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await signIn('staff.02', 'wrong-password-2')).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const disabledName = 'leader.spare';
    await t.as(admin, 'mutation($id: ID!) { setUserActive(userId: $id, active: false) { id } }', { id: users[disabledName] });
    expect((await t.gql(SIGN_IN, { input: { username: disabledName, password: DEMO_PASSWORD } })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    // Ten failures lock an account; the eleventh attempt is refused without a password check, and recorded as locked.
    for (let i = 0; i < 10; i++) await signIn('locked.out', `guess-${i}`);
    expect((await signIn('locked.out', 'guess-last')).errors?.[0].extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    await t.signIn('staff.01');

    const entries = await entriesSince(since);
    const failed = entries.filter((e) => e.action === 'sign_in_failed');
    expect(failed).toContainEqual(expect.objectContaining({ actor_id: null, operation: 'signIn', after: { username: 'no.such.user', reason: 'unknown_user' } }));
    expect(failed).toContainEqual(expect.objectContaining({ entity_id: users['staff.02'], after: { username: 'staff.02', reason: 'wrong_password' } }));
    expect(failed).toContainEqual(expect.objectContaining({ entity_id: users[disabledName], after: { username: disabledName, reason: 'disabled' } }));
    expect(failed.filter((e) => e.after?.['username'] === 'locked.out').map((e) => e.after?.['reason'])).toEqual([...Array(10).fill('unknown_user'), 'locked']);
    for (const e of failed) {
      expect(e.address).toEqual(expect.any(String));
      expect(JSON.stringify(e)).not.toMatch(/guess|secret-guess|wrong-password/);
    }
    expect(entries).toContainEqual(expect.objectContaining({ action: 'sign_in', actor_id: users['staff.01'], entity_id: users['staff.01'], address: expect.any(String) }));

    const beforeExports = await lastId();
    await t.as(staff, 'mutation($input: ProjectListInput) { exportProjects(columns: ["name"], input: $input) { fileName } }', { input: { chainId: chainId() } });
    await t.as(staff, 'mutation { exportCompanies(columns: []) { fileName } }');
    await t.as(admin, 'mutation { rankingQuarterReport(year: 2025, quarter: 2) { fileName } }');
    const exports = (await entriesSince(beforeExports)).filter((e) => e.action === 'export');
    expect(exports).toEqual([
      expect.objectContaining({ actor_id: users['staff.01'], operation: 'exportProjects', entity_id: 'projects', after: { export: 'projects', filters: { columns: ['name'], input: expect.objectContaining({ chainId: chainId() }) } } }),
      expect.objectContaining({ actor_id: users['staff.01'], operation: 'exportCompanies', entity_id: 'companies' }),
      expect.objectContaining({ actor_id: users['admin'], entity_id: 'rankingQuarterReport', after: { export: 'rankingQuarterReport', filters: expect.objectContaining({ year: 2025, quarter: 2 }) } }),
    ]);
    // An appended entry is as immutable as the trigger's.
    await expect(t.db.query(`UPDATE audit_entry SET after = NULL WHERE id = $1`, [exports[0].id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(t.db.query(`DELETE FROM audit_entry WHERE id = $1`, [failed[0].id])).rejects.toThrow(/append-only: DELETE refused/);
  });

  it('is exported by admins only, with the filters of the search, as an .xlsx that is itself recorded', async () => {
    const EXPORT = `mutation($input: AuditEntriesInput) { exportAuditEntries(input: $input) { fileName contentBase64 rows total cap capped } }`;
    expect(firstError(await t.gql(EXPORT, {}, { token: staff })).code).toBe('FORBIDDEN');
    const input = { actorId: users['staff.01'], recordType: 'company' };
    const search = (await t.as(admin, ENTRIES, { input: { ...input, limit: 200 } })).auditEntries;
    expect(search.total).toBeGreaterThan(0);
    const since = await lastId();
    const file = (await t.as(admin, EXPORT, { input })).exportAuditEntries;
    expect(file).toMatchObject({ rows: search.total, total: search.total, cap: 50000, capped: false });
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['时间', '操作人', '操作', '变更', '所属记录', '记录ID', '变更前', '变更后', '来源地址']));
    expect(sheet.rowCount).toBe(1 + search.total);
    const recordIds = new Set(search.items.map((e: any) => e.recordId));
    for (let r = 2; r <= sheet.rowCount; r++) expect(recordIds.has(String(sheet.getRow(r).getCell(8).value))).toBe(true);
    expect(await entriesSince(since)).toEqual([
      expect.objectContaining({ action: 'export', actor_id: users['admin'], operation: 'exportAuditEntries', entity_id: 'auditTrail', after: { export: 'auditTrail', filters: { input: expect.objectContaining(input) } } }),
    ]);
  });

  it('is searched by admins only: by record, by user, by date range, in pages', async () => {
    const all = (await t.as(admin, ENTRIES, { input: { limit: 5 } })).auditEntries;
    expect(all.items).toHaveLength(5);
    expect(all.total).toBeGreaterThan(5);
    expect(Number(all.items[0].id)).toBeGreaterThan(Number(all.items[4].id));

    const ofCompany = (await t.as(admin, ENTRIES, { input: { recordType: 'company', recordId: companyId } })).auditEntries;
    // The company's own rows and its list tags, newest first.
    expect(ofCompany.items.map((e: any) => e.operation)).toEqual(['removeCompanyTag', 'addCompanyTag', 'updateCompany', 'createCompany']);
    expect(ofCompany.items.map((e: any) => e.actor.username)).toEqual(['admin', 'admin', 'staff.01', 'staff.01']);

    const byAdmin = (await t.as(admin, ENTRIES, { input: { actorId: users['admin'], limit: 200 } })).auditEntries;
    expect(byAdmin.items.length).toBeGreaterThan(0);
    expect(byAdmin.items.every((e: any) => e.actor.username === 'admin')).toBe(true);

    // Entries are stamped with the real time; the district's calendar day of now holds them, the day before none.
    const [{ day }] = await t.db.query(`SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day`);
    const [{ prev }] = await t.db.query(`SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai') - interval '1 day', 'YYYY-MM-DD') AS prev`);
    expect((await t.as(admin, ENTRIES, { input: { recordId: companyId, recordType: 'company', from: day, to: day } })).auditEntries.total).toBe(4);
    expect((await t.as(admin, ENTRIES, { input: { recordId: companyId, recordType: 'company', to: prev } })).auditEntries.total).toBe(0);

    for (const token of [staff, viewer]) expect(firstError(await t.gql(ENTRIES, {}, { token })).code).toBe('FORBIDDEN');
    expect(firstError(await t.gql(ENTRIES, { input: { limit: 500 } }, { token: admin })).code).toBe('BAD_USER_INPUT');
  });

  it("shows a project's, a company's and a lead's field history, their records' changes included, and none of a lead shown masked", async () => {
    const p = await newProject();
    await t.as(staff, `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, { input: { projectId: p.id, expectedVersion: p.version, carrier: '武侯智谷' } });
    await t.as(staff, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p.id, text: '审计进展' } });
    const history = (await t.as(viewer, `query($id: ID!) { project(id: $id) { history { operation entityType action before after actor { username } } } }`, { id: p.id })).project.history;
    const kinds = history.map((h: any) => `${h.operation}:${h.entityType}`);
    expect(kinds).toEqual(expect.arrayContaining(['addProjectUpdate:project_update', 'updateProject:project', 'createProject:project']));
    // Newest first.
    expect(kinds.indexOf('addProjectUpdate:project_update')).toBeLessThan(kinds.indexOf('updateProject:project'));
    expect(kinds[kinds.length - 1]).toBe('createProject:project');
    expect(history.find((h: any) => h.operation === 'updateProject')).toMatchObject({ before: { carrier: null }, after: { carrier: '武侯智谷' }, actor: { username: 'staff.01' } });

    // A company's history, and a lead's: none for a reader who sees the lead masked.
    const companyHistory = (await t.as(viewer, `query($id: ID!) { company(id: $id) { history { operation } } }`, { id: companyId })).company.history;
    expect(companyHistory.map((h: any) => h.operation)).toEqual(expect.arrayContaining(['createCompany', 'updateCompany']));
    const secret = (
      await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
        input: { title: '审计保密线索', chainId: chainId(), companyId, confidential: true, codeName: '审计代号' },
      })
    ).createLead.id;
    const LEAD_HISTORY = `query($id: ID!) { lead(id: $id) { masked history { operation } } }`;
    expect((await t.as(staff, LEAD_HISTORY, { id: secret })).lead).toEqual({ masked: false, history: [{ operation: 'createLead' }] });
    const outsider = await t.signIn('leader.electronic-information');
    expect((await t.as(outsider, LEAD_HISTORY, { id: secret })).lead).toEqual({ masked: true, history: [] });
  });
});
