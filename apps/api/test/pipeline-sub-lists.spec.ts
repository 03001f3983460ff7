import { COMPANY_ROLE_ORDER, PRIORITY_ORDER } from '@chainboard/domain';
import { CompanyLoaders } from '@chainboard/server-companies';
import { chainsByCode, nodesOf, refusal } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';

/** Tables a statement reads, by the names PostgreSQL knows them. */
const reads = (statements: string[], table: string) => statements.filter((sql) => new RegExp(`\\b${table}\\b(?!_)`).test(sql));

/** How many rows a record has of each sub-list the tests fill: more than two windows of 20. */
const ROWS = 45;

/**
 * The sub-lists of a project (timeline, updates, funds, issues, stage log) and of a chain-map node (companies, leads,
 * prospects, projects) answer one window at a time beside an exact count; meetings and the admin's accounts one page.
 */
describe('Paged sub-lists of projects and chain-map nodes', () => {
  let t: TestApp;
  let admin: string;
  let chainId: string;
  let nodeId: string;
  let otherNodeId: string;
  let projectId: string;
  let smallProjectId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    const chains = await chainsByCode(t, admin);
    chainId = chains['new-materials'].id;
    const nodes = await nodesOf(t, admin, chainId);
    nodeId = nodes[0].id;
    otherNodeId = nodes[1].id;

    // Projects on two nodes, all entered in one statement (the same created_at: the order falls to the id).
    const projects: Array<{ id: string }> = await t.db.query(
      `INSERT INTO project (name, chain_id, stage, agreed_investment) SELECT '分页测试项目' || lpad(i::text, 2, '0'), $1, 'SIGNED', 10 FROM generate_series(1, $2) i RETURNING id`,
      [chainId, ROWS],
    );
    await t.db.query(`INSERT INTO project_chain_node (project_id, segment_id) SELECT unnest($1::uuid[]), $2`, [projects.map((p) => p.id), nodeId]);
    await t.db.query(`INSERT INTO project_chain_node (project_id, segment_id) SELECT unnest($1::uuid[]), $2`, [projects.slice(0, 3).map((p) => p.id), otherNodeId]);
    projectId = projects[0].id;
    smallProjectId = projects[1].id;

    // The records of one project: 45 of each, with ties in every order so that only the id settles them.
    const fill = async (id: string, n: number) => {
      await t.db.query(`INSERT INTO project_event (project_id, kind, data) SELECT $1, 'PROGRESS_UPDATE', jsonb_build_object('text', '进展' || i) FROM generate_series(1, $2) i`, [id, n]);
      await t.db.query(`INSERT INTO project_update (project_id, text, created_on) SELECT $1, '进展' || i, DATE '2026-01-01' + (i % 4) FROM generate_series(1, $2) i`, [id, n]);
      await t.db.query(
        `INSERT INTO project_funds (project_id, amount, received_on, kind) SELECT $1, (i % 7) + 0.25, DATE '2026-01-01' + (i % 5), 'DOMESTIC' FROM generate_series(1, $2) i`,
        [id, n],
      );
      await t.db.query(
        `INSERT INTO coordination_issue (project_id, title, raised_on, status, due_on)
         SELECT $1, '问题' || i, DATE '2026-01-01', CASE WHEN i % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END, CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2026-03-01' + (i % 3) END
           FROM generate_series(1, $2) i`,
        [id, n],
      );
      await t.db.query(
        `INSERT INTO project_stage_log (project_id, from_stage, to_stage, effective_on) SELECT $1, 'NEGOTIATING', 'SIGNED', DATE '2026-01-01' + i FROM generate_series(1, $2) i`,
        [id, n],
      );
    };
    await fill(projectId, ROWS);
    await fill(smallProjectId, 3);

    // What sits on the node: 45 companies (every role, names in Chinese order), 45 leads, 45 prospects.
    const companies: Array<{ id: string }> = await t.db.query(
      `INSERT INTO company (name) SELECT (ARRAY['张','李','王','陈','赵','阿','白'])[(i % 7) + 1] || '氏分页企业' || lpad(i::text, 2, '0') FROM generate_series(1, $1) i RETURNING id`,
      [ROWS],
    );
    await t.db.query(
      `INSERT INTO chain_node_company (segment_id, company_id, role)
       SELECT $1, c.id, (ARRAY['ANCHOR','LOCAL','TARGET'])[(c.n % 3) + 1] FROM unnest($2::uuid[]) WITH ORDINALITY AS c(id, n)`,
      [nodeId, companies.map((c) => c.id)],
    );
    const leads: Array<{ id: string }> = await t.db.query(
      `INSERT INTO lead (title, chain_id, status, created_on) SELECT '分页线索' || lpad(i::text, 2, '0'), $1, 'NEW', CURRENT_DATE FROM generate_series(1, $2) i RETURNING id`,
      [chainId, ROWS],
    );
    await t.db.query(`INSERT INTO lead_chain_node (lead_id, segment_id) SELECT unnest($1::uuid[]), $2`, [leads.map((l) => l.id), nodeId]);
    await t.db.query(
      `INSERT INTO prospect (segment_id, company_id, priority, reason)
       SELECT $1, c.id, (ARRAY['HIGH','MEDIUM','LOW'])[(c.n % 3) + 1], '分页' FROM unnest($2::uuid[]) WITH ORDINALITY AS c(id, n)`,
      [nodeId, companies.map((c) => c.id)],
    );
  }, 120_000);
  afterAll(() => t.close());

  /** Reads pages of 20 of a sub-list until its count is reached, with the count the pages answered. */
  async function pages<R>(read: (limit: number, offset: number) => Promise<{ rows: R[]; count: number }>): Promise<{ pages: R[][]; count: number }> {
    const got: R[][] = [];
    let count = 1;
    for (let offset = 0; offset < count; offset += 20) {
      const page = await read(20, offset);
      got.push(page.rows);
      count = page.count;
    }
    return { pages: got, count };
  }

  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
  const projectRows = async (sql: string, id = projectId) => ids(await t.db.query(sql, [id]));

  describe('a project', () => {
    const FIELDS = [
      { field: 'timeline', count: 'timelineCount', sql: `SELECT e.id::text AS id FROM project_event e WHERE e.project_id = $1 ORDER BY e.id DESC` },
      { field: 'updates', count: 'updateCount', sql: `SELECT id FROM project_update WHERE project_id = $1 ORDER BY created_at DESC, id ASC` },
      { field: 'funds', count: 'fundsCount', sql: `SELECT id FROM project_funds WHERE project_id = $1 ORDER BY received_on DESC, entered_at DESC, id ASC` },
      {
        field: 'issues',
        count: 'issueCount',
        sql: `SELECT id FROM coordination_issue WHERE project_id = $1 ORDER BY CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END, due_on ASC NULLS LAST, created_at ASC, id ASC`,
      },
      { field: 'stageLog', count: 'stageLogCount', sql: `SELECT l.id::text AS id FROM project_stage_log l WHERE l.project_id = $1 ORDER BY l.id ASC` },
    ];

    it.each(FIELDS)('pages $field: pages 1, 2 and 3 are the whole list in its order, nothing repeated or missing, beside the exact count', async ({ field, count, sql }) => {
      const all = await projectRows(sql);
      expect(all).toHaveLength(ROWS);
      const read = async (limit: number, offset: number) => {
        const { project } = await t.as(admin, `query($id: ID!, $limit: Int, $offset: Int) { project(id: $id) { ${count} ${field}(limit: $limit, offset: $offset) { id } } }`, {
          id: projectId,
          limit,
          offset,
        });
        return { rows: ids(project[field]), count: project[count] as number };
      };
      const got = await pages(read);
      expect(got.pages.map((p) => p.length)).toEqual([20, 20, 5]);
      expect(got.pages.flat()).toEqual(all);
      // Past the end: no rows, and still the count.
      expect(await read(20, 100)).toEqual({ rows: [], count: all.length });
      expect(new Set(all).size).toBe(all.length);
      expect(got.count).toBe(all.length);
      // Asked without arguments: the first window of 20.
      const { project } = await t.as(admin, `query($id: ID!) { project(id: $id) { ${field} { id } } }`, { id: projectId });
      expect(ids(project[field])).toEqual(all.slice(0, 20));
    });

    it('keeps the figures over every row: funds in place, their share, open issues', async () => {
      const { project } = await t.as(admin, `query($id: ID!) { project(id: $id) { fundsInPlace fundsInPlacePercent openIssueCount issueCount funds(limit: 1) { id } issues(limit: 1) { id } } }`, {
        id: projectId,
      });
      const [sums] = await t.db.query(
        `SELECT (SELECT sum(amount)::text FROM project_funds WHERE project_id = $1) AS funds,
                (SELECT count(*)::int FROM coordination_issue WHERE project_id = $1 AND status <> 'CLOSED') AS open`,
        [projectId],
      );
      expect(Number(project.fundsInPlace)).toBe(Number(sums.funds));
      expect(project.fundsInPlacePercent).toBe(Math.round((Number(sums.funds) / 10) * 1000) / 10);
      expect(project.openIssueCount).toBe(sums.open);
      expect(project.issueCount).toBe(ROWS);
      expect(project.funds).toHaveLength(1);
    });

    it('reads each window with its count in one statement, and counts alone in one, whatever the number of projects', async () => {
      const query = `query($input: ProjectListInput) { projects(input: $input) { items { id
        timeline(limit: 5) { id } timelineCount updates(limit: 5) { id } updateCount funds(limit: 5) { id } fundsCount
        issues(limit: 5) { id } issueCount stageLog(limit: 5) { id } stageLogCount } } }`;
      const sent = async (limit: number) => {
        const variables = { input: { nodeId, limit } };
        const res = await t.as(admin, query, variables);
        expect(res.projects.items).toHaveLength(limit);
        return sqlStatements(() => t.fresh(admin, query, variables));
      };
      const one = await sent(1);
      const many = await sent(40);
      for (const table of ['project_event', 'project_update', 'project_funds', 'coordination_issue', 'project_stage_log']) {
        // (coordination_issue is also read by the ledger's row facts.)
        expect({ table, statements: reads(many, table).length }).toEqual({ table, statements: reads(one, table).length });
      }
      // The window reads the count with the rows: one statement for the list and its count.
      expect(reads(many, 'project_update').length).toBe(1);
      expect(reads(many, 'project_stage_log').length).toBe(1);
      expect(many.length).toBe(one.length);

      // The counts alone: one GROUP BY statement for every project.
      const counts = `query($input: ProjectListInput) { projects(input: $input) { items { id timelineCount updateCount fundsCount issueCount stageLogCount } } }`;
      const countsOf = async (limit: number) => {
        await t.as(admin, counts, { input: { nodeId, limit } });
        return sqlStatements(() => t.fresh(admin, counts, { input: { nodeId, limit } }));
      };
      const [countOne, countMany] = [await countsOf(1), await countsOf(40)];
      for (const table of ['project_event', 'project_update', 'project_funds', 'project_stage_log']) {
        expect({ table, one: reads(countOne, table).length, many: reads(countMany, table).length }).toEqual({ table, one: 1, many: 1 });
      }

      // Two windows of the same list in one request: one statement each.
      const two = await sqlStatements(() =>
        t.as(admin, `query($input: ProjectListInput) { projects(input: $input) { items { a: updates(limit: 2) { id } b: updates(limit: 2, offset: 2) { id } } } }`, { input: { nodeId, limit: 10 } }),
      );
      expect(reads(two, 'project_update')).toHaveLength(2);
    });

    it('answers a masked project with empty lists and counts of 0', async () => {
      await t.db.query(`UPDATE project SET confidential = true, code_name = '代号分页', owner_id = NULL WHERE id = $1`, [smallProjectId]);
      const viewer = await t.signIn('staff.02');
      const { project } = await t.as(viewer, `query($id: ID!) { project(id: $id) { masked timeline { id } timelineCount updates { id } updateCount funds { id } fundsCount issues { id } issueCount } }`, {
        id: smallProjectId,
      });
      expect(project).toEqual({ masked: true, timeline: [], timelineCount: 0, updates: [], updateCount: 0, funds: [], fundsCount: 0, issues: [], issueCount: 0 });
      await t.db.query(`UPDATE project SET confidential = false, code_name = NULL WHERE id = $1`, [smallProjectId]);
    });

    it('refuses a bad window with the typed, localised error of the page inputs', async () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const bad of [{ limit: 0 }, { limit: 201 }, { offset: -1 }]) {
          const pageInput = await t.gql(`query($page: PageArgs) { deletedProjects(page: $page) { total } }`, { page: bad }, { token: admin, lang });
          const expected = refusal(pageInput);
          expect(expected.code).toBe('BAD_USER_INPUT');
          for (const field of ['timeline', 'updates', 'funds', 'issues', 'stageLog']) {
            const res = await t.gql(`query($id: ID!, $limit: Int, $offset: Int) { project(id: $id) { ${field}(limit: $limit, offset: $offset) { id } } }`, { id: projectId, ...bad }, { token: admin, lang });
            expect({ field, bad, lang, error: refusal(res) }).toEqual({ field, bad, lang, error: expected });
          }
          const node = await t.gql(`query($id: ID!, $limit: Int, $offset: Int) { chainNode(id: $id) { companies(limit: $limit, offset: $offset) { id } } }`, { id: nodeId, ...bad }, { token: admin, lang });
          expect(refusal(node)).toEqual(expected);
        }
      }
    });
  });

  describe('a chain-map node', () => {
    it('pages its companies: anchors, then local, then targets, by name in Chinese order, beside the count', async () => {
      const rows: Array<{ id: string; role: string; name: string }> = await t.db.query(
        `SELECT nc.id, nc.role, c.name FROM chain_node_company nc JOIN company c ON c.id = nc.company_id AND c.deleted_at IS NULL WHERE nc.segment_id = $1`,
        [nodeId],
      );
      const rank = (role: string) => COMPANY_ROLE_ORDER.indexOf(role as never);
      const all = rows.sort((a, b) => rank(a.role) - rank(b.role) || a.name.localeCompare(b.name, 'zh-CN')).map((r) => r.id);
      const read = async (limit: number, offset: number) => {
        const { chainNode } = await t.as(admin, `query($id: ID!, $limit: Int, $offset: Int) { chainNode(id: $id) { companyCount companies(limit: $limit, offset: $offset) { id } } }`, {
          id: nodeId,
          limit,
          offset,
        });
        return { rows: ids(chainNode.companies), count: chainNode.companyCount as number };
      };
      const got = await pages(read);
      expect(got.pages.flat()).toEqual(all);
      expect(got.count).toBe(all.length);
      expect(all.length).toBeGreaterThanOrEqual(ROWS);

      // The embedded database has no Chinese collation data: there the order is made in the API, and pages the same.
      const loaders = t.app.get(CompanyLoaders) as unknown as { zhCollation: boolean };
      expect(loaders.zhCollation).toBe(true);
      loaders.zhCollation = false;
      try {
        const here = await pages(read);
        expect(here.pages.flat()).toEqual(all);
        expect(here.count).toBe(all.length);
      } finally {
        loaders.zhCollation = true;
      }
    });

    it('pages its leads and projects newest first and its prospects by priority, beside the counts', async () => {
      const cases = [
        {
          field: 'leads',
          count: 'leadCount',
          sql: `SELECT ld.id FROM lead_chain_node l JOIN lead ld ON ld.id = l.lead_id AND ld.deleted_at IS NULL WHERE l.segment_id = $1 ORDER BY ld.created_at DESC, ld.id ASC`,
        },
        {
          field: 'projects',
          count: 'projectCount',
          sql: `SELECT p.id FROM project_chain_node l JOIN project p ON p.id = l.project_id AND p.deleted_at IS NULL WHERE l.segment_id = $1 ORDER BY p.created_at DESC, p.id ASC`,
        },
        {
          field: 'prospects',
          count: 'prospectCount',
          sql: `SELECT id FROM prospect WHERE segment_id = $1 ORDER BY array_position(ARRAY[${PRIORITY_ORDER.map((p) => `'${p}'`).join(',')}]::varchar[], priority), created_at DESC, id ASC`,
        },
      ];
      for (const { field, count, sql } of cases) {
        const all = await projectRows(sql, nodeId);
        const read = async (limit: number, offset: number) => {
          const { chainNode } = await t.as(admin, `query($id: ID!, $limit: Int, $offset: Int) { chainNode(id: $id) { ${count} ${field}(limit: $limit, offset: $offset) { id } } }`, {
            id: nodeId,
            limit,
            offset,
          });
          return { rows: ids(chainNode[field]), count: chainNode[count] as number };
        };
        const got = await pages(read);
        expect({ field, rows: got.pages.flat() }).toEqual({ field, rows: all });
        expect({ field, count: got.count }).toEqual({ field, count: all.length });
        expect({ field, past: await read(20, 1000) }).toEqual({ field, past: { rows: [], count: all.length } });
        expect(all.length).toBeGreaterThanOrEqual(ROWS);
      }
    });

    it('reads each window with its count in one statement, and counts alone in one, for all the nodes of every chain', async () => {
      const fields = `companies(limit: 3) { id } companyCount leads(limit: 3) { id } leadCount prospects(limit: 3) { id } prospectCount projects(limit: 3) { id } projectCount`;
      const one = `query($id: ID!) { chainNode(id: $id) { id ${fields} } }`;
      const all = `{ chains { map { nodes { id ${fields} } } } }`;
      const { chains } = await t.as(admin, all);
      const nodes = chains.flatMap((c: { map: { nodes: unknown[] } }) => c.map.nodes);
      expect(nodes.length).toBeGreaterThan(20);
      expect(nodes.find((n: { id: string }) => n.id === otherNodeId)).toMatchObject({ projectCount: 3, projects: [{}, {}, {}] });
      await t.as(admin, one, { id: nodeId });
      const single = await sqlStatements(() => t.as(admin, one, { id: nodeId }));
      const whole = await sqlStatements(() => t.as(admin, all));
      // Each list's window reads its count with its rows.
      for (const table of ['chain_node_company', 'lead_chain_node', 'prospect', 'project_chain_node']) {
        expect({ table, statements: reads(whole, table).length }).toEqual({ table, statements: 1 });
        expect({ table, statements: reads(single, table).length }).toEqual({ table, statements: 1 });
      }
      // The counts alone: one GROUP BY statement each for all the nodes.
      const counts = `{ chains { map { nodes { id companyCount leadCount prospectCount projectCount } } } }`;
      await t.as(admin, counts);
      const countsOnly = await sqlStatements(() => t.as(admin, counts));
      for (const table of ['chain_node_company', 'lead_chain_node', 'prospect', 'project_chain_node']) {
        expect({ table, statements: reads(countsOnly, table).length }).toEqual({ table, statements: 1 });
      }
    });
  });

  describe('meetings and accounts', () => {
    it('pages the meetings latest first with the total', async () => {
      const create = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
      for (const [i, heldOn] of ['2030-03-08', '2030-03-15', '2030-03-15', '2030-03-22', '2030-03-22'].entries()) {
        await t.as(admin, create, { input: { title: `分页推进会${i}`, heldOn, allChains: true } });
      }
      const all = ids(await t.db.query(`SELECT id FROM meeting ORDER BY held_on DESC, created_at DESC, id ASC`));
      expect(all.length).toBeGreaterThan(3);
      const read = async (offset: number, limit: number) =>
        (await t.as(admin, `query($page: PageArgs) { meetings(page: $page) { total totalCapped offset limit items { id } } }`, { page: { offset, limit } })).meetings;
      const first = await read(0, 3);
      expect(first).toMatchObject({ total: all.length, totalCapped: false, offset: 0, limit: 3 });
      const rest = await read(3, 200);
      expect([...ids(first.items), ...ids(rest.items)]).toEqual(all);
      const bad = await t.gql(`{ meetings(page: { limit: 201 }) { total } }`, {}, { token: admin });
      expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', message: '每页条数应在1到200之间' });
    });

    it("pages the admin's accounts by the filter with the total, in the full list's order", async () => {
      const full = ids((await t.as(admin, '{ users { id } }')).users);
      const read = async (offset: number, limit: number, filter: Record<string, unknown> = {}) =>
        (await t.as(admin, `query($filter: UserFilterInput, $page: PageArgs) { userPage(filter: $filter, page: $page) { total totalCapped items { id } } }`, { filter, page: { offset, limit } }))
          .userPage;
      const first = await read(0, 5);
      expect(first.total).toBe(full.length);
      const rest = await read(5, 200);
      expect([...ids(first.items), ...ids(rest.items)]).toEqual(full);
      const viewers = await read(0, 200, { roles: ['VIEWER'] });
      expect(ids(viewers.items)).toEqual(ids((await t.as(admin, '{ users(roles: [VIEWER]) { id } }')).users));
      expect(viewers.total).toBe(viewers.items.length);
    });
  });
});
