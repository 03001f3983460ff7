import { chainsByCode } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';
import { webDocument } from './web-documents';

/** Tables a statement reads, by the names PostgreSQL knows them (TypeORM quotes them; aliases are camel-cased). */
const reads = (statements: string[], table: string) => statements.filter((sql) => new RegExp(`\\b${table}\\b(?!_)`).test(sql));

describe('SQL statements per request', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    leader = await t.signIn('leader.new-materials');
    chains = await chainsByCode(t, admin);
  });
  afterAll(() => t.close());

  /** The statements one request sends, after one untimed run (so that nothing cached on first use is counted). */
  async function statementsOf(token: string, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    await t.as(token, query, variables);
    return sqlStatements(() => t.as(token, query, variables));
  }

  /** Gives every chain `n` more work-plan tasks and `n` more policies. */
  async function addTasksAndPolicies(n: number): Promise<void> {
    await t.db.query(
      `INSERT INTO work_plan_task (work_plan_id, title, status, sort_order)
       SELECT p.id, '压测任务' || i, CASE WHEN i % 3 = 0 THEN 'DONE' ELSE 'TODO' END, 1000 + i FROM work_plan p, generate_series(1, $1) i`,
      [n],
    );
    await t.db.query(`INSERT INTO policy (policy_set_id, title) SELECT s.id, '压测政策' || i FROM policy_set s, generate_series(1, $1) i`, [n]);
  }

  it("reads no map node, task or policy row for the chains' names", async () => {
    const sent = await statementsOf(admin, '{ chains { id name } }');
    expect(sent.length).toBeGreaterThan(0);
    expect(reads(sent, 'industry_chain').length).toBeGreaterThan(0);
    for (const table of ['chain_segment', 'work_plan_task', 'policy', 'chain_map', 'work_plan', 'policy_set', 'chain_target']) {
      expect({ table, statements: reads(sent, table) }).toEqual({ table, statements: [] });
    }
  });

  it('answers a query with many root fields with one read of the signed-in user', async () => {
    const sent = await statementsOf(admin, '{ a: chains { id } b: chains { name } me { id } departments { id } }');
    expect(reads(sent, 'app_user')).toHaveLength(1);
  });

  it("refetches the map page after a node edit in at most 10 statements, whatever the chains' tasks and policies", async () => {
    const chainId = chains['new-materials'].id;
    const page = () => statementsOf(leader, webDocument('ChainMapPage'), { chainId });
    const { chainMap } = await t.as(leader, webDocument('ChainMapPage'), { chainId });
    const node = chainMap.nodes.find((n: any) => n.depth > 0);
    const panel = () => statementsOf(leader, webDocument('ChainMapNode'), { id: node.id });
    const edit = `mutation($input: UpdateChainNodeInput!) { updateChainNode(input: $input) { id name version } }`;
    await t.as(leader, edit, { input: { nodeId: node.id, description: '节点说明已改', expectedVersion: node.version } });

    // What the page asks again once the edit is saved: the page (the chain and its map) and, with the node's
    // panel open, the node with what sits on it.
    const before = { page: (await page()).length, panel: (await panel()).length };
    await addTasksAndPolicies(100);
    const after = { page: (await page()).length, panel: (await panel()).length };
    expect(after).toEqual(before);
    expect(before.page).toBeLessThanOrEqual(10);
    expect(before.panel).toBeLessThanOrEqual(7);
    for (const table of ['work_plan_task', 'policy', 'chain_target']) expect({ table, statements: reads(await page(), table) }).toEqual({ table, statements: [] });
  });

  it("reads the chain picker in at most 3 statements, and the chain pages in as many whatever the chains' tasks and policies", async () => {
    const chainId = chains['health-plus'].id;
    const picker = () => statementsOf(admin, webDocument('CrmChains'));
    const overview = () => statementsOf(admin, webDocument('ChainsOverview'));
    const detail = () => statementsOf(admin, webDocument('ChainDetail'), { id: chainId });
    const before = { picker: (await picker()).length, overview: (await overview()).length, detail: (await detail()).length };
    await addTasksAndPolicies(150);
    const after = { picker: (await picker()).length, overview: (await overview()).length, detail: (await detail()).length };
    expect(after).toEqual(before);
    expect(before.picker).toBeLessThanOrEqual(3);

    const { chains: all } = await t.as(admin, webDocument('ChainsOverview'));
    const health = all.find((c: any) => c.id === chainId);
    expect(health.workPlan.progress.total).toBeGreaterThanOrEqual(250);
    expect(health.policySet.policies.length).toBeGreaterThanOrEqual(250);
  });
});
