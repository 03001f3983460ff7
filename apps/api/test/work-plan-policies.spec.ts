import { CHAIN_FIELDS, TestApp } from './harness';

describe('work plans and policy sets', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let chain: any;
  let other: any;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    leader = await t.signIn('leader.new-materials');
    const all = (await t.as(admin, `{ chains { ${CHAIN_FIELDS} } }`)).chains;
    chain = all.find((c: any) => c.code === 'new-materials');
    other = all.find((c: any) => c.code === 'fashion-plus');
  });
  afterAll(() => t.close());

  const ADD_TASK = `mutation($input: AddTaskInput!) { addWorkPlanTask(input: $input) { id title status dueDate description completedAt ownerDepartment { name } } }`;
  const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateWorkPlanTask(input: $input) { id title status dueDate completedAt description } }`;
  const ADD_POLICY = `mutation($input: AddPolicyInput!) { addPolicy(input: $input) { id title documentNumber issuer summary validFrom validTo isDemo } }`;
  const UPDATE_POLICY = `mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { id title summary validFrom validTo } }`;

  async function chainNow(id = chain.id) {
    return (await t.as(admin, `query($id: ID!) { chain(id: $id) { ${CHAIN_FIELDS} } }`, { id })).chain;
  }

  it('lets the chain leader add, edit and complete a task of their work plan', async () => {
    const { departments } = await t.as(leader, '{ departments { id name } }');
    const dept = departments.find((d: any) => d.name === '武侯区投资促进局');
    const added = (await t.as(leader, ADD_TASK, {
      input: { chainId: chain.id, title: '  编制电子陶瓷材料招商目标企业清单  ', ownerDepartmentId: dept.id, dueDate: '2025-09-30' },
    })).addWorkPlanTask;
    expect(added).toMatchObject({ title: '编制电子陶瓷材料招商目标企业清单', status: 'TODO', dueDate: '2025-09-30', completedAt: null, ownerDepartment: { name: '武侯区投资促进局' } });

    const edited = (await t.as(leader, UPDATE_TASK, { input: { taskId: added.id, description: '对标六类500强', dueDate: null } })).updateWorkPlanTask;
    expect(edited).toMatchObject({ title: '编制电子陶瓷材料招商目标企业清单', description: '对标六类500强', dueDate: null });

    const before = (await chainNow()).workPlan.progress;
    const done = (await t.as(leader, UPDATE_TASK, { input: { taskId: added.id, status: 'DONE' } })).updateWorkPlanTask;
    expect(done.status).toBe('DONE');
    expect(new Date(done.completedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const after = (await chainNow()).workPlan.progress;
    expect(after.done).toBe(before.done + 1);
    expect(after.total).toBe(before.total);

    const reopened = (await t.as(leader, UPDATE_TASK, { input: { taskId: added.id, status: 'IN_PROGRESS' } })).updateWorkPlanTask;
    expect(reopened.completedAt).toBeNull();

    const deleted = await t.as(leader, `mutation($id: ID!) { deleteWorkPlanTask(taskId: $id) }`, { id: added.id });
    expect(deleted.deleteWorkPlanTask).toBe(added.id);
    expect((await chainNow()).workPlan.tasks.some((x: any) => x.id === added.id)).toBe(false);
  });

  it('keeps a chain leader out of another chain’s work plan and policies', async () => {
    const before = await t.snapshot();
    const a = await t.gql(ADD_TASK, { input: { chainId: other.id, title: '越权任务' } }, { token: leader });
    const b = await t.gql(UPDATE_TASK, { input: { taskId: other.workPlan.tasks[0].id, status: 'DONE' } }, { token: leader });
    const c = await t.gql(ADD_POLICY, { input: { chainId: other.id, title: '越权政策' } }, { token: leader });
    const viewer = await t.signIn('viewer');
    const d = await t.gql(UPDATE_TASK, { input: { taskId: chain.workPlan.tasks[0].id, status: 'DONE' } }, { token: viewer });
    expect([a, b, c, d].map((r) => r.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await t.snapshot()).toBe(before);
  });

  it('lets a member of the lead department edit the chain’s work plan', async () => {
    const member = await t.signIn('dept.jkx');
    const res = await t.as(member, UPDATE_TASK, { input: { taskId: chain.workPlan.tasks[0].id, title: chain.workPlan.tasks[0].title } });
    expect(res.updateWorkPlanTask.id).toBe(chain.workPlan.tasks[0].id);
    const elsewhere = await t.gql(UPDATE_TASK, { input: { taskId: other.workPlan.tasks[0].id, title: 'x' } }, { token: member });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('adds and edits policies, keeping dates exact', async () => {
    const added = (await t.as(leader, ADD_POLICY, {
      input: { chainId: chain.id, title: '武侯区新材料首批次应用保险补偿办法', documentNumber: '武经科信发〔2024〕8号', issuer: '武侯区经济科技和信息化局', summary: '对首批次新材料应用给予保费补贴', validFrom: '2024-01-01', validTo: '2026-12-31' },
    })).addPolicy;
    expect(added).toMatchObject({ documentNumber: '武经科信发〔2024〕8号', validFrom: '2024-01-01', validTo: '2026-12-31', isDemo: false });

    const edited = (await t.as(leader, UPDATE_POLICY, { input: { policyId: added.id, summary: '保费补贴最高80%', validTo: null } })).updatePolicy;
    expect(edited).toMatchObject({ title: '武侯区新材料首批次应用保险补偿办法', summary: '保费补贴最高80%', validFrom: '2024-01-01', validTo: null });
    const policies = (await chainNow()).policySet.policies;
    expect(policies.filter((p: any) => p.id === added.id)).toHaveLength(1);
  });

  it('refuses a policy that ends before it starts, on add and on edit, and changes nothing', async () => {
    const before = await t.snapshot();
    const a = await t.gql(ADD_POLICY, { input: { chainId: chain.id, title: '日期颠倒的政策', validFrom: '2025-01-01', validTo: '2024-12-31' } }, { token: leader });
    expect(a.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(a.errors?.[0].message).toBe('失效日期不能早于生效日期');
    const policy = chain.policySet.policies[0];
    const b = await t.gql(UPDATE_POLICY, { input: { policyId: policy.id, validTo: '2000-01-01' } }, { token: leader, lang: 'en' });
    expect(b.errors?.[0].message).toBe('The end date must not be before the start date');
    expect(await t.snapshot()).toBe(before);
  });
});
