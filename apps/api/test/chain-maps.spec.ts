import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from './harness';

const GRAPH = `query($id: ID!) { chainMap(chainId: $id) {
  chainId chainName mapId title
  nodes { id parentId name position status isHighEnd isKey depth version anchorCompanies localCompanies targetCompanies activeLeads activeProjects projectsByStage { stage count } isGap isUncovered }
  edges { id fromId toId }
  summary { nodes strong weak missing uncovered }
} }`;

describe('chain maps', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let chains: Array<{ id: string; code: string; name: string }>;
  const chainId = (code: string) => chains.find((c) => c.code === code)!.id;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    leader = await t.signIn('leader.new-materials');
    chains = (await t.as(admin, '{ chains { id code name } }')).chains;
  });
  afterAll(() => t.close());

  async function graph(code: string, token = admin) {
    return (await t.as(token, GRAPH, { id: chainId(code) })).chainMap;
  }
  const byName = (g: any, name: string) => g.nodes.find((n: any) => n.name === name);

  /** Puts a company, lead or project on a node straight into the database, as their own features will. */
  async function attach(nodeId: string, kind: 'company' | 'lead' | 'project', name: string, state?: string): Promise<string> {
    const [{ chain_id }] = await t.db.query(`SELECT m.chain_id FROM chain_segment s JOIN chain_map m ON m.id = s.map_id WHERE s.id = $1`, [nodeId]);
    if (kind === 'company') {
      const [c] = await t.db.query(`INSERT INTO company (name, is_local) VALUES ($1, true) RETURNING id`, [name]);
      await t.db.query(`INSERT INTO chain_node_company (segment_id, company_id, role) VALUES ($1, $2, $3)`, [nodeId, c.id, state ?? 'LOCAL']);
      return c.id;
    }
    if (kind === 'lead') {
      const [l] = await t.db.query(`INSERT INTO lead (title, chain_id, status, created_on) VALUES ($1, $2, $3, CURRENT_DATE) RETURNING id`, [name, chain_id, state ?? 'NEW']);
      await t.db.query(`INSERT INTO lead_chain_node (lead_id, segment_id) VALUES ($1, $2)`, [l.id, nodeId]);
      return l.id;
    }
    const [p] = await t.db.query(`INSERT INTO project (name, chain_id, stage) VALUES ($1, $2, $3) RETURNING id`, [name, chain_id, state ?? 'SIGNED']);
    await t.db.query(`INSERT INTO project_chain_node (project_id, segment_id) VALUES ($1, $2)`, [p.id, nodeId]);
    return p.id;
  }

  it('draws the four seeded maps from the plan, with the companies it names', async () => {
    for (const c of chains) {
      const g = await graph(c.code);
      expect(g.chainName).toBe(c.name);
      expect(g.nodes.length).toBeGreaterThanOrEqual(25);
      expect(g.edges.length).toBeGreaterThanOrEqual(15);
      expect(g.summary.nodes).toBe(g.nodes.length);
      expect(g.summary.strong + g.summary.weak + g.summary.missing).toBe(g.nodes.length);
      const ids = new Set(g.nodes.map((n: any) => n.id));
      for (const e of g.edges) expect(ids.has(e.fromId) && ids.has(e.toId)).toBe(true);
    }
    const materials = await graph('new-materials');
    for (const name of ['高纯超细氧化铝粉体', '高纯氮化硅粉体及透明陶瓷', '新型无铅压电陶瓷']) expect(byName(materials, name)).toBeDefined();
    expect(byName(materials, '电子陶瓷材料').depth).toBe(0);
    expect(byName(materials, '高纯超细氧化铝粉体').depth).toBeGreaterThan(0);

    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM chain_node_company nc JOIN company c ON c.id = nc.company_id WHERE c.name LIKE '%华日%'`);
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('gives each node counts that agree with the data', async () => {
    const g = await graph('electronic-information');
    const node = g.nodes.find((x: any) => x.isGap && x.depth > 0 && x.activeLeads === 0 && x.activeProjects === 0);
    expect(node.isUncovered).toBe(true);
    await attach(node.id, 'company', '测试本地企业甲', 'LOCAL');
    await attach(node.id, 'company', '测试链主企业乙', 'ANCHOR');
    await attach(node.id, 'company', '测试目标企业丙', 'TARGET');
    await attach(node.id, 'lead', '测试线索一', 'NEGOTIATING');
    await attach(node.id, 'lead', '测试线索二', 'DROPPED');
    await attach(node.id, 'project', '测试项目一', 'SIGNED');
    await attach(node.id, 'project', '测试项目二', 'SIGNED');
    await attach(node.id, 'project', '测试项目三', 'DROPPED');

    const after = byName(await graph('electronic-information'), node.name);
    expect(after).toMatchObject({ anchorCompanies: 1, localCompanies: 2, targetCompanies: 1, activeLeads: 1, activeProjects: 2, isUncovered: false });
    expect(after.projectsByStage).toEqual([
      { stage: 'SIGNED', count: 2 },
      { stage: 'DROPPED', count: 1 },
    ]);

    // Every node's counts, against the tables themselves.
    const full = await graph('electronic-information');
    const rows = await t.db.query(
      `SELECT s.id,
              (SELECT count(*)::int FROM chain_node_company nc WHERE nc.segment_id = s.id AND nc.role IN ('ANCHOR','LOCAL')) AS local,
              (SELECT count(*)::int FROM chain_node_company nc WHERE nc.segment_id = s.id AND nc.role = 'TARGET') AS target,
              (SELECT count(*)::int FROM lead_chain_node ln JOIN lead l ON l.id = ln.lead_id WHERE ln.segment_id = s.id AND l.status IN ('NEW','CONTACTED','VISITED','NEGOTIATING')) AS leads,
              (SELECT count(*)::int FROM project_chain_node pn JOIN project p ON p.id = pn.project_id WHERE pn.segment_id = s.id AND p.stage <> 'DROPPED') AS projects
         FROM chain_segment s WHERE s.map_id = $1`,
      [full.mapId],
    );
    for (const r of rows) {
      const n = full.nodes.find((x: any) => x.id === r.id);
      expect([n.localCompanies, n.targetCompanies, n.activeLeads, n.activeProjects]).toEqual([r.local, r.target, r.leads, r.projects]);
      expect(n.isUncovered).toBe(n.status !== 'STRONG' && r.leads === 0 && r.projects === 0);
    }
    expect(full.summary.uncovered).toBe(full.nodes.filter((x: any) => x.isUncovered).length);
  });

  it('shows a node with its companies, leads, projects and the policies that name it', async () => {
    const g = await graph('electronic-information');
    // The node the test above put one company of each role on.
    const node = g.nodes.find((x: any) => x.anchorCompanies === 1 && x.localCompanies === 2 && x.targetCompanies === 1);
    const res = await t.as(leader, `query($id: ID!) { chainNode(id: $id) { name companies { role company { name } } leads { title status } projects { name stage } policies { title } } }`, { id: node.id });
    expect(res.chainNode.companies.map((c: any) => [c.role, c.company.name])).toEqual([
      ['ANCHOR', '测试链主企业乙'],
      ['LOCAL', '测试本地企业甲'],
      ['TARGET', '测试目标企业丙'],
    ]);
    expect(res.chainNode.leads.map((l: any) => l.title).sort()).toEqual(['测试线索一', '测试线索二']);
    expect(res.chainNode.projects).toHaveLength(3);

    const policyNode = (await graph('new-materials')).nodes[0];
    await t.as(admin, `mutation($input: AddPolicyInput!) { addPolicy(input: $input) { id } }`, {
      input: { chainId: chainId('new-materials'), title: `支持${policyNode.name}发展的若干措施` },
    });
    const withPolicy = await t.as(leader, `query($id: ID!) { chainNode(id: $id) { policies { title } } }`, { id: policyNode.id });
    expect(withPolicy.chainNode.policies.map((p: any) => p.title)).toContain(`支持${policyNode.name}发展的若干措施`);
  });

  describe('editing', () => {
    const ADD = `mutation($input: AddChainNodeInput!) { addChainNode(input: $input) { id name parentId status position isKey version } }`;
    const UPDATE = `mutation($input: UpdateChainNodeInput!) { updateChainNode(input: $input) { id name parentId status version } }`;
    const DELETE = `mutation($id: ID!, $to: ID) { deleteChainNode(nodeId: $id, reassignToId: $to) }`;
    const EDGE = `mutation($from: ID!, $to: ID!) { addChainEdge(fromId: $from, toId: $to) { id fromId toId } }`;

    it('lets the chain leader add, rename, re-parent, classify and delete nodes and edges', async () => {
      const g = await graph('new-materials', leader);
      const top = g.nodes.find((n: any) => n.depth === 0);
      const node = (await t.as(leader, ADD, { input: { chainId: g.chainId, parentId: top.id, name: '氮化铝陶瓷基板', position: 'MIDSTREAM', status: 'MISSING', isKey: true } })).addChainNode;
      expect(node).toMatchObject({ parentId: top.id, status: 'MISSING', position: 'MIDSTREAM', isKey: true, version: 1 });
      const other = g.nodes.find((n: any) => n.depth === 0 && n.id !== top.id);
      const moved = (await t.as(leader, UPDATE, { input: { nodeId: node.id, parentId: other.id, name: '超高导热氮化铝陶瓷基板', status: 'WEAK', expectedVersion: 1 } })).updateChainNode;
      expect(moved).toMatchObject({ parentId: other.id, name: '超高导热氮化铝陶瓷基板', status: 'WEAK', version: 2 });

      const stale = await t.gql(UPDATE, { input: { nodeId: node.id, status: 'STRONG', expectedVersion: 1 } }, { token: leader });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

      const edge = (await t.as(leader, EDGE, { from: top.id, to: node.id })).addChainEdge;
      const again = await t.gql(EDGE, { from: top.id, to: node.id }, { token: leader });
      expect(again.errors?.[0].message).toBe('这条连线已经存在');
      const reread = await graph('new-materials');
      expect(reread.nodes.some((n: any) => n.id === node.id)).toBe(true);
      expect(reread.edges.some((e: any) => e.id === edge.id)).toBe(true);

      expect((await t.as(leader, DELETE, { id: node.id })).deleteChainNode).toBe(node.id);
      const gone = await graph('new-materials');
      expect(gone.nodes.some((n: any) => n.id === node.id)).toBe(false);
      expect(gone.edges.some((e: any) => e.id === edge.id)).toBe(false);
    });

    it('refuses to re-parent a node under its own descendant, and changes nothing', async () => {
      const g = await graph('health-plus');
      const child = g.nodes.find((n: any) => n.depth >= 2);
      const ancestor = g.nodes.find((n: any) => n.id === g.nodes.find((p: any) => p.id === child.parentId).parentId);
      const before = await t.snapshot();
      for (const target of [child.id, ancestor.id === child.id ? null : child.parentId]) {
        const res = await t.gql(UPDATE, { input: { nodeId: ancestor.id, parentId: target } }, { token: admin });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].message).toBe('不能把节点移到它自己或它的下级节点之下');
      }
      const self = await t.gql(UPDATE, { input: { nodeId: ancestor.id, parentId: ancestor.id } }, { token: admin, lang: 'en' });
      expect(self.errors?.[0].message).toBe('A node cannot be moved under itself or one of its descendants');
      expect(await t.snapshot()).toBe(before);
    });

    it('refuses to delete a node that companies, leads or projects sit on, naming them; moves them when told where', async () => {
      const g = await graph('fashion-plus');
      const [node, target] = g.nodes.filter((n: any) => n.depth > 0 && !g.nodes.some((c: any) => c.parentId === n.id));
      await attach(node.id, 'company', '测试时尚企业', 'LOCAL');
      await attach(node.id, 'lead', '测试时尚线索', 'NEW');
      await attach(node.id, 'project', '测试时尚项目', 'SIGNED');
      const before = await t.snapshot();
      const res = await t.gql(DELETE, { id: node.id }, { token: admin });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toBe(`节点“${node.name}”仍关联着企业“测试时尚企业”、线索“测试时尚线索”、项目“测试时尚项目”。请指定一个节点，把它们转移过去后再删除`);
      const en = await t.gql(DELETE, { id: node.id }, { token: admin, lang: 'en' });
      expect(en.errors?.[0].message).toContain('company "测试时尚企业", lead "测试时尚线索", project "测试时尚项目"');
      const elsewhere = (await graph('new-materials')).nodes[0];
      const wrongMap = await t.gql(DELETE, { id: node.id, to: elsewhere.id }, { token: admin });
      expect(wrongMap.errors?.[0].message).toBe('只能转移到同一图谱中的另一个节点');
      expect(await t.snapshot()).toBe(before);

      await t.as(admin, DELETE, { id: node.id, to: target.id });
      const moved = byName(await graph('fashion-plus'), target.name);
      expect(moved.localCompanies).toBeGreaterThanOrEqual(1);
      expect(moved.activeLeads).toBeGreaterThanOrEqual(1);
      expect(moved.activeProjects).toBeGreaterThanOrEqual(1);
    });

    it('refuses to delete a node that prospects sit on, naming their companies; moves them when told where, keeping one already there', async () => {
      const g = await graph('electronic-information');
      const top = g.nodes.find((n: any) => n.depth === 0);
      const add = async (name: string) => (await t.as(admin, ADD, { input: { chainId: g.chainId, parentId: top.id, name } })).addChainNode;
      const node = await add('目标企业待删节点');
      const target = await add('目标企业接收节点');
      const company = async (name: string) => (await t.db.query(`INSERT INTO company (name) VALUES ($1) RETURNING id`, [name]))[0].id as string;
      const moving = await company('测试目标企业迁移');
      const both = await company('测试目标企业两处');
      const prospect = (nodeId: string, companyId: string, priority: string, reason: string) =>
        t.db.query(`INSERT INTO prospect (segment_id, company_id, priority, reason) VALUES ($1, $2, $3, $4)`, [nodeId, companyId, priority, reason]);
      await prospect(node.id, moving, 'HIGH', '迁移的理由');
      await prospect(node.id, both, 'HIGH', '待删节点上的理由');
      await prospect(target.id, both, 'LOW', '接收节点上的理由');
      const prospects = () =>
        t.db.query(`SELECT p.segment_id, c.name, p.priority, p.reason FROM prospect p JOIN company c ON c.id = p.company_id WHERE p.company_id IN ($1, $2) ORDER BY c.name, p.segment_id`, [moving, both]);
      const before = [await t.snapshot(), await prospects()];

      const zh = await t.gql(DELETE, { id: node.id }, { token: admin });
      expect(zh.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(zh.errors?.[0].message).toBe('节点“目标企业待删节点”仍关联着目标企业“测试目标企业两处”、目标企业“测试目标企业迁移”。请指定一个节点，把它们转移过去后再删除');
      const en = await t.gql(DELETE, { id: node.id }, { token: admin, lang: 'en' });
      expect(en.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(en.errors?.[0].message).toBe(
        'Node "目标企业待删节点" still has prospect "测试目标企业两处", prospect "测试目标企业迁移". Choose a node to move them to, then delete',
      );
      expect([await t.snapshot(), await prospects()]).toEqual(before);

      expect((await t.as(admin, DELETE, { id: node.id, to: target.id })).deleteChainNode).toBe(node.id);
      expect(await prospects()).toEqual([
        { segment_id: target.id, name: '测试目标企业两处', priority: 'LOW', reason: '接收节点上的理由' },
        { segment_id: target.id, name: '测试目标企业迁移', priority: 'HIGH', reason: '迁移的理由' },
      ]);
      expect((await graph('electronic-information')).nodes.some((n: any) => n.id === node.id)).toBe(false);
    });

    it('names a confidential lead on a node only by its code name', async () => {
      const g = await graph('health-plus');
      const node = g.nodes.find((n: any) => n.depth > 0 && !g.nodes.some((c: any) => c.parentId === n.id));
      const leadId = await attach(node.id, 'lead', '某药企西南总部（保密）', 'NEW');
      await t.db.query(`UPDATE lead SET confidential = true, code_name = '代号甲' WHERE id = $1`, [leadId]);
      const res = await t.gql(DELETE, { id: node.id }, { token: admin });
      expect(res.errors?.[0].message).toContain('线索“代号甲”');
      expect(res.errors?.[0].message).not.toContain('某药企');
    });

    it('names a confidential project on a node by its code name to whoever may not see it, by its name to whoever may', async () => {
      const g = await graph('health-plus');
      const top = g.nodes.find((n: any) => n.depth === 0);
      const node = (await t.as(admin, ADD, { input: { chainId: g.chainId, parentId: top.id, name: '保密项目所在节点' } })).addChainNode;
      const coded = await attach(node.id, 'project', '某医疗集团西南总部', 'SIGNED');
      const generic = await attach(node.id, 'project', '某药企区域总部', 'SIGNED');
      await attach(node.id, 'project', '公开的测试项目', 'SIGNED');
      await t.db.query(`UPDATE project SET confidential = true, code_name = '代号乙' WHERE id = $1`, [coded]);
      await t.db.query(`UPDATE project SET confidential = true, code_name = NULL WHERE id = $1`, [generic]);
      const before = await t.snapshot();

      // A member of the chain's lead department may edit its map but not see its confidential projects.
      const member = await t.signIn('dept.wjj');
      const zh = await t.gql(DELETE, { id: node.id }, { token: member });
      expect(zh.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(zh.errors?.[0].message).toBe(
        '节点“保密项目所在节点”仍关联着项目“代号乙”、项目“保密项目”、项目“公开的测试项目”。请指定一个节点，把它们转移过去后再删除',
      );
      const en = await t.gql(DELETE, { id: node.id }, { token: member, lang: 'en' });
      expect(en.errors?.[0].message).toContain('project "代号乙", project "Confidential project", project "公开的测试项目"');
      for (const message of [zh.errors?.[0].message, en.errors?.[0].message]) expect(message).not.toMatch(/某医疗集团|某药企/);

      // The admin sees every project as it is.
      const seen = await t.gql(DELETE, { id: node.id }, { token: admin });
      expect(seen.errors?.[0].message).toContain('项目“某医疗集团西南总部”、项目“某药企区域总部”、项目“公开的测试项目”');
      expect(await t.snapshot()).toBe(before);
    });

    it('refuses to delete a node that still has sub-nodes, naming them', async () => {
      const g = await graph('health-plus');
      const parent = g.nodes.find((n: any) => n.depth === 0);
      const res = await t.gql(DELETE, { id: parent.id }, { token: admin });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toContain(g.nodes.find((n: any) => n.parentId === parent.id).name);
    });

    it('refuses an edge between two chains, in the API and in the database, and changes nothing', async () => {
      const a = (await graph('new-materials')).nodes[1];
      const b = (await graph('electronic-information')).nodes[1];
      const before = await t.snapshot();
      const res = await t.gql(EDGE, { from: a.id, to: b.id }, { token: admin });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBe('连线两端和上级节点都必须属于同一产业链图谱');
      const parent = await t.gql(UPDATE, { input: { nodeId: a.id, parentId: b.id } }, { token: admin });
      expect(parent.errors?.[0].message).toBe('连线两端和上级节点都必须属于同一产业链图谱');
      const [{ map_id }] = await t.db.query(`SELECT map_id FROM chain_segment WHERE id = $1`, [a.id]);
      await expect(t.db.query(`INSERT INTO chain_edge (map_id, from_id, to_id) VALUES ($1, $2, $3)`, [map_id, a.id, b.id])).rejects.toThrow(/own chain map/);
      await expect(t.db.query(`UPDATE chain_segment SET parent_id = $2 WHERE id = $1`, [a.id, b.id])).rejects.toThrow(/same chain map/);
      expect(await t.snapshot()).toBe(before);
    });

    it('keeps other chains’ leaders and viewers out of the map editor', async () => {
      const g = await graph('health-plus');
      const before = await t.snapshot();
      const res = await t.gql(ADD, { input: { chainId: g.chainId, name: '越权节点' } }, { token: leader });
      const viewer = await t.gql(UPDATE, { input: { nodeId: g.nodes[0].id, status: 'STRONG' } }, { token: await t.signIn('viewer') });
      expect([res.errors?.[0].extensions?.code, viewer.errors?.[0].extensions?.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await t.snapshot()).toBe(before);
    });
  });

  it('reads a whole map in the same number of SQL statements whatever its size', async () => {
    const statements = async (code: string): Promise<number> => {
      const original = PostgresQueryRunner.prototype.query;
      let n = 0;
      PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
        n++;
        return original.apply(this, args);
      } as typeof original;
      try {
        await t.as(admin, GRAPH, { id: chainId(code) });
      } finally {
        PostgresQueryRunner.prototype.query = original;
      }
      return n;
    };
    const small = await statements('fashion-plus');

    // Grow the map tenfold: 300 more nodes in a deep tree, with edges, companies, leads and projects on them.
    const [{ map_id }] = await t.db.query(`SELECT m.id AS map_id FROM chain_map m JOIN industry_chain c ON c.id = m.chain_id WHERE c.code = 'fashion-plus'`);
    await t.db.query(
      `INSERT INTO chain_segment (map_id, name, status, sort_order) SELECT $1, '合成节点' || i, 'MISSING', 1000 + i FROM generate_series(1, 300) AS i`,
      [map_id],
    );
    await t.db.query(
      `UPDATE chain_segment s SET parent_id = p.id FROM chain_segment p
        WHERE s.map_id = $1 AND p.map_id = $1 AND s.name LIKE '合成节点%' AND p.name = '合成节点' || (substr(s.name, 5)::int / 2)`,
      [map_id],
    );
    await t.db.query(
      `INSERT INTO chain_edge (map_id, from_id, to_id) SELECT $1, a.id, b.id FROM chain_segment a JOIN chain_segment b
         ON b.map_id = a.map_id AND b.name = '合成节点' || (substr(a.name, 5)::int + 1) WHERE a.map_id = $1 AND a.name LIKE '合成节点%'`,
      [map_id],
    );
    const synthetic = await t.db.query(`SELECT id FROM chain_segment WHERE map_id = $1 AND name LIKE '合成节点%' ORDER BY sort_order LIMIT 40`, [map_id]);
    for (const [i, row] of synthetic.entries()) await attach(row.id, (['company', 'lead', 'project'] as const)[i % 3], `合成附着${i}`);

    const large = await statements('fashion-plus');
    const g = await graph('fashion-plus');
    expect(g.nodes.length).toBeGreaterThan(300);
    expect(g.edges.length).toBeGreaterThanOrEqual(299);
    expect(large).toBe(small);
  });
});
