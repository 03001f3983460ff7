import { CHAIN_FIELDS, TestApp } from './harness';

describe('industry chains and their five ones', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const REASSIGN = `mutation($c: ID!, $u: ID!) { reassignChainLeader(chainId: $c, leaderId: $u) { id leader { id username } } }`;
  const CREATE = `mutation($input: CreateChainInput!) { createChain(input: $input) { ${CHAIN_FIELDS} } }`;

  async function chains(token = admin): Promise<any[]> {
    return (await t.as(token, `{ chains { ${CHAIN_FIELDS} } }`)).chains;
  }
  async function ids() {
    const data = await t.as(admin, `{ users { id username role } departments { id name } }`);
    const user = (name: string) => data.users.find((u: any) => u.username === name).id as string;
    const dept = (name: string) => data.departments.find((d: any) => d.name === name).id as string;
    return { user, dept, departments: data.departments as Array<{ id: string; name: string }> };
  }

  it('lists the four chains of the plan, each with all five ones and its 2025 targets', async () => {
    const list = await chains(await t.signIn('leader.health-plus'));
    expect(list.map((c) => c.name)).toEqual(['高端新材料', '电子信息', '健康+', '时尚+']);
    for (const c of list) {
      expect(c.leader.role).toBe('CHAIN_LEADER');
      expect(c.leader.displayName).toBe(`${c.name}链长`);
      expect(c.leadDepartment.name).toMatch(/^武侯区/);
      expect(c.map.focusDirections.length).toBeGreaterThanOrEqual(2);
      expect(c.map.nodeCount).toBeGreaterThanOrEqual(25);
      expect(c.workPlan.tasks.length).toBeGreaterThanOrEqual(5);
      expect(c.workPlan.progress.total).toBe(c.workPlan.tasks.length);
      expect(c.workPlan.progress.done).toBe(c.workPlan.tasks.filter((x: any) => x.status === 'DONE').length);
      expect(c.policySet.policies.length).toBeGreaterThanOrEqual(3);
      expect(c.targets.length).toBeGreaterThanOrEqual(1);
      expect(c.targets[0].year).toBe(2025);
    }
    const byName = Object.fromEntries(list.map((c) => [c.name, c]));
    expect(byName['高端新材料'].map.focusDirections.map((f: any) => f.name)).toEqual(['电子陶瓷材料', '生物医用材料', '前沿新材料']);
    expect(byName['电子信息'].map.focusDirections.map((f: any) => f.name)).toEqual(['无线通信元器件', '应用软件及系统集成']);
    expect(byName['健康+'].map.focusDirections.map((f: any) => f.name)).toEqual(['生物医药', '高精医美', '数字医疗及健康服务']);
    expect(byName['时尚+'].map.focusDirections.map((f: any) => f.name)).toEqual(['创意设计', '数字内容制作', '产业互联网']);
    const headline = (name: string) => byName[name].targets[0];
    expect(headline('高端新材料')).toMatchObject({ metric: '营业收入', comparator: 'GTE', value: '150', unit: '亿元' });
    expect(headline('电子信息')).toMatchObject({ metric: '营业收入', comparator: 'GT', value: '200', unit: '亿元' });
    expect(byName['电子信息'].targets[1]).toMatchObject({ comparator: 'GT', value: '5', unit: '家' });
    expect(headline('健康+')).toMatchObject({ metric: '增加值', comparator: 'GT', value: '190', unit: '亿元' });
    expect(byName['健康+'].targets[1]).toMatchObject({ metric: '生物医药产值', comparator: 'GT', value: '100' });
    expect(headline('时尚+')).toMatchObject({ metric: '营业收入', comparator: 'GT', value: '50', unit: '亿元' });
  });

  it('reassigns a leader by replacing the old one: a chain always has exactly one leader', async () => {
    const { user } = await ids();
    const [chain] = await chains();
    const res = await t.as(admin, REASSIGN, { c: chain.id, u: user('leader.spare') });
    expect(res.reassignChainLeader.leader.username).toBe('leader.spare');

    const rows = await t.db.query(`SELECT leader_id FROM industry_chain WHERE id = $1`, [chain.id]);
    expect(rows).toEqual([{ leader_id: user('leader.spare') }]);
    const reread = (await chains()).find((c) => c.id === chain.id);
    expect(reread.leader.username).toBe('leader.spare');

    // And back, so the seeded state holds for the other tests.
    const back = await t.as(admin, REASSIGN, { c: chain.id, u: user('leader.new-materials') });
    expect(back.reassignChainLeader.leader.username).toBe('leader.new-materials');
  });

  it('refuses to make a user without a leader role the leader, and changes nothing', async () => {
    const { user } = await ids();
    const [chain] = await chains();
    const before = await t.snapshot();
    const res = await t.gql(REASSIGN, { c: chain.id, u: user('viewer') }, { token: admin });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('链长必须是区领导或链长角色的用户');
    const unknown = await t.gql(REASSIGN, { c: chain.id, u: '00000000-0000-4000-8000-000000000000' }, { token: admin, lang: 'en' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toBe('User not found');
    expect(await t.snapshot()).toBe(before);
  });

  it('reassigns the lead department', async () => {
    const { dept } = await ids();
    const [, chain] = await chains();
    const original = chain.leadDepartment.id;
    const res = await t.as(
      admin,
      `mutation($c: ID!, $d: ID!) { reassignChainLeadDepartment(chainId: $c, departmentId: $d) { leadDepartment { id name } } }`,
      { c: chain.id, d: dept('武侯区投资促进局') },
    );
    expect(res.reassignChainLeadDepartment.leadDepartment.name).toBe('武侯区投资促进局');
    await t.as(admin, `mutation($c: ID!, $d: ID!) { reassignChainLeadDepartment(chainId: $c, departmentId: $d) { id } }`, { c: chain.id, d: original });
  });

  it('refuses to create a chain without a leader, with a clear error, and creates nothing', async () => {
    const { dept } = await ids();
    const before = await t.rowCounts();
    const res = await t.gql(CREATE, { input: { code: 'low-altitude', name: '低空经济', track: 'FUSION_INNOVATION', leadDepartmentId: dept('武侯区投资促进局') } }, { token: admin });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/^请求不符合接口定义：.*leaderId/);

    const unknownLeader = await t.gql(
      CREATE,
      { input: { code: 'low-altitude', name: '低空经济', track: 'FUSION_INNOVATION', leadDepartmentId: dept('武侯区投资促进局'), leaderId: '00000000-0000-4000-8000-000000000000' } },
      { token: admin },
    );
    expect(unknownLeader.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknownLeader.errors?.[0].message).toBe('找不到该用户');
    expect(await t.rowCounts()).toEqual(before);
  });

  it('creates a chain with its leader and department, and its map, work plan and policy set with it', async () => {
    const { user, dept } = await ids();
    const res = await t.as(admin, CREATE, {
      input: {
        code: 'low-altitude',
        name: '低空经济',
        track: 'FUSION_INNOVATION',
        leaderId: user('district.leader'),
        leadDepartmentId: dept('武侯区投资促进局'),
        focusDirections: ['无人机研发制造', ' 低空运营服务 '],
      },
    });
    const c = res.createChain;
    expect(c.leader.username).toBe('district.leader');
    expect(c.leadDepartment.name).toBe('武侯区投资促进局');
    expect(c.map.focusDirections.map((f: any) => f.name)).toEqual(['无人机研发制造', '低空运营服务']);
    expect(c.workPlan).toMatchObject({ title: '低空经济产业链招商工作方案', tasks: [] });
    expect(c.policySet).toMatchObject({ title: '低空经济产业链支持政策', policies: [] });
    expect((await chains()).map((x) => x.name)).toEqual(['高端新材料', '电子信息', '健康+', '时尚+', '低空经济']);

    const dup = await t.gql(CREATE, { input: { code: 'other', name: '低空经济', track: 'FUSION_INNOVATION', leaderId: user('district.leader'), leadDepartmentId: dept('武侯区投资促进局') } }, { token: admin });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(dup.errors?.[0].message).toBe('已存在同名产业链“低空经济”');
  });

  it('lets only an admin create chains or reassign leaders', async () => {
    const { user, dept } = await ids();
    const leader = await t.signIn('leader.new-materials');
    const [chain] = await chains();
    const before = await t.snapshot();
    const a = await t.gql(REASSIGN, { c: chain.id, u: user('leader.spare') }, { token: leader });
    const b = await t.gql(CREATE, { input: { code: 'x', name: '某链', track: 'FUSION_INNOVATION', leaderId: user('leader.spare'), leadDepartmentId: dept('武侯区投资促进局') } }, { token: leader });
    expect([a.errors?.[0].extensions?.code, b.errors?.[0].extensions?.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(await t.snapshot()).toBe(before);
  });

  describe('the database itself enforces the five ones', () => {
    it('refuses a chain without a leader or lead department', async () => {
      const { dept, user } = await ids();
      await expect(
        t.db.query(`INSERT INTO industry_chain (code, name, track, lead_department_id) VALUES ('a', 'A', 'FUSION_INNOVATION', $1)`, [dept('武侯区投资促进局')]),
      ).rejects.toThrow(/leader_id/);
      await expect(
        t.db.query(`INSERT INTO industry_chain (code, name, track, leader_id) VALUES ('a', 'A', 'FUSION_INNOVATION', $1)`, [user('leader.spare')]),
      ).rejects.toThrow(/lead_department_id/);
    });

    it('refuses a second map, work plan or policy set for one chain', async () => {
      const [chain] = await chains();
      for (const table of ['chain_map', 'work_plan', 'policy_set']) {
        await expect(t.db.query(`INSERT INTO ${table} (chain_id, title) VALUES ($1, 'second')`, [chain.id])).rejects.toThrow(/duplicate key|unique/i);
      }
    });
  });
});
