import { ACTIVE_LEAD_STATUSES, companyIndex, searchIndex } from '@chainboard/domain';
import { TOTAL_CAP } from '@chainboard/server-core';
import { PRIORITY_RANK } from '@chainboard/server-leads';
import { chainsByCode, crmSnapshot, nodesOf, refusal } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';

const COMPANY_TABLE = `query($input: CompanyListInput) { companies(input: $input) { total totalCapped offset limit items {
  id name city isLocal isListed creditCode openLeadCount lastContactOn
  tags { year list { name } } nodes { role node { name } chain { code } }
} } }`;
const LEAD_TABLE = `query($input: LeadListInput) { leads(input: $input) { total totalCapped offset limit items {
  id title status source createdOn masked canEdit intendedInvestment
  company { id name isLocal } owner { username displayName department { name } } chain { code name } nodes { id name }
  timing { firstContactDue stale daysSinceContact alerts } contacts { id summary }
} } }`;
const PROSPECT_TABLE = `query($input: ProspectListInput) { prospects(input: $input) { total totalCapped offset limit items {
  id priority reason company { id name } node { id name } assignee { displayName }
} } }`;
/** Rows made in bulk (more than the cap) for the capped totals: companies, leads on another chain, prospects on one node. */
const BULK = TOTAL_CAP + 100;

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

    // More rows than the cap, written in bulk: companies, a lead of each on another chain, and a prospect of each on one node.
    const names = Array.from({ length: BULK }, (_, i) => `批量企业${String(i).padStart(4, '0')}号`);
    const indexes = names.map((name) => companyIndex({ name }));
    const companyIds: string[] = (
      await t.db.query(
        `INSERT INTO company (name, name_key, search_tokens, search_text)
         SELECT x.name, x.name_key, ARRAY(SELECT jsonb_array_elements_text(x.tokens)), x.search_text
           FROM jsonb_to_recordset($1::jsonb) AS x(name varchar, name_key varchar, tokens jsonb, search_text text) RETURNING id`,
        [JSON.stringify(names.map((name, i) => ({ name, name_key: indexes[i].nameKey, tokens: indexes[i].searchTokens, search_text: indexes[i].searchText })))],
      )
    ).map((r: { id: string }) => r.id);
    const fashion = chains['fashion-plus'].id;
    const titles = names.map((_, i) => `批量线索${String(i).padStart(4, '0')}`);
    await t.db.query(
      `INSERT INTO lead (title, company_id, chain_id, status, source, created_on, search_tokens, search_text)
       SELECT x.title, x.company_id, $2, 'NEW', 'OTHER', DATE '2026-01-01' + (x.n % 300), ARRAY(SELECT jsonb_array_elements_text(x.tokens)), x.search_text
         FROM jsonb_to_recordset($1::jsonb) AS x(title varchar, company_id uuid, n int, tokens jsonb, search_text text)`,
      [JSON.stringify(titles.map((title, i) => ({ title, company_id: companyIds[i], n: i, tokens: searchIndex(title).searchTokens, search_text: searchIndex(title).searchText }))), fashion],
    );
    const fashionNode = (await nodesOf(t, admin, fashion))[0].id;
    await t.db.query(
      `INSERT INTO prospect (segment_id, company_id, priority, reason) SELECT $1, c, 'MEDIUM', '批量' FROM unnest($2::uuid[]) AS c`,
      [fashionNode, companyIds],
    );
  }, 180_000);
  afterAll(() => t.close());

  const statements = async (run: () => Promise<unknown>) => (await sqlStatements(run)).length;

  it('reads a page of companies in the same number of SQL statements whatever the page size', async () => {
    const page = (limit: number) => t.as(staff, COMPANY_TABLE, { input: { query: '表格测试', limit } });
    // Reference data (chains, accounts) is kept per data version: the first read after a change loads it.
    await page(1);
    const small = await statements(() => page(5));
    const large = await statements(() => page(50));
    expect((await page(50)).companies.items).toHaveLength(50);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(15);
  });

  it('reads a page of leads in the same number of SQL statements whatever the page size', async () => {
    const other = await t.signIn('staff.02');
    const page = (limit: number, token = staff) => t.as(token, LEAD_TABLE, { input: { query: '表格测试', limit, sort: 'TITLE', direction: 'ASC' } });
    // Reference data (chains, accounts) is kept per data version: the first read after a change loads it.
    await page(1);
    const small = await statements(() => page(5));
    const large = await statements(() => page(50));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(15);
    expect(await statements(() => page(50, other))).toBe(await statements(() => page(5, other)));
  });

  it('reads a page of each table in the same number of SQL statements at 10 and 100 rows, total counted or not', async () => {
    const fashion = chains['fashion-plus'].id;
    const tables = [
      { doc: COMPANY_TABLE, input: { query: '批量企业' } },
      { doc: LEAD_TABLE, input: { chainId: fashion } },
      { doc: PROSPECT_TABLE, input: { chainId: fashion } },
    ];
    for (const { doc, input } of tables) {
      for (const exactTotal of [false, true]) {
        const page = (limit: number) => t.as(staff, doc, { input: { ...input, limit, exactTotal } });
        const ten = await statements(() => page(10));
        const hundred = await statements(() => page(100));
        const answer = Object.values(await page(100))[0] as { items: unknown[] };
        expect(answer.items).toHaveLength(100);
        expect({ doc: doc.slice(0, 40), exactTotal, hundred }).toEqual({ doc: doc.slice(0, 40), exactTotal, hundred: ten });
        expect(ten).toBeLessThanOrEqual(15);
      }
    }
  });

  it('reads a page of prospects along the index of their order, not by sorting every prospect of the chain', async () => {
    const plan = await t.db.transaction(async (m) => {
      // Without a sort to fall back on, the planner must find the index the list's own order matches.
      await m.query('SET LOCAL enable_sort = off');
      const rows: Array<{ 'QUERY PLAN': string }> = await m.query(`EXPLAIN SELECT p.id FROM prospect p ORDER BY ${PRIORITY_RANK} ASC, p.created_at DESC, p.id ASC LIMIT 50`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('prospect_table_order');
    expect(plan).not.toMatch(/\bSort\b/);
  });

  it("reads a month's lead activity from the index of contacts by date, not by reading every contact", async () => {
    const plan = await t.db.transaction(async (m) => {
      // Without a sequential scan to fall back on, the planner must find an index on the contacts' dates.
      await m.query('SET LOCAL enable_seqscan = off');
      const rows: Array<{ 'QUERY PLAN': string }> = await m.query(
        `EXPLAIN SELECT i.created_by_id, count(*), count(DISTINCT i.lead_id) FROM interaction i
          WHERE i.created_by_id IS NOT NULL AND i.occurred_on BETWEEN DATE '2026-12-01' AND DATE '2026-12-31' GROUP BY i.created_by_id`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('interaction_activity');
  });

  it('caps a large total unless asked for the exact one, and counts past the cap as the pages go on', async () => {
    const fashion = chains['fashion-plus'].id;
    const tables = [
      { doc: COMPANY_TABLE, field: 'companies', input: { query: '批量企业' } },
      { doc: LEAD_TABLE, field: 'leads', input: { chainId: fashion } },
      { doc: PROSPECT_TABLE, field: 'prospects', input: { chainId: fashion } },
    ];
    for (const { doc, field, input } of tables) {
      const read = async (more: Record<string, unknown>) => (await t.as(staff, doc, { input: { ...input, ...more } }))[field];
      const totals = async (more: Record<string, unknown>) => {
        const { total, totalCapped } = await read(more);
        return { total, totalCapped };
      };
      expect(await totals({ limit: 10 })).toEqual({ total: TOTAL_CAP, totalCapped: true });
      expect(await totals({ limit: 10, exactTotal: true })).toEqual({ total: BULK, totalCapped: false });
      // Past the first page the count reaches further: the cap counts from the page's offset.
      expect(await totals({ limit: 10, offset: 50 })).toEqual({ total: 50 + TOTAL_CAP, totalCapped: true });
      expect(await totals({ limit: 10, offset: 150 })).toEqual({ total: BULK, totalCapped: false });
      // A last page that is not full tells the total by itself; so does a page past the end.
      expect(await totals({ limit: 10, offset: BULK - 5 })).toEqual({ total: BULK, totalCapped: false });
      expect(await totals({ limit: 10, offset: BULK + 100 })).toEqual({ total: BULK, totalCapped: false });
      // The rows are the same whether the total is counted or capped.
      expect((await read({ limit: 30, offset: 20 })).items).toEqual((await read({ limit: 30, offset: 20, exactTotal: true })).items);
    }
    // A total under the cap is exact either way, as it always was.
    const small = (await t.as(staff, COMPANY_TABLE, { input: { query: '表格测试', limit: 10 } })).companies;
    expect({ total: small.total, totalCapped: small.totalCapped }).toEqual({ total: 60, totalCapped: false });
  });

  it('answers the same pages with and without the exact total, totals equal to every row read', async () => {
    const other = await t.signIn('staff.02');
    const fashion = chains['fashion-plus'].id;
    const cases = [
      { doc: COMPANY_TABLE, field: 'companies', input: { query: '企业', sort: 'CITY', direction: 'DESC' }, token: staff },
      { doc: COMPANY_TABLE, field: 'companies', input: { query: '表格测试', isLocal: true }, token: staff },
      { doc: LEAD_TABLE, field: 'leads', input: { query: '线索', sort: 'TITLE', direction: 'ASC' }, token: other },
      { doc: LEAD_TABLE, field: 'leads', input: { chainId: chains['health-plus'].id, sort: 'INTENDED_INVESTMENT' }, token: staff },
      { doc: PROSPECT_TABLE, field: 'prospects', input: { chainId: fashion }, token: staff },
    ];
    for (const { doc, field, input, token } of cases) {
      const read = async (more: Record<string, unknown>) => (await t.as(token, doc, { input: { ...input, ...more } }))[field];
      // Every row, page by page (200 a page), as an export reads them: the total the table had before was their number.
      const all: Array<{ id: string }> = [];
      for (let offset = 0; ; offset += 200) {
        const { items } = await read({ offset, limit: 200, exactTotal: true });
        all.push(...items);
        if (items.length < 200) break;
      }
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
      for (const [offset, limit] of [
        [0, 10],
        [0, 100],
        [40, 25],
        [Math.max(0, all.length - 7), 10],
      ]) {
        const capped = await read({ offset, limit });
        const exact = await read({ offset, limit, exactTotal: true });
        expect(capped.items).toEqual(exact.items);
        expect(capped.items).toEqual(all.slice(offset, offset + limit));
        expect(exact).toMatchObject({ total: all.length, totalCapped: false });
        if (!capped.totalCapped) expect(capped.total).toBe(all.length);
        else expect(capped.total).toBe(offset + TOTAL_CAP);
      }
    }
  });

  it("shows a company's open leads and latest contact as its leads and contacts say, for each reader", async () => {
    const other = await t.signIn('staff.02');
    const doc = `query($input: CompanyListInput) { companies(input: $input) { items { id openLeadCount lastContactOn leads { status } contacts { occurredOn } } } }`;
    for (const token of [staff, other, admin]) {
      const { items } = (await t.as(token, doc, { input: { query: '表格测试', limit: 100 } })).companies;
      expect(items).toHaveLength(60);
      for (const c of items) {
        const open = c.leads.filter((l: { status: string }) => (ACTIVE_LEAD_STATUSES as readonly string[]).includes(l.status)).length;
        expect({ id: c.id, openLeadCount: c.openLeadCount, lastContactOn: c.lastContactOn }).toEqual({ id: c.id, openLeadCount: open, lastContactOn: c.contacts[0]?.occurredOn ?? null });
      }
    }
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
