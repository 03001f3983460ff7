import request from 'supertest';
import { MAX_IMPORT_BASE64 } from '@chainboard/server-spreadsheets';
import { TestApp } from './harness';

/** Bad input of every kind gets a typed error in the user's language, never a stack trace or a 500, and changes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let admin: string;
  let chain: any;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    chain = (await t.as(admin, '{ chains { id name workPlan { tasks { id title } } policySet { policies { id } } } }')).chains[0];
  });
  afterAll(() => t.close());

  const ADD_TASK = `mutation($input: AddTaskInput!) { addWorkPlanTask(input: $input) { id } }`;
  const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateWorkPlanTask(input: $input) { id } }`;

  function expectClean(res: { status: number; errors?: any[] }, code: string) {
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
  }

  it('answers malformed GraphQL with a typed, localised error', async () => {
    const zh = await t.gql('{ chains { name ', {}, { token: admin });
    expectClean(zh, 'BAD_USER_INPUT');
    expect(zh.errors?.[0].message).toMatch(/^请求格式错误：/);
    const en = await t.gql('{ chains { name ', {}, { token: admin, lang: 'en' });
    expect(en.errors?.[0].message).toMatch(/^Malformed request: /);
  });

  it('answers a body that is not JSON, or too large, with a typed error in the user’s language', async () => {
    const res = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: '请求正文不是有效的 JSON', extensions: { code: 'BAD_USER_INPUT' } }]);

    // Room for the largest import file (base64 in a variable); a body beyond it is refused before it is parsed.
    const body = JSON.stringify({ query: 'query($x: String) { __typename }', variables: { x: 'a'.repeat(MAX_IMPORT_BASE64 + 1_000_000) } });
    const tooLarge = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('accept-language', 'en').send(body);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors).toEqual([{ message: 'The request is too large: at most 29 MB', extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('takes a request the size of an import file (beyond the framework’s default of 100 kB)', async () => {
    const res = await t.gql('query($x: String) { __typename }', { x: 'a'.repeat(2_000_000) }, { token: admin });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toBe('请求不符合接口定义：Variable "$x" is never used.');
  });

  it('answers unknown fields and wrong types with a typed error', async () => {
    expectClean(await t.gql('{ chains { nope } }', {}, { token: admin }), 'BAD_USER_INPUT');
    const wrongType = await t.gql(ADD_TASK, { input: { chainId: chain.id, title: 42 } }, { token: admin });
    expectClean(wrongType, 'BAD_USER_INPUT');
    expect(wrongType.errors?.[0].message).toMatch(/^请求不符合接口定义：/);
    expectClean(await t.gql(ADD_TASK, { input: { chainId: chain.id, title: '任务', dueDate: '2025-02-30' } }, { token: admin }), 'BAD_USER_INPUT');
    expectClean(await t.gql(UPDATE_TASK, { input: { taskId: chain.workPlan.tasks[0].id, status: 'FINISHED' } }, { token: admin }), 'BAD_USER_INPUT');
  });

  it('refuses empty, blank and over-long names with the field named in the user’s language', async () => {
    const before = await t.snapshot();
    const blank = await t.gql(ADD_TASK, { input: { chainId: chain.id, title: '   ' } }, { token: admin });
    expectClean(blank, 'BAD_USER_INPUT');
    expect(blank.errors?.[0].message).toBe('标题不能为空');
    expect(blank.errors?.[0].extensions?.fields).toEqual([{ field: 'title', message: '标题不能为空' }]);

    const long = await t.gql(ADD_TASK, { input: { chainId: chain.id, title: '链'.repeat(201) } }, { token: admin, lang: 'en' });
    expect(long.errors?.[0].message).toBe('Title must be at most 200 characters');

    const nullTitle = await t.gql(UPDATE_TASK, { input: { taskId: chain.workPlan.tasks[0].id, title: null } }, { token: admin });
    expectClean(nullTitle, 'BAD_USER_INPUT');
    expect(nullTitle.errors?.[0].message).toBe('标题不能为空');

    const createBlank = await t.gql(
      `mutation($input: CreateChainInput!) { createChain(input: $input) { id } }`,
      { input: { code: 'blank', name: '', track: 'FUSION_INNOVATION', leaderId: '00000000-0000-4000-8000-000000000000', leadDepartmentId: '00000000-0000-4000-8000-000000000000' } },
      { token: admin },
    );
    expect(createBlank.errors?.[0].message).toBe('名称不能为空');
    expect(await t.snapshot()).toBe(before);
  });

  it('answers unknown and malformed ids with typed errors', async () => {
    const before = await t.snapshot();
    const unknown = await t.gql(UPDATE_TASK, { input: { taskId: '00000000-0000-4000-8000-000000000000', status: 'DONE' } }, { token: admin });
    expectClean(unknown, 'NOT_FOUND');
    expect(unknown.errors?.[0].message).toBe('找不到该工作任务');
    const noChain = await t.gql('query($id: ID!) { chain(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, { token: admin, lang: 'en' });
    expect(noChain.errors?.[0].message).toBe('Industry chain not found');
    const malformed = await t.gql(UPDATE_TASK, { input: { taskId: 'not-an-id', status: 'DONE' } }, { token: admin });
    expectClean(malformed, 'BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toBe('工作任务不是有效的编号');
    const malformedQuery = await t.gql('query($id: ID!) { chain(id: $id) { id } }', { id: 'x' }, { token: admin });
    expectClean(malformedQuery, 'BAD_USER_INPUT');
    expect(malformedQuery.errors?.[0].message).toBe('产业链不是有效的编号');
    expect(await t.snapshot()).toBe(before);
  });

  it('refuses text holding a control character in any argument, naming the field in the user’s language, and writes nothing', async () => {
    // Tabs and line breaks are text.
    const task = chain.workPlan.tasks[0];
    const tabbed = await t.gql(UPDATE_TASK, { input: { taskId: task.id, title: `${task.title}\t（续）` } }, { token: admin });
    expect(tabbed.errors).toBeUndefined();
    await t.as(admin, UPDATE_TASK, { input: { taskId: task.id, title: task.title } });

    const before = await t.snapshot();
    const nul = await t.gql(ADD_TASK, { input: { chainId: chain.id, title: '对接\u0000企业' } }, { token: admin });
    expectClean(nul, 'BAD_USER_INPUT');
    expect(nul.errors?.[0].message).toBe('标题不能包含控制字符');
    expect(nul.errors?.[0].extensions?.fields).toEqual([{ field: 'title', message: '标题不能包含控制字符' }]);
    const escape = await t.gql(UPDATE_TASK, { input: { taskId: task.id, title: '\u001b[31m任务' } }, { token: admin, lang: 'en' });
    expect(escape.errors?.[0].message).toBe('Title must not contain control characters');
    // A filter too: it reached SQL before (PostgreSQL cannot take a NUL).
    const filter = await t.gql('mutation { exportCompanies(columns: [], input: { query: "企业\\u0000" }) { fileName } }', {}, { token: admin });
    expectClean(filter, 'BAD_USER_INPUT');
    expect(await t.snapshot()).toBe(before);
  });

  it('checks the filters of an export as those of its list', async () => {
    const res = await t.gql('mutation($input: ProjectListInput) { exportProjects(columns: [], input: $input) { fileName } }', { input: { nodeId: "'; DROP TABLE project; --" } }, { token: admin });
    expectClean(res, 'BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('节点不是有效的编号');
    const tooMany = await t.gql('mutation($input: LeadListInput) { exportLeads(columns: [], input: $input) { fileName } }', { input: { limit: 201 } }, { token: admin, lang: 'en' });
    expect(tooMany.errors?.[0].message).toBe('Page size must be between 1 and 200');
  });

  it('answers a meeting item about an unknown project as not found, adding nothing', async () => {
    const meeting = (await t.as(admin, 'mutation($c: ID!) { createMeeting(input: { title: "坏输入测试会", heldOn: "2099-01-05", chainIds: [$c] }) { id } }', { c: chain.id })).createMeeting;
    const [{ n: before }] = await t.db.query('SELECT count(*)::int AS n FROM meeting_item');
    const res = await t.gql(
      'mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { id } }',
      { input: { meetingId: meeting.id, title: '议题', projectId: '00000000-0000-4000-8000-000000000000' } },
      { token: admin },
    );
    expectClean(res, 'NOT_FOUND');
    const [{ n: after }] = await t.db.query('SELECT count(*)::int AS n FROM meeting_item');
    expect(after).toBe(before);
  });

  it('refuses fields the input does not define', async () => {
    const res = await t.gql(ADD_TASK, { input: { chainId: chain.id, title: '任务', secret: 1 } }, { token: admin });
    expectClean(res, 'BAD_USER_INPUT');
  });

  it('refuses queries that ask for too much at once', async () => {
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expectClean(await t.gql(aliases, {}, { token: admin }), 'BAD_USER_INPUT');
    const huge = `{ me { ${'id '.repeat(6000)} } }`;
    expectClean(await t.gql(huge, {}, { token: admin }), 'BAD_USER_INPUT');
  });
});
