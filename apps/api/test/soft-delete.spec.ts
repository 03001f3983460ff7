import { ProjectStage } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { chainsByCode, nodesOf, uscc } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, fieldsFor, firstError, MOVE } from './projects-helpers';

const TODAY = '2025-06-30';
const ON = '2025-06-01';

const NODE_COUNTS = `query($id: ID!) { chainMap(chainId: $id) { nodes { id localCompanies activeLeads activeProjects } } }`;
const COUNTERS = `query($asOf: LocalDate!, $chainId: ID) { projectCounters(asOf: $asOf, chainId: $chainId, includeDemo: false) { signed signedAmount } }`;
const SEARCH = `query($q: String!) { search(input: { query: $q, limit: 50 }) { groups { kind hits { id } } } }`;
const BIN = `{ deletedCompanies { total items { id name deletedAt deletedById } }
  deletedLeads { total items { id title deletedAt } }
  deletedProjects { total items { id name deletedAt } } }`;

describe('soft delete and restore', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let leader: string;
  let otherLeader: string;
  let users: Record<string, string>;
  let chainId: string;
  let nodeId: string;
  let companyId: string;
  let leadId: string;
  let projectId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get<SystemClock>(CLOCK).pin(`${TODAY}T10:00:00+08:00`);
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    leader = await t.signIn('leader.new-materials');
    otherLeader = await t.signIn('leader.electronic-information');
    users = Object.fromEntries((await t.as(admin, '{ users { id username } }')).users.map((u: any) => [u.username, u.id]));
    chainId = (await chainsByCode(t, admin))['new-materials'].id;
    nodeId = (await nodesOf(t, admin, chainId))[0].id;

    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "回收站测试材料有限公司" }) { id } }`)).createCompany.id;
    await t.as(staff, `mutation($input: SetCompanyNodeInput!) { setCompanyNode(input: $input) { id } }`, { input: { companyId, nodeId, role: 'LOCAL' } });
    leadId = (
      await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
        input: { title: '回收站测试线索', chainId, companyId, nodeIds: [nodeId] },
      })
    ).createLead.id;
    const project = (await t.as(staff, CREATE, { input: { name: '回收站测试项目', chainId, companyId, nodeIds: [nodeId] } })).createProject;
    const moved = await t.gql(MOVE, { input: { projectId: project.id, to: ProjectStage.SIGNED, expectedVersion: project.version, ...fieldsFor(ProjectStage.SIGNED, ON, 7) } }, { token: staff });
    expect(moved.errors).toBeUndefined();
    projectId = project.id;
  });
  afterAll(() => t.close());

  const node = async () => (await t.as(admin, NODE_COUNTS, { id: chainId })).chainMap.nodes.find((n: any) => n.id === nodeId);
  const counters = async () => (await t.as(admin, COUNTERS, { asOf: TODAY, chainId })).projectCounters;
  const found = async (q: string, kind: string) =>
    ((await t.as(admin, SEARCH, { q })).search.groups.find((g: any) => g.kind === kind)?.hits ?? []).map((h: any) => h.id);
  const companyIds = async () => (await t.as(admin, `{ companies(input: { query: "回收站测试", limit: 200 }) { items { id } } }`)).companies.items.map((c: any) => c.id);
  const leadIds = async () => (await t.as(admin, `{ leads(input: { limit: 200 }) { items { id } } }`)).leads.items.map((l: any) => l.id);
  const projectIds = async () => (await t.as(admin, `{ projects(input: { limit: 200 }) { items { id } } }`)).projects.items.map((p: any) => p.id);
  const boardCount = async () =>
    (await t.as(admin, `{ projectBoard { columns { stage count } } }`)).projectBoard.columns.find((c: any) => c.stage === 'SIGNED').count;

  it('takes a deleted project, lead and company out of lists, node counts, search and counters, and brings them back on restore', async () => {
    const start = { node: await node(), counters: await counters(), board: await boardCount() };
    expect(start.node.localCompanies).toBeGreaterThanOrEqual(1);
    expect(start.counters.signed).toBeGreaterThanOrEqual(1);
    expect(await projectIds()).toContain(projectId);
    expect(await leadIds()).toContain(leadId);
    expect(await companyIds()).toContain(companyId);
    expect(await found('回收站测试线索', 'LEAD')).toContain(leadId);
    expect(await found('回收站测试材料', 'COMPANY')).toContain(companyId);

    // A company that still has live leads and projects is not deleted: the refusal names them, in the user's language.
    const refused = await t.gql(`mutation($id: ID!) { deleteCompany(id: $id) }`, { id: companyId }, { token: admin });
    expect(firstError(refused).code).toBe('CONFLICT');
    expect(firstError(refused).message).toMatch(/^企业仍有(线索1条、项目1个|项目1个、线索1条)，请先处理后再删除$/);
    const refusedEn = await t.gql(`mutation($id: ID!) { deleteCompany(id: $id) }`, { id: companyId }, { token: admin, lang: 'en' });
    expect(firstError(refusedEn).message).toMatch(/^The company still has (leads: 1; projects: 1|projects: 1; leads: 1): deal with them/);

    expect((await t.as(leader, `mutation($id: ID!) { deleteProject(id: $id) }`, { id: projectId })).deleteProject).toBe(projectId);
    expect(await projectIds()).not.toContain(projectId);
    expect((await node()).activeProjects).toBe(start.node.activeProjects - 1);
    expect((await counters()).signed).toBe(start.counters.signed - 1);
    expect(await boardCount()).toBe(start.board - 1);
    expect(firstError(await t.gql(`query($id: ID!) { project(id: $id) { id } }`, { id: projectId }, { token: admin })).code).toBe('NOT_FOUND');

    expect((await t.as(leader, `mutation($id: ID!) { deleteLead(id: $id) }`, { id: leadId })).deleteLead).toBe(leadId);
    expect(await leadIds()).not.toContain(leadId);
    expect((await node()).activeLeads).toBe(start.node.activeLeads - 1);
    expect(await found('回收站测试线索', 'LEAD')).not.toContain(leadId);

    expect((await t.as(admin, `mutation($id: ID!) { deleteCompany(id: $id) }`, { id: companyId })).deleteCompany).toBe(companyId);
    expect(await companyIds()).not.toContain(companyId);
    expect((await node()).localCompanies).toBe(start.node.localCompanies - 1);
    expect(await found('回收站测试材料', 'COMPANY')).not.toContain(companyId);

    // The recycle bin holds all three, with who deleted them; the rows are still in the database.
    const bin = await t.as(admin, BIN);
    expect(bin.deletedCompanies.items).toContainEqual(expect.objectContaining({ id: companyId, deletedById: users['admin'], deletedAt: expect.any(String) }));
    expect(bin.deletedLeads.items.map((l: any) => l.id)).toContain(leadId);
    expect(bin.deletedProjects.items.map((p: any) => p.id)).toContain(projectId);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM project WHERE id = $1 AND deleted_at IS NOT NULL`, [projectId]);
    expect(n).toBe(1);
    // Deleted records are not edited.
    expect(firstError(await t.gql(`mutation($id: ID!) { updateCompany(input: { companyId: $id, city: "成都市" }) { id } }`, { id: companyId }, { token: staff })).code).toBe('NOT_FOUND');

    // An admin restores them; they come back everywhere.
    await t.as(admin, `mutation($id: ID!) { restoreCompany(id: $id) { id deletedAt } }`, { id: companyId });
    await t.as(admin, `mutation($id: ID!) { restoreLead(id: $id) { id } }`, { id: leadId });
    expect((await t.as(admin, `mutation($id: ID!) { restoreProject(id: $id) { id stage deletedAt } }`, { id: projectId })).restoreProject).toEqual({
      id: projectId,
      stage: 'SIGNED',
      deletedAt: null,
    });
    expect(await node()).toEqual(start.node);
    expect(await counters()).toEqual(start.counters);
    expect(await boardCount()).toBe(start.board);
    expect(await projectIds()).toContain(projectId);
    expect(await leadIds()).toContain(leadId);
    expect(await companyIds()).toContain(companyId);
    expect(await found('回收站测试线索', 'LEAD')).toContain(leadId);
    expect(await found('回收站测试材料', 'COMPANY')).toContain(companyId);
    const after = await t.as(admin, BIN);
    expect([after.deletedCompanies.total, after.deletedLeads.total, after.deletedProjects.total]).toEqual([0, 0, 0]);

    // Every step is in the audit trail under its operation.
    const ops: Array<{ operation: string }> = await t.db.query(
      `SELECT operation FROM audit_entry WHERE entity_id = ANY($1) AND operation LIKE ANY(ARRAY['delete%', 'restore%']) ORDER BY id`,
      [[companyId, leadId, projectId]],
    );
    expect(ops.map((o) => o.operation)).toEqual(['deleteProject', 'deleteLead', 'deleteCompany', 'restoreCompany', 'restoreLead', 'restoreProject']);
  });

  it('lets only those the permissions table names delete and restore', async () => {
    // Investment staff may not delete; a chain leader only on their chain; only an admin restores and sees the bin.
    expect(firstError(await t.gql(`mutation($id: ID!) { deleteLead(id: $id) }`, { id: leadId }, { token: staff })).code).toBe('FORBIDDEN');
    expect(firstError(await t.gql(`mutation($id: ID!) { deleteProject(id: $id) }`, { id: projectId }, { token: otherLeader })).code).toBe('FORBIDDEN');
    expect(firstError(await t.gql(`mutation($id: ID!) { deleteCompany(id: $id) }`, { id: companyId }, { token: leader })).code).toBe('FORBIDDEN');
    await t.as(leader, `mutation($id: ID!) { deleteProject(id: $id) }`, { id: projectId });
    expect(firstError(await t.gql(`mutation($id: ID!) { restoreProject(id: $id) { id } }`, { id: projectId }, { token: leader })).code).toBe('FORBIDDEN');
    expect(firstError(await t.gql(BIN, {}, { token: leader })).code).toBe('FORBIDDEN');
    // A record that is not deleted is not restored; a deleted one is not deleted twice.
    expect(firstError(await t.gql(`mutation($id: ID!) { restoreLead(id: $id) { id } }`, { id: leadId }, { token: admin })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await t.gql(`mutation($id: ID!) { deleteProject(id: $id) }`, { id: projectId }, { token: admin })).code).toBe('NOT_FOUND');
    await t.as(admin, `mutation($id: ID!) { restoreProject(id: $id) { id } }`, { id: projectId });
    expect(await projectIds()).toContain(projectId);
  });
  it('keeps a merged company in the recycle bin, deleted and naming the survivor, and refuses to restore it', async () => {
    const code = uscc('91510100MA6CGUQ21');
    const survivor = (await t.as(staff, `mutation { createCompany(input: { name: "回收站合并甲有限公司" }) { id } }`)).createCompany.id;
    const merged = (await t.as(staff, `mutation { createCompany(input: { name: "回收站合并乙有限公司", creditCode: "${code}" }) { id } }`)).createCompany.id;
    const lead = (await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, { input: { title: '回收站合并线索', chainId, companyId: merged } })).createLead.id;
    const res = (await t.as(admin, `mutation($input: MergeCompaniesInput!) { mergeCompanies(input: $input) { id creditCode } }`, { input: { survivorId: survivor, mergedId: merged } })).mergeCompanies;
    expect(res).toEqual({ id: survivor, creditCode: code });

    // Not removed: deleted by the admin, merged into the survivor; its lead and credit code went to the survivor.
    const [row] = await t.db.query(`SELECT deleted_at, deleted_by, merged_into_id, credit_code FROM company WHERE id = $1`, [merged]);
    expect(row).toEqual({ deleted_at: expect.any(Date), deleted_by: users['admin'], merged_into_id: survivor, credit_code: null });
    expect((await t.as(admin, `query($id: ID!) { lead(id: $id) { company { id } } }`, { id: lead })).lead.company.id).toBe(survivor);
    expect(await companyIds()).not.toContain(merged);
    const bin = (await t.as(admin, `{ deletedCompanies { items { id mergedIntoId } } }`)).deletedCompanies.items;
    expect(bin).toContainEqual({ id: merged, mergedIntoId: survivor });
    const entries = await t.db.query(`SELECT action, after FROM audit_entry WHERE entity_type = 'company' AND entity_id = $1 ORDER BY id`, [merged]);
    expect(entries.map((e: any) => e.action)).toEqual(['insert', 'update']);
    expect(entries[1].after).toMatchObject({ merged_into_id: survivor, deleted_by: users['admin'] });

    // The restore is refused in the user's language, and nothing changes.
    const RESTORE = `mutation($id: ID!) { restoreCompany(id: $id) { id } }`;
    const zh = firstError(await t.gql(RESTORE, { id: merged }, { token: admin }));
    expect(zh.code).toBe('CONFLICT');
    expect(zh.message).toContain('已合并到“回收站合并甲有限公司”');
    expect(firstError(await t.gql(RESTORE, { id: merged }, { token: admin, lang: 'en' })).message).toContain('merged into "回收站合并甲有限公司"');
    expect((await t.db.query(`SELECT deleted_at IS NOT NULL AS deleted FROM company WHERE id = $1`, [merged]))[0].deleted).toBe(true);
  });
});
