import { chainsByCode, crmSnapshot, nodesOf, refusal } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';

const COMPANY_TABLE = `query($input: CompanyListInput) { companies(input: $input) { total offset limit items {
  id name city isLocal isListed creditCode openLeadCount lastContactOn
  tags { year list { name } } nodes { role node { name } chain { code } }
} } }`;
const LEAD_TABLE = `query($input: LeadListInput) { leads(input: $input) { total offset limit items {
  id title status source createdOn masked canEdit intendedInvestment
  company { id name isLocal } owner { username displayName department { name } } chain { code name } nodes { id name }
  timing { firstContactDue stale daysSinceContact alerts } contacts { id summary }
} } }`;

describe('company and lead tables', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let nodes: Array<{ id: string; name: string }>;
  let listId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    chains = await chainsByCode(t, admin);
    nodes = await nodesOf(t, admin, chains['health-plus'].id);
    listId = (await t.as(admin, `{ companyLists { id name } }`)).companyLists.find((l: any) => l.name === '高新技术企业').id;

    // 60 companies, each tagged, placed on a node, with a lead and a contact.
    for (let i = 0; i < 60; i++) {
      const n = String(i).padStart(2, '0');
      const company = (
        await t.as(staff, `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, {
          input: { name: `表格测试企业${n}号有限公司`, city: i % 2 ? '成都' : '上海', isLocal: i % 2 === 1, isListed: i % 3 === 0 },
        })
      ).createCompany;
      await t.as(staff, `mutation($input: AddCompanyTagInput!) { addCompanyTag(input: $input) { id } }`, { input: { companyId: company.id, listId, year: 2020 + (i % 5) } });
      await t.as(staff, `mutation($input: SetCompanyNodeInput!) { setCompanyNode(input: $input) { id } }`, { input: { companyId: company.id, nodeId: nodes[i % 3].id, role: i % 2 ? 'LOCAL' : 'TARGET' } });
      const lead = (
        await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
          input: { title: `表格测试线索${n}`, chainId: chains['health-plus'].id, companyId: company.id, nodeIds: [nodes[i % 3].id], source: i % 2 ? 'EXHIBITION' : 'ONLINE', intendedInvestment: String(i), confidential: i % 10 === 0, codeName: `代号${n}` },
        })
      ).createLead;
      await t.as(staff, `mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }`, { input: { leadId: lead.id, type: 'CALL', summary: `第${n}次电话` } });
    }
  }, 120_000);
  afterAll(() => t.close());

  const statements = async (run: () => Promise<unknown>) => (await sqlStatements(run)).length;

  it('reads a page of companies in the same number of SQL statements whatever the page size', async () => {
    const page = (limit: number) => t.as(staff, COMPANY_TABLE, { input: { query: '表格测试', limit } });
    const small = await statements(() => page(5));
    const large = await statements(() => page(50));
    expect((await page(50)).companies.items).toHaveLength(50);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(15);
  });

  it('reads a page of leads in the same number of SQL statements whatever the page size', async () => {
    const other = await t.signIn('staff.02');
    const page = (limit: number, token = staff) => t.as(token, LEAD_TABLE, { input: { query: '表格测试', limit, sort: 'TITLE', direction: 'ASC' } });
    const small = await statements(() => page(5));
    const large = await statements(() => page(50));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(15);
    expect(await statements(() => page(50, other))).toBe(await statements(() => page(5, other)));
  });

  it('filters, sorts and pages companies on the server', async () => {
    const read = async (input: Record<string, unknown>) => (await t.as(staff, COMPANY_TABLE, { input: { query: '表格测试', limit: 200, ...input } })).companies;
    const all = await read({});
    expect(all.total).toBe(60);
    const first = await read({ limit: 7, offset: 0, sort: 'NAME', direction: 'ASC' });
    const second = await read({ limit: 7, offset: 7, sort: 'NAME', direction: 'ASC' });
    expect(first).toMatchObject({ total: 60, offset: 0, limit: 7 });
    expect([...first.items, ...second.items].map((c: any) => c.name)).toEqual(Array.from({ length: 14 }, (_, i) => `表格测试企业${String(i).padStart(2, '0')}号有限公司`));
    const desc = await read({ limit: 1, sort: 'NAME', direction: 'DESC' });
    expect(desc.items[0].name).toBe('表格测试企业59号有限公司');

    expect((await read({ isLocal: true })).total).toBe(30);
    expect((await read({ isListed: true })).total).toBe(20);
    expect((await read({ city: '上海' })).total).toBe(30);
    expect((await read({ listId, tagYear: 2021 })).total).toBe(12);
    expect((await read({ listCategory: 'HIGH_TECH' })).total).toBe(60);
    expect((await read({ nodeId: nodes[0].id })).total).toBe(20);
    expect((await read({ chainId: chains['health-plus'].id, role: 'LOCAL' })).total).toBe(30);
    expect((await read({ chainId: chains['fashion-plus'].id })).total).toBe(0);
    const one = await read({ query: '表格测试企业07' });
    expect(one.items.map((c: any) => c.name)).toEqual(['表格测试企业07号有限公司']);
    expect(one.items[0]).toMatchObject({ openLeadCount: 1, tags: [{ year: 2022, list: { name: '高新技术企业' } }], nodes: [{ role: 'LOCAL', node: { name: nodes[1].name }, chain: { code: 'health-plus' } }] });
  });

  it('filters, sorts and pages leads on the server, masking confidential ones', async () => {
    const other = await t.signIn('staff.02');
    const read = async (input: Record<string, unknown>, token = staff) => (await t.as(token, LEAD_TABLE, { input: { limit: 200, chainId: chains['health-plus'].id, ...input } })).leads;
    expect((await read({})).total).toBe(60);
    expect((await read({ source: 'EXHIBITION' })).total).toBe(30);
    expect((await read({ nodeId: nodes[2].id })).total).toBe(20);
    expect((await read({ statuses: ['CONTACTED'] })).total).toBe(60);
    expect((await read({ statuses: ['NEW'] })).total).toBe(0);
    expect((await read({ mine: true })).total).toBe(60);
    expect((await read({ mine: true }, other)).total).toBe(0);
    expect((await read({ isLocal: true })).total).toBe(30);
    expect((await read({ listId, tagYear: 2024 })).total).toBe(12);
    // Company filters never find a lead its reader sees masked: 6 of the 60 are confidential.
    expect((await read({ listId }, other)).total).toBe(54);
    expect((await read({ query: '表格测试线索' }, other)).total).toBe(54);

    const byInvestment = await read({ sort: 'INTENDED_INVESTMENT', direction: 'DESC', limit: 3 });
    expect(byInvestment.items.map((l: any) => l.intendedInvestment)).toEqual(['59', '58', '57']);
    const byTitle = await read({ sort: 'TITLE', direction: 'ASC', limit: 3, offset: 1 });
    expect(byTitle.items.map((l: any) => l.title)).toEqual(['表格测试线索01', '表格测试线索02', '表格测试线索03']);
    const masked = (await read({ sort: 'TITLE', direction: 'ASC' }, other)).items.filter((l: any) => l.masked);
    expect(masked).toHaveLength(6);
    expect(masked[0]).toMatchObject({ title: '代号00', company: null, intendedInvestment: null, contacts: [], canEdit: false });
    const one = (await read({ query: '表格测试线索07' })).items[0];
    expect(one).toMatchObject({ owner: { username: 'staff.01', department: { name: '武侯区投资促进局' } }, chain: { code: 'health-plus' }, nodes: [{ id: nodes[1].id }], contacts: [{ summary: '第07次电话' }] });

    const bad = await t.gql(LEAD_TABLE, { input: { limit: 500 } }, { token: staff });
    expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', message: '每页条数应在1到200之间' });
  });

  it('keeps saved views per user: each sees, changes and deletes only their own', async () => {
    const other = await t.signIn('staff.02');
    const create = `mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { id tableKey name settings } }`;
    const settings = { filters: { isLocal: true, city: '成都' }, sort: { field: 'NAME', direction: 'ASC' }, columns: ['name', 'city', 'tags'] };
    const view = (await t.as(staff, create, { input: { tableKey: 'companies', name: '本地企业', settings } })).createSavedView;
    expect(view).toMatchObject({ tableKey: 'companies', name: '本地企业', settings });
    await t.as(staff, create, { input: { tableKey: 'leads', name: '本地企业', settings: {} } });
    expect((await t.as(staff, `{ savedViews(tableKey: "companies") { name } }`)).savedViews).toEqual([{ name: '本地企业' }]);
    expect((await t.as(other, `{ savedViews { id } }`)).savedViews).toEqual([]);

    const before = await crmSnapshot(t);
    const dup = await t.gql(create, { input: { tableKey: 'companies', name: '本地企业', settings: {} } }, { token: staff });
    expect(refusal(dup)).toEqual({ code: 'CONFLICT', message: '已有名为“本地企业”的视图' });
    const foreign = await t.gql(`mutation($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { id } }`, { input: { viewId: view.id, name: '偷改' } }, { token: other, lang: 'en' });
    expect(refusal(foreign)).toEqual({ code: 'NOT_FOUND', message: 'Saved view not found' });
    const foreignDelete = await t.gql(`mutation($id: ID!) { deleteSavedView(viewId: $id) }`, { id: view.id }, { token: other });
    expect(refusal(foreignDelete)).toEqual({ code: 'NOT_FOUND', message: '找不到该视图' });
    const badKey = await t.gql(create, { input: { tableKey: 'Bad Key', name: 'x', settings: {} } }, { token: staff });
    expect(refusal(badKey)).toEqual({ code: 'BAD_USER_INPUT', message: '表格格式不正确' });
    expect(await crmSnapshot(t)).toBe(before);

    const renamed = (await t.as(staff, `mutation($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { name settings } }`, { input: { viewId: view.id, name: '成都本地企业', settings: { columns: ['name'] } } })).updateSavedView;
    expect(renamed).toEqual({ name: '成都本地企业', settings: { columns: ['name'] } });
    expect((await t.as(staff, `mutation($id: ID!) { deleteSavedView(viewId: $id) }`, { id: view.id })).deleteSavedView).toBe(view.id);
    expect((await t.as(staff, `{ savedViews(tableKey: "companies") { name } }`)).savedViews).toEqual([]);
  });
});
