import { chainsByCode } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';

const PAGE = 20;

/**
 * The sub-lists of a company (contacts, leads, projects, prospects, history), of a lead (contacts, history) and of a
 * project (history): each field answers one window in the order the full list had, beside an exact count, with the
 * reader's access applied to both, and costs the same statements whatever the number of records on the page.
 */
describe('sub-lists of companies, leads and projects', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let outsider: string;
  let users: Record<string, string>;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let companyId: string;
  let leadId: string;
  let projectId: string;
  /** The confidential leads and projects of the company that staff.01 may not see (owned by staff.02). */
  let hiddenLeads: string[];
  let hiddenProjects: string[];

  /** Copies a row `n` times within its table, the columns in `set` computed per copy (`i` runs from 1 to n). */
  async function copyRow(table: string, id: string, n: number, set: Record<string, string>, params: unknown[] = []): Promise<void> {
    const columns: string[] = (
      await t.db.query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND is_identity = 'NO' AND column_name <> 'id'
          ORDER BY ordinal_position`,
        [table],
      )
    ).map((r: { column_name: string }) => r.column_name);
    const values = columns.map((c) => set[c] ?? `s."${c}"`);
    await t.db.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
       SELECT ${values.join(', ')} FROM "${table}" s, generate_series(1, ${n}) i WHERE s.id = $1`,
      [id, ...params],
    );
  }

  const ids = async (sql: string, params: unknown[]): Promise<string[]> => (await t.db.query(sql, params)).map((r: { id: string }) => String(r.id));

  /**
   * Reads a sub-list page by page (`limit` 20) until a page comes back short, as the web's pager does, and checks the
   * count beside each page: the pages together, and the count, against the full list.
   */
  async function pagesOf(token: string, root: 'company' | 'lead' | 'project', id: string, field: string, countField: string): Promise<{ rows: string[]; count: number; pages: number }> {
    const query = `query($id: ID!, $limit: Int!, $offset: Int!) { ${root}(id: $id) { ${countField} ${field}(limit: $limit, offset: $offset) { id } } }`;
    const rows: string[] = [];
    let count = -1;
    let pages = 0;
    for (let offset = 0; ; offset += PAGE) {
      const answer = (await t.as(token, query, { id, limit: PAGE, offset }))[root];
      if (count >= 0) expect(answer[countField]).toBe(count);
      count = answer[countField];
      rows.push(...answer[field].map((r: { id: string }) => String(r.id)));
      pages++;
      if (answer[field].length < PAGE) break;
    }
    return { rows, count, pages };
  }

  /** The sub-list read page by page equals `expected` (the full list in its order), and its count is its length. */
  async function expectPaged(token: string, root: 'company' | 'lead' | 'project', id: string, field: string, countField: string, expected: string[]): Promise<void> {
    const { rows, count, pages } = await pagesOf(token, root, id, field, countField);
    expect(expected.length).toBeGreaterThan(2 * PAGE);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(expected);
    expect(count).toBe(expected.length);
    // The default window is the first page.
    const first = (await t.as(token, `query($id: ID!) { ${root}(id: $id) { ${field} { id } } }`, { id }))[root][field].map((r: { id: string }) => String(r.id));
    expect(first).toEqual(expected.slice(0, PAGE));
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    outsider = await t.signIn('leader.health-plus');
    users = Object.fromEntries((await t.as(admin, '{ users { id username } }')).users.map((u: any) => [u.username, u.id]));
    chains = await chainsByCode(t, admin);
    const chainId = chains['electronic-information'].id;

    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "分页测试电子有限公司" }) { id } }`)).createCompany.id;
    // 55 leads, 9 of them confidential and owned by staff.02 (hidden from staff.01); days and creation times tie often.
    leadId = (await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, { input: { title: '分页线索', chainId, companyId } })).createLead.id;
    await copyRow('lead', leadId, 54, {
      title: `'分页线索' || i`,
      created_on: `s.created_on - (i % 7)`,
      confidential: `(i % 6 = 0)`,
      code_name: `CASE WHEN i % 6 = 0 THEN '分页代号' || i END`,
      owner_id: `CASE WHEN i % 6 = 0 THEN $2::uuid ELSE s.owner_id END`,
    }, [users['staff.02']]);
    hiddenLeads = await ids(`SELECT id FROM lead WHERE company_id = $1 AND confidential`, [companyId]);
    expect(hiddenLeads).toHaveLength(9);

    // Contacts: 30 with the company alone, 45 on the lead, 12 on a lead hidden from staff.01.
    const contact = `mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }`;
    const companyContact = (await t.as(staff, contact, { input: { companyId, type: 'CALL', summary: '公司联系', occurredOn: '2025-03-01' } })).addInteraction.id;
    await copyRow('interaction', companyContact, 29, { occurred_on: `s.occurred_on - (i % 5)`, summary: `'公司联系' || i` });
    const leadContact = (await t.as(staff, contact, { input: { leadId, type: 'VISIT_OUT', summary: '线索联系', occurredOn: '2025-03-02' } })).addInteraction.id;
    await copyRow('interaction', leadContact, 44, { occurred_on: `s.occurred_on - (i % 4)`, summary: `'线索联系' || i` });
    await copyRow('interaction', leadContact, 12, { lead_id: `$2::uuid`, summary: `'保密联系' || i` }, [hiddenLeads[0]]);

    // 48 projects, 7 of them confidential and owned by staff.02.
    projectId = (
      await t.as(staff, `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input: { name: '分页项目', chainId, companyId } })
    ).createProject.id;
    await copyRow('project', projectId, 47, {
      name: `'分页项目' || i`,
      created_at: `s.created_at - (i % 3) * interval '1 day'`,
      confidential: `(i % 6 = 0)`,
      code_name: `CASE WHEN i % 6 = 0 THEN '项目代号' || i END`,
      owner_id: `CASE WHEN i % 6 = 0 THEN $2::uuid ELSE s.owner_id END`,
    }, [users['staff.02']]);
    hiddenProjects = await ids(`SELECT id FROM project WHERE company_id = $1 AND confidential`, [companyId]);
    expect(hiddenProjects).toHaveLength(7);

    // The company a prospect on 46 nodes (creation times tie in threes).
    await t.db.query(
      `INSERT INTO prospect (segment_id, company_id, created_at)
       SELECT n.id, $1, now() - (row_number() OVER (ORDER BY n.id) % 3) * interval '1 hour' FROM (SELECT id FROM chain_segment ORDER BY id LIMIT 46) n`,
      [companyId],
    );

    // Histories longer than two pages for the project (the company's and the lead's grew with the rows above).
    await t.db.query(
      `INSERT INTO audit_entry (action, entity_type, entity_id, record_type, record_id, after)
       SELECT 'update', 'project', $1, 'project', $1, jsonb_build_object('carrier', '载体' || i) FROM generate_series(1, 45) i`,
      [projectId],
    );
  });
  afterAll(() => t.close());

  const history = (recordType: string, recordId: string) => ids(`SELECT id FROM audit_entry WHERE record_type = $1 AND record_id = $2 ORDER BY id DESC`, [recordType, recordId]);

  it("pages a company's contacts, newest first, leaving out those on leads the reader sees masked", async () => {
    const all = `SELECT i.id FROM interaction i WHERE i.company_id = $1 AND (i.lead_id IS NULL OR NOT i.lead_id = ANY($2)) ORDER BY i.occurred_on DESC, i.created_at DESC, i.id`;
    const expected = await ids(all, [companyId, hiddenLeads]);
    expect(expected).toHaveLength(75);
    await expectPaged(staff, 'company', companyId, 'contacts', 'contactCount', expected);
    await expectPaged(admin, 'company', companyId, 'contacts', 'contactCount', await ids(all, [companyId, []]));
  });

  it("pages a company's leads, newest first, leaving out confidential ones the reader may not see", async () => {
    const all = `SELECT id FROM lead WHERE company_id = $1 AND NOT id = ANY($2) ORDER BY created_on DESC, created_at DESC, id`;
    const expected = await ids(all, [companyId, hiddenLeads]);
    expect(expected).toHaveLength(46);
    await expectPaged(staff, 'company', companyId, 'leads', 'leadCount', expected);
    await expectPaged(admin, 'company', companyId, 'leads', 'leadCount', await ids(all, [companyId, []]));
    // A deleted lead is on no page and in no count (not the lead the later tests read).
    const deleted = expected.filter((id) => id !== leadId)[3];
    await t.as(admin, `mutation($id: ID!) { deleteLead(id: $id) }`, { id: deleted });
    await expectPaged(staff, 'company', companyId, 'leads', 'leadCount', expected.filter((id) => id !== deleted));
  });

  it("pages a company's projects, newest first, leaving out confidential ones the reader may not see", async () => {
    const all = `SELECT id FROM project WHERE company_id = $1 AND NOT id = ANY($2) ORDER BY created_at DESC, id`;
    const expected = await ids(all, [companyId, hiddenProjects]);
    expect(expected).toHaveLength(41);
    await expectPaged(staff, 'company', companyId, 'projects', 'projectCount', expected);
    await expectPaged(admin, 'company', companyId, 'projects', 'projectCount', await ids(all, [companyId, []]));
  });

  it("pages a company's prospect entries, newest first", async () => {
    const expected = await ids(`SELECT id FROM prospect WHERE company_id = $1 ORDER BY created_at DESC, id`, [companyId]);
    expect(expected).toHaveLength(46);
    await expectPaged(staff, 'company', companyId, 'prospects', 'prospectCount', expected);
  });

  it("pages the histories of a company, a lead and a project, newest first; none of a lead shown masked", async () => {
    await expectPaged(staff, 'company', companyId, 'history', 'historyCount', await history('company', companyId));
    await expectPaged(staff, 'lead', leadId, 'history', 'historyCount', await history('lead', leadId));
    await expectPaged(staff, 'project', projectId, 'history', 'historyCount', await history('project', projectId));
    const masked = (await t.as(staff, `query($id: ID!) { lead(id: $id) { masked historyCount history(limit: 50) { id } contactCount contacts(limit: 50) { id } } }`, { id: hiddenLeads[0] })).lead;
    expect(masked).toEqual({ masked: true, historyCount: 0, history: [], contactCount: 0, contacts: [] });
  });

  it("pages a lead's contacts, newest first", async () => {
    const expected = await ids(`SELECT id FROM interaction WHERE lead_id = $1 ORDER BY occurred_on DESC, created_at DESC, id`, [leadId]);
    expect(expected).toHaveLength(45);
    await expectPaged(staff, 'lead', leadId, 'contacts', 'contactCount', expected);
    // The owner of the confidential lead sees its contacts.
    const owner = await t.signIn('staff.02');
    const secret = await ids(`SELECT id FROM interaction WHERE lead_id = $1 ORDER BY occurred_on DESC, created_at DESC, id`, [hiddenLeads[0]]);
    const read = (await t.as(owner, `query($id: ID!) { lead(id: $id) { contactCount contacts(limit: 200) { id } } }`, { id: hiddenLeads[0] })).lead;
    expect(read).toEqual({ contactCount: 12, contacts: secret.map((id) => ({ id })) });
    // Another reader sees none of them on the company's timeline either.
    const seen = (await t.as(outsider, `query($id: ID!) { company(id: $id) { contactCount contacts(limit: 200) { id } } }`, { id: companyId })).company;
    expect(seen.contacts.map((c: any) => c.id)).not.toEqual(expect.arrayContaining([secret[0]]));
    expect(seen.contactCount).toBe(seen.contacts.length);
  });

  it('answers the sub-lists of a page of records in as many statements whatever the number of records', async () => {
    const window = (field: string) => `${field}(limit: 3, offset: 1) { id }`;
    // Newest first, so that both pages hold the company above (with leads and confidential projects, which the
    // reader's access is then read for, once per page).
    const companies = `query($limit: Int!) { companies(input: { limit: $limit, sort: CREATED_AT, direction: DESC }) { items { id contactCount leadCount projectCount prospectCount historyCount
      ${['contacts', 'leads', 'projects', 'prospects', 'history'].map(window).join(' ')} first: contacts(limit: 2) { id } } } }`;
    const leads = `query($limit: Int!) { leads(input: { limit: $limit }) { items { id contactCount historyCount ${window('contacts')} ${window('history')} } } }`;
    const projects = `query($limit: Int!) { projects(input: { limit: $limit }) { items { id historyCount ${window('history')} } } }`;
    for (const query of [companies, leads, projects]) {
      const count = async (limit: number) => {
        const answer = await t.as(admin, query, { limit });
        expect(Object.values(answer)[0]).toMatchObject({ items: expect.any(Array) });
        expect((Object.values(answer)[0] as { items: unknown[] }).items.length).toBe(limit);
        return (await sqlStatements(() => t.as(admin, query, { limit }))).length;
      };
      expect({ query, statements: await count(2) }).toEqual({ query, statements: await count(12) });
    }
    // Each window of a list asked of many records is one statement for all of them.
    const sent = await sqlStatements(() => t.as(admin, companies, { limit: 12 }));
    expect(sent.filter((sql) => /FROM interaction i/.test(sql))).toHaveLength(3); // two windows and the count
  });

  it('refuses a bad window with the typed, localised error of the page inputs', async () => {
    const fields: Array<['company' | 'lead' | 'project', () => string, string]> = [
      ['company', () => companyId, 'contacts'],
      ['company', () => companyId, 'leads'],
      ['company', () => companyId, 'projects'],
      ['company', () => companyId, 'prospects'],
      ['company', () => companyId, 'history'],
      ['lead', () => leadId, 'contacts'],
      ['lead', () => leadId, 'history'],
      ['project', () => projectId, 'history'],
    ];
    for (const [root, id, field] of fields) {
      const ask = (args: string, lang?: 'zh-CN' | 'en') => t.gql(`query($id: ID!) { ${root}(id: $id) { ${field}(${args}) { id } } }`, { id: id() }, { token: staff, lang });
      for (const [args, message] of [
        ['limit: 0', '每页条数应在1到200之间'],
        ['limit: 201', '每页条数应在1到200之间'],
        ['offset: -1', '起始位置应在0到1000000之间'],
      ]) {
        const res = await ask(args);
        expect({ field, args, error: res.errors?.[0] && { message: res.errors[0].message, code: res.errors[0].extensions?.code } }).toEqual({
          field,
          args,
          error: { message, code: 'BAD_USER_INPUT' },
        });
      }
      expect((await ask('limit: 201', 'en')).errors?.[0].message).toBe('Page size must be between 1 and 200');
    }
  });
});
