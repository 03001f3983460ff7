import { CompaniesService } from '@chainboard/server-companies';
import { CLOCK, LeadsService, SystemClock } from '@chainboard/server-leads';
import { User } from '@chainboard/server-users';
import { chainsByCode, crmCounts, crmSnapshot, nodesOf, refusal } from './crm-helpers';
import { TestApp } from './harness';

const LEAD_FIELDS = `id title status source createdOn closeReason intendedInvestment nextAction nextActionDue confidential codeName masked canEdit version
  company { id name } owner { username } chain { code } nodes { id name } project { id name stage investment company { id } }
  timing { firstContactOn assessedOn lastContactOn firstContactDue assessmentDue firstContactOverdue assessmentOverdue nextActionOverdue nextActionDueToday stale daysSinceContact alerts }
  contacts { id summary occurredOn }`;
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { ${LEAD_FIELDS} } }`;
const MOVE = `mutation($input: MoveLeadInput!) { moveLead(input: $input) { ${LEAD_FIELDS} } }`;
const CONVERT = `mutation($input: ConvertLeadInput!) { convertLeadToProject(input: $input) { ${LEAD_FIELDS} } }`;
const GET = `query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
const CONTACT = `mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id occurredOn summary company { id } lead { id status } createdBy { username } } }`;
const WORK = `{ myWork { today rules { staleDays } openLeads { leadIds } firstContactOverdue { leadIds } assessmentOverdue { leadIds } overdueNextActions { leadIds } dueToday { leadIds } stale { leadIds } prospects { items { id } } } }`;
/** A "My work" answer with each list as the ids of its rows. */
const rowsOf = (work: any) =>
  Object.fromEntries(Object.entries(work).map(([k, v]: [string, any]) => [k, v?.leadIds ? v.leadIds.map((id: string) => ({ id })) : v?.items ?? v])) as any;

describe('leads', () => {
  let t: TestApp;
  let clock: SystemClock;
  let admin: string;
  let staff: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let nodes: Array<{ id: string; name: string }>;

  const at = (instant: string) => clock.pin(instant);

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get<SystemClock>(CLOCK);
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    chains = await chainsByCode(t, admin);
    nodes = await nodesOf(t, admin, chains['electronic-information'].id);
  });
  afterAll(() => t.close());

  describe('quick entry', () => {
    it('logs a lead with a new company from three fields, with defaults', async () => {
      at('2025-11-21T10:00:00+08:00');
      const { createLead: lead } = await t.as(staff, CREATE, {
        input: { title: '射频前端模组项目', chainId: chains['electronic-information'].id, company: { name: '深圳快录射频科技有限公司' } },
      });
      expect(lead).toMatchObject({
        title: '射频前端模组项目',
        status: 'NEW',
        source: 'OTHER',
        createdOn: '2025-11-21',
        owner: { username: 'staff.01' },
        chain: { code: 'electronic-information' },
        company: { name: '深圳快录射频科技有限公司' },
        confidential: false,
        masked: false,
        canEdit: true,
        nodes: [],
      });
      const { company } = await t.as(staff, `query($id: ID!) { company(id: $id) { leads { id } openLeadCount } }`, { id: lead.company.id });
      expect(company).toEqual({ leads: [{ id: lead.id }], openLeadCount: 1 });
    });

    it('creates nothing when one part fails: the lead or the company', async () => {
      const other = (await nodesOf(t, admin, chains['health-plus'].id))[0];
      const before = await crmSnapshot(t);
      const wrongNode = await t.gql(
        CREATE,
        { input: { title: '跨链线索', chainId: chains['electronic-information'].id, company: { name: '不该留下的企业' }, nodeIds: [other.id] } },
        { token: staff },
      );
      expect(refusal(wrongNode)).toEqual({ code: 'BAD_USER_INPUT', message: `节点“${other.name}”不属于该线索的产业链` });
      const badCompany = await t.gql(
        CREATE,
        { input: { title: '企业信息有误', chainId: chains['electronic-information'].id, company: { name: '代码错误企业', creditCode: '91510100MA6CGUQ1' } } },
        { token: staff, lang: 'en' },
      );
      expect(refusal(badCompany)).toEqual({ code: 'BAD_USER_INPUT', message: 'The unified social credit code must be 18 characters long; this one has 16' });
      const duplicate = await t.gql(CREATE, { input: { title: '重复企业', chainId: chains['electronic-information'].id, company: { name: '深圳快录射频科技股份有限公司' } } }, { token: staff });
      expect(refusal(duplicate).code).toBe('CONFLICT');
      const both = await t.gql(CREATE, { input: { title: '两个企业', chainId: chains['electronic-information'].id } }, { token: staff });
      expect(refusal(both)).toEqual({ code: 'BAD_USER_INPUT', message: '请选择一家企业，或填写新企业的名称' });
      const future = await t.gql(CREATE, { input: { title: '未来线索', chainId: chains['electronic-information'].id, company: { name: '未来企业' }, createdOn: '2025-11-22' } }, { token: staff });
      expect(refusal(future)).toEqual({ code: 'BAD_USER_INPUT', message: '登记日期不能晚于今天' });
      const viewer = await t.gql(CREATE, { input: { title: '只读用户的线索', chainId: chains['electronic-information'].id, company: { name: '只读企业' } } }, { token: await t.signIn('viewer') });
      expect(refusal(viewer).code).toBe('FORBIDDEN');
      const otherLeader = await t.gql(CREATE, { input: { title: '别的链', chainId: chains['electronic-information'].id, company: { name: '别的链企业' } } }, { token: await t.signIn('leader.health-plus') });
      expect(refusal(otherLeader).code).toBe('FORBIDDEN');
      expect(await crmSnapshot(t)).toBe(before);
    });
  });

  describe('owners', () => {
    const UPDATE_OWNER = `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id owner { username } } }`;
    let users: Record<string, { id: string; displayName: string }>;
    beforeAll(async () => {
      const rows: Array<{ id: string; username: string; display_name: string }> = await t.db.query(`SELECT id, username, display_name FROM app_user`);
      users = Object.fromEntries(rows.map((u) => [u.username, { id: u.id, displayName: u.display_name }]));
    });

    it('refuses a viewer as owner, naming the field, in the user’s language, and changes nothing', async () => {
      at('2025-11-21T10:00:00+08:00');
      const chainId = chains['electronic-information'].id;
      const viewer = users['viewer'];
      const before = await crmSnapshot(t);
      const created = await t.gql(CREATE, { input: { title: '只读负责人线索', chainId, company: { name: '只读负责人企业' }, ownerId: viewer.id } }, { token: staff });
      const zh = `用户“${viewer.displayName}”的角色不能负责线索`;
      expect(refusal(created)).toEqual({ code: 'BAD_USER_INPUT', message: zh });
      expect(created.errors?.[0].extensions?.fields).toEqual([{ field: 'ownerId', message: zh }]);
      const en = await t.gql(CREATE, { input: { title: '只读负责人线索', chainId, company: { name: '只读负责人企业' }, ownerId: viewer.id } }, { token: staff, lang: 'en' });
      expect(refusal(en)).toEqual({ code: 'BAD_USER_INPUT', message: `User "${viewer.displayName}" has a role that cannot own leads` });
      expect(en.errors?.[0].extensions?.fields?.[0].field).toBe('ownerId');
      expect(await crmSnapshot(t)).toBe(before);

      const { createLead: lead } = await t.as(staff, CREATE, { input: { title: '换负责人线索', chainId, company: { name: '换负责人企业' } } });
      const afterCreate = await crmSnapshot(t);
      const updated = await t.gql(UPDATE_OWNER, { input: { leadId: lead.id, ownerId: viewer.id } }, { token: staff });
      expect(refusal(updated)).toEqual({ code: 'BAD_USER_INPUT', message: zh });
      expect(updated.errors?.[0].extensions?.fields?.[0].field).toBe('ownerId');
      const leader = await t.gql(UPDATE_OWNER, { input: { leadId: lead.id, ownerId: users['district.leader'].id } }, { token: staff });
      expect(refusal(leader)).toEqual({ code: 'BAD_USER_INPUT', message: `用户“${users['district.leader'].displayName}”的角色不能负责线索` });
      const otherChain = await t.gql(UPDATE_OWNER, { input: { leadId: lead.id, ownerId: users['leader.health-plus'].id } }, { token: staff });
      expect(refusal(otherChain)).toEqual({ code: 'BAD_USER_INPUT', message: `用户“${users['leader.health-plus'].displayName}”只能负责本人所管产业链的线索` });
      expect(await crmSnapshot(t)).toBe(afterCreate);
    });

    it('takes a staff member, and a chain leader on the chain they lead', async () => {
      at('2025-11-21T10:00:00+08:00');
      const chainId = chains['electronic-information'].id;
      const { createLead: lead } = await t.as(staff, CREATE, { input: { title: '员工负责线索', chainId, company: { name: '员工负责企业' }, ownerId: users['staff.02'].id } });
      expect(lead.owner).toEqual({ username: 'staff.02' });
      const moved = (await t.as(staff, UPDATE_OWNER, { input: { leadId: lead.id, ownerId: users['leader.electronic-information'].id } })).updateLead;
      expect(moved.owner).toEqual({ username: 'leader.electronic-information' });
    });

    it('holds a prospect’s assignee, who becomes the lead’s owner, to the same rule', async () => {
      const [node] = await nodesOf(t, admin, chains['electronic-information'].id);
      const add = `mutation($input: AddProspectInput!) { addProspect(input: $input) { id assignee { username } } }`;
      const before = await crmSnapshot(t);
      const refused = await t.gql(add, { input: { nodeId: node.id, company: { name: '只读跟进企业' }, assigneeId: users['viewer'].id } }, { token: staff });
      expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', message: `用户“${users['viewer'].displayName}”的角色不能负责线索` });
      expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('assigneeId');
      expect(await crmSnapshot(t)).toBe(before);
      const taken = (await t.as(staff, add, { input: { nodeId: node.id, company: { name: '员工跟进企业' }, assigneeId: users['staff.02'].id } })).addProspect;
      expect(taken.assignee).toEqual({ username: 'staff.02' });
    });

    it('tells the web which users may own leads', async () => {
      const { users: list } = await t.as(staff, `{ users { username mayOwnLeads } }`);
      const may = Object.fromEntries(list.map((u: { username: string; mayOwnLeads: boolean }) => [u.username, u.mayOwnLeads]));
      expect(may).toMatchObject({ viewer: false, 'district.leader': false, 'staff.01': true, 'leader.health-plus': true, 'dept.jkx': true, admin: true });
    });
  });

  describe('status moves', () => {
    let lead: any;
    beforeAll(async () => {
      at('2025-11-21T10:00:00+08:00');
      lead = (await t.as(staff, CREATE, { input: { title: '电子陶瓷扩产', chainId: chains['electronic-information'].id, company: { name: '潮州三环测试有限公司' }, intendedInvestment: '12.5', nodeIds: [nodes[0].id, nodes[1].id] } })).createLead;
    });

    it('refuses an illegal move and a drop without a reason, in the user’s language, and changes nothing', async () => {
      const before = await crmSnapshot(t);
      const illegal = await t.gql(MOVE, { input: { leadId: lead.id, status: 'CONVERTED' } }, { token: staff });
      expect(refusal(illegal)).toEqual({ code: 'BAD_USER_INPUT', message: '请使用“转为项目”把线索转成项目' });
      const noReason = await t.gql(MOVE, { input: { leadId: lead.id, status: 'DROPPED', reason: '  ' } }, { token: staff });
      expect(refusal(noReason)).toEqual({ code: 'BAD_USER_INPUT', message: '终止线索必须填写原因' });
      const noReasonEn = await t.gql(MOVE, { input: { leadId: lead.id, status: 'DROPPED' } }, { token: staff, lang: 'en' });
      expect(noReasonEn.errors?.[0].message).toBe('Dropping a lead needs a reason');
      const same = await t.gql(MOVE, { input: { leadId: lead.id, status: 'NEW' } }, { token: staff });
      expect(refusal(same)).toEqual({ code: 'BAD_USER_INPUT', message: '线索不能从“新建”改为“新建”' });
      expect(await crmSnapshot(t)).toBe(before);
    });

    it('records the first assessment, refuses going back, and drops with a reason', async () => {
      at('2025-11-24T10:00:00+08:00');
      const visited = (await t.as(staff, MOVE, { input: { leadId: lead.id, status: 'VISITED', expectedVersion: lead.version } })).moveLead;
      expect(visited.status).toBe('VISITED');
      expect(visited.timing).toMatchObject({ assessedOn: '2025-11-24', firstContactOn: '2025-11-24', lastContactOn: '2025-11-24' });
      const stale = await t.gql(MOVE, { input: { leadId: lead.id, status: 'NEGOTIATING', expectedVersion: lead.version } }, { token: staff });
      expect(refusal(stale).code).toBe('CONFLICT');

      const before = await crmSnapshot(t);
      const back = await t.gql(MOVE, { input: { leadId: lead.id, status: 'CONTACTED' } }, { token: staff, lang: 'en' });
      expect(refusal(back)).toEqual({ code: 'BAD_USER_INPUT', message: 'A lead cannot move from "Visited" to "Contacted"' });
      expect(await crmSnapshot(t)).toBe(before);

      at('2025-11-26T10:00:00+08:00');
      const shelved = (await t.as(staff, MOVE, { input: { leadId: lead.id, status: 'SHELVED', reason: '企业暂缓投资' } })).moveLead;
      expect(shelved).toMatchObject({ status: 'SHELVED', closeReason: '企业暂缓投资' });
      expect(shelved.timing.assessedOn).toBe('2025-11-24');
      const reopened = (await t.as(staff, MOVE, { input: { leadId: lead.id, status: 'NEGOTIATING' } })).moveLead;
      expect(reopened).toMatchObject({ status: 'NEGOTIATING', closeReason: null });
    });

    it('converts a negotiating lead into a project with its company, chain, nodes and investment, linked both ways', async () => {
      const fresh = (await t.as(staff, CREATE, { input: { title: '尚未洽谈', chainId: chains['electronic-information'].id, companyId: lead.company.id } })).createLead;
      const before = await crmSnapshot(t);
      const early = await t.gql(CONVERT, { input: { leadId: fresh.id } }, { token: staff });
      expect(refusal(early)).toEqual({ code: 'BAD_USER_INPUT', message: '线索不能从“新建”改为“已转项目”' });
      expect(await crmSnapshot(t)).toBe(before);

      const converted = (await t.as(staff, CONVERT, { input: { leadId: lead.id, projectName: '三环电子陶瓷扩产项目' } })).convertLeadToProject;
      expect(converted).toMatchObject({ status: 'CONVERTED', project: { name: '三环电子陶瓷扩产项目', stage: 'NEGOTIATING', investment: '12.5', company: { id: lead.company.id } } });
      const projectNodes = await t.db.query(`SELECT segment_id FROM project_chain_node WHERE project_id = $1 ORDER BY 1`, [converted.project.id]);
      expect(projectNodes.map((r: any) => r.segment_id)).toEqual([nodes[0].id, nodes[1].id].sort());
      const { company } = await t.as(staff, `query($id: ID!) { company(id: $id) { projects { id lead { id status } } } }`, { id: lead.company.id });
      expect(company.projects).toEqual([{ id: converted.project.id, lead: { id: lead.id, status: 'CONVERTED' } }]);
      const again = await t.gql(CONVERT, { input: { leadId: lead.id } }, { token: staff });
      expect(refusal(again).code).toMatch(/BAD_USER_INPUT|CONFLICT/);

      const dropped = (await t.as(staff, MOVE, { input: { leadId: fresh.id, status: 'DROPPED', reason: '企业决定投资重庆' } })).moveLead;
      expect(dropped).toMatchObject({ status: 'DROPPED', closeReason: '企业决定投资重庆' });
      const afterDrop = await t.gql(MOVE, { input: { leadId: fresh.id, status: 'CONTACTED' } }, { token: staff });
      expect(refusal(afterDrop).message).toBe('线索不能从“已终止”改为“已联系”');
    });
  });

  describe('contacts', () => {
    it('keeps the lead’s contact dates and status, and the timelines newest first', async () => {
      at('2025-11-27T09:00:00+08:00');
      const lead = (await t.as(staff, CREATE, { input: { title: '联系记录测试', chainId: chains['electronic-information'].id, company: { name: '联系测试企业' } } })).createLead;
      const first = (await t.as(staff, CONTACT, { input: { leadId: lead.id, type: 'CALL', summary: '电话沟通投资意向', occurredOn: '2025-11-26' } })).addInteraction;
      expect(first).toMatchObject({ occurredOn: '2025-11-26', company: { id: lead.company.id }, lead: { id: lead.id, status: 'CONTACTED' }, createdBy: { username: 'staff.01' } });
      await t.as(staff, CONTACT, { input: { leadId: lead.id, type: 'VISIT_OUT', summary: '上门拜访企业总部' } });
      const companyOnly = (await t.as(staff, CONTACT, { input: { companyId: lead.company.id, type: 'EVENT', summary: '展会上交换名片', occurredOn: '2025-11-20' } })).addInteraction;
      const read = (await t.as(staff, GET, { id: lead.id })).lead;
      expect(read.timing).toMatchObject({ firstContactOn: '2025-11-26', lastContactOn: '2025-11-27' });
      expect(read.contacts.map((c: any) => c.summary)).toEqual(['上门拜访企业总部', '电话沟通投资意向']);
      const { company } = await t.as(staff, `query($id: ID!) { company(id: $id) { contacts { summary } lastContactOn } }`, { id: lead.company.id });
      expect(company.contacts.map((c: any) => c.summary)).toEqual(['上门拜访企业总部', '电话沟通投资意向', '展会上交换名片']);
      expect(company.lastContactOn).toBe('2025-11-27');

      await t.as(staff, `mutation($input: UpdateInteractionInput!) { updateInteraction(input: $input) { id } }`, { input: { interactionId: first.id, occurredOn: '2025-11-25', outcome: '有意向' } });
      expect((await t.as(staff, GET, { id: lead.id })).lead.timing.firstContactOn).toBe('2025-11-25');
      await t.as(staff, `mutation($id: ID!) { deleteInteraction(interactionId: $id) }`, { id: first.id });
      expect((await t.as(staff, GET, { id: lead.id })).lead.timing).toMatchObject({ firstContactOn: '2025-11-27', lastContactOn: '2025-11-27' });

      const before = await crmSnapshot(t);
      const future = await t.gql(CONTACT, { input: { leadId: lead.id, type: 'CALL', summary: '明天的电话', occurredOn: '2025-11-28' } }, { token: staff });
      expect(refusal(future)).toEqual({ code: 'BAD_USER_INPUT', message: '联系日期不能晚于今天' });
      const noCompany = await t.gql(CONTACT, { input: { type: 'CALL', summary: '不知和谁' } }, { token: staff, lang: 'en' });
      expect(refusal(noCompany)).toEqual({ code: 'BAD_USER_INPUT', message: 'Say which company the contact was with' });
      const blank = await t.gql(CONTACT, { input: { leadId: lead.id, type: 'CALL', summary: ' ' } }, { token: staff });
      expect(refusal(blank)).toEqual({ code: 'BAD_USER_INPUT', message: '摘要不能为空' });
      const viewer = await t.gql(`mutation($id: ID!) { deleteInteraction(interactionId: $id) }`, { id: companyOnly.id }, { token: await t.signIn('viewer') });
      expect(refusal(viewer).code).toBe('FORBIDDEN');
      expect(await crmSnapshot(t)).toBe(before);
    });
  });

  describe('time rules', () => {
    let lead: any;
    const timing = async () => (await t.as(staff, GET, { id: lead.id })).lead.timing;
    const work = async () => rowsOf((await t.as(staff, WORK)).myWork);
    const alertIds = async (alert: string) => (await t.as(staff, `query($a: LeadAlert) { leads(input: { alert: $a, mine: true, limit: 200 }) { items { id } } }`, { a: alert })).leads.items.map((l: any) => l.id);

    beforeAll(async () => {
      at('2025-12-05T10:00:00+08:00'); // a Friday
      lead = (await t.as(staff, CREATE, { input: { title: '时限测试线索', chainId: chains['electronic-information'].id, company: { name: '时限测试企业' }, nextActionDue: '2025-12-22', nextAction: '寄送资料' } })).createLead;
    });
    afterAll(() => clock.pin(null));

    it('computes the first-contact and assessment deadlines in working days, from the injected clock', async () => {
      at('2025-12-08T15:59:00Z'); // Monday 23:59 in Chengdu
      expect(await timing()).toMatchObject({ firstContactDue: '2025-12-08', assessmentDue: '2025-12-10', firstContactOverdue: false, assessmentOverdue: false, alerts: [] });
      at('2025-12-08T16:01:00Z'); // Tuesday 00:01 in Chengdu
      expect(await timing()).toMatchObject({ firstContactOverdue: true, assessmentOverdue: false, alerts: ['FIRST_CONTACT_OVERDUE'] });
      expect((await work()).firstContactOverdue.map((l: any) => l.id)).toContain(lead.id);
      expect(await alertIds('FIRST_CONTACT_OVERDUE')).toContain(lead.id);
      at('2025-12-11T10:00:00+08:00');
      expect(await timing()).toMatchObject({ firstContactOverdue: true, assessmentOverdue: true });
      expect(await alertIds('ASSESSMENT_OVERDUE')).toContain(lead.id);
      await t.as(staff, CONTACT, { input: { leadId: lead.id, type: 'CALL', summary: '首次电话联系' } });
      expect(await timing()).toMatchObject({ firstContactOn: '2025-12-11', firstContactOverdue: false, assessmentOverdue: true, daysSinceContact: 0 });
      expect(await alertIds('FIRST_CONTACT_OVERDUE')).not.toContain(lead.id);
    });

    it('calls a lead stale after the stale period without contact, by the configurable rule', async () => {
      at('2025-12-24T10:00:00+08:00');
      expect(await timing()).toMatchObject({ stale: false, daysSinceContact: 13 });
      expect(await alertIds('STALE')).not.toContain(lead.id);
      at('2025-12-25T10:00:00+08:00');
      expect(await timing()).toMatchObject({ stale: true, daysSinceContact: 14 });
      expect((await work()).stale.map((l: any) => l.id)).toContain(lead.id);
      expect(await alertIds('STALE')).toContain(lead.id);

      const rules = `mutation($input: UpdateLeadTimeRulesInput!) { updateLeadTimeRules(input: $input) { firstContactWorkingDays assessmentWorkingDays staleDays } }`;
      const before = await crmSnapshot(t);
      const byStaff = await t.gql(rules, { input: { firstContactWorkingDays: 1, assessmentWorkingDays: 3, staleDays: 30 } }, { token: staff });
      expect(refusal(byStaff).code).toBe('FORBIDDEN');
      const outOfRange = await t.gql(rules, { input: { firstContactWorkingDays: 1, assessmentWorkingDays: 3, staleDays: 0 } }, { token: admin });
      expect(refusal(outOfRange)).toEqual({ code: 'BAD_USER_INPUT', message: '停滞天数应在1到365之间的整数' });
      const order = await t.gql(rules, { input: { firstContactWorkingDays: 5, assessmentWorkingDays: 3, staleDays: 14 } }, { token: admin, lang: 'en' });
      expect(refusal(order)).toEqual({ code: 'BAD_USER_INPUT', message: 'The assessment deadline cannot be shorter than the first-contact deadline' });
      expect(await crmSnapshot(t)).toBe(before);

      expect((await t.as(admin, rules, { input: { firstContactWorkingDays: 1, assessmentWorkingDays: 3, staleDays: 30 } })).updateLeadTimeRules.staleDays).toBe(30);
      expect(await timing()).toMatchObject({ stale: false });
      expect((await work()).rules.staleDays).toBe(30);
      await t.as(admin, rules, { input: { firstContactWorkingDays: 1, assessmentWorkingDays: 3, staleDays: 14 } });
    });

    it('lists today’s follow-ups and overdue next actions on "My work", and the same for a chain leader', async () => {
      at('2025-12-22T10:00:00+08:00');
      let w = await work();
      expect(w.today).toBe('2025-12-22');
      expect(w.dueToday.map((l: any) => l.id)).toContain(lead.id);
      expect(w.overdueNextActions.map((l: any) => l.id)).not.toContain(lead.id);
      expect(w.openLeads.map((l: any) => l.id)).toContain(lead.id);
      expect(await alertIds('NEXT_ACTION_TODAY')).toContain(lead.id);
      at('2025-12-23T10:00:00+08:00');
      w = await work();
      expect(w.dueToday.map((l: any) => l.id)).not.toContain(lead.id);
      expect(w.overdueNextActions.map((l: any) => l.id)).toContain(lead.id);
      expect((await timing()).nextActionOverdue).toBe(true);

      const leader = await t.signIn('leader.electronic-information');
      const chainWork = (await t.as(leader, `query($id: ID!) { chainWork(chainId: $id) { chain { code } openLeads { total leadIds } overdueNextActions { leadIds } } }`, { id: chains['electronic-information'].id })).chainWork;
      expect(chainWork.chain.code).toBe('electronic-information');
      expect(chainWork.overdueNextActions.leadIds).toContain(lead.id);
      expect(chainWork.openLeads.total).toBeGreaterThanOrEqual(3);
      expect(chainWork.openLeads.leadIds.length).toBe(chainWork.openLeads.total);
      expect((await t.as(await t.signIn('staff.02'), WORK)).myWork.openLeads).toEqual({ leadIds: [] });
    });
  });

  describe('confidential leads', () => {
    let secret: any;
    let node: { id: string; name: string };
    let other: string;

    beforeAll(async () => {
      at('2025-12-01T10:00:00+08:00');
      node = nodes[2];
      secret = (await t.as(staff, CREATE, {
        input: {
          title: '京东方第8.6代线配套项目',
          chainId: chains['electronic-information'].id,
          company: { name: '北京保密显示科技有限公司' },
          confidential: true,
          codeName: '蓝海项目',
          intendedInvestment: '30',
          nextAction: '约见京东方副总裁',
          nodeIds: [node.id],
        },
      })).createLead;
      await t.as(staff, CONTACT, { input: { leadId: secret.id, type: 'MEETING', summary: '与京东方洽谈第8.6代线配套' } });
      other = await t.signIn('staff.02');
    });

    const expectMasked = (l: any, title = '蓝海项目') =>
      expect(l).toMatchObject({ id: secret.id, title, masked: true, company: null, intendedInvestment: null, nextAction: null, contacts: [], canEdit: false });

    it('masks it for a user without access everywhere it appears: the lead, the lists, the node panel', async () => {
      expectMasked((await t.as(other, GET, { id: secret.id })).lead);
      const list = (await t.as(other, `{ leads(input: { limit: 200 }) { items { ${LEAD_FIELDS} } } }`)).leads.items;
      expectMasked(list.find((l: any) => l.id === secret.id));
      const panel = (await t.as(other, `query($id: ID!) { chainNode(id: $id) { leads { id title masked company { id } } } }`, { id: node.id })).chainNode.leads;
      expect(panel).toEqual([{ id: secret.id, title: '蓝海项目', masked: true, company: null }]);
      const otherLeader = (await t.as(await t.signIn('leader.health-plus'), GET, { id: secret.id })).lead;
      expectMasked(otherLeader);
      const work = (await t.as(other, `query($id: ID!) { chainWork(chainId: $id) { leads { id title masked } } }`, { id: chains['electronic-information'].id })).chainWork;
      expect(work.leads.find((l: any) => l.id === secret.id)).toEqual({ id: secret.id, title: '蓝海项目', masked: true });
    });

    it('never finds it by what is hidden: search, text and company filters, the company page', async () => {
      const search = (await t.as(other, `{ search(input: { query: "京东方" }) { groups { kind hits { id title } } } }`)).search.groups;
      expect(search.flatMap((g: any) => g.hits.map((h: any) => h.id))).toEqual([]);
      const byCompany = (await t.as(other, `{ search(input: { query: "保密显示" }) { groups { kind hits { id } } } }`)).search.groups;
      expect(byCompany.find((g: any) => g.kind === 'COMPANY').hits).toHaveLength(1);
      expect(byCompany.find((g: any) => g.kind === 'LEAD').hits).toEqual([]);
      const text = (await t.as(other, `{ leads(input: { query: "京东方" }) { total } }`)).leads.total;
      expect(text).toBe(0);
      const filtered = (await t.as(other, `query($id: ID!) { leads(input: { companyId: $id }) { total } }`, { id: secret.company.id })).leads.total;
      expect(filtered).toBe(0);
      const page = (await t.as(other, `query($id: ID!) { company(id: $id) { leads { id } contacts { id } openLeadCount lastContactOn } }`, { id: secret.company.id })).company;
      expect(page).toEqual({ leads: [], contacts: [], openLeadCount: 0, lastContactOn: null });
    });

    it('shows it as it is to its owner, the chain’s leader and admins', async () => {
      for (const token of [staff, await t.signIn('leader.electronic-information'), admin, await t.signIn('district.leader')]) {
        const lead = (await t.as(token, GET, { id: secret.id })).lead;
        expect(lead).toMatchObject({ title: '京东方第8.6代线配套项目', masked: false, company: { name: '北京保密显示科技有限公司' }, intendedInvestment: '30', nextAction: '约见京东方副总裁' });
        expect(lead.contacts).toHaveLength(1);
      }
      const search = (await t.as(staff, `{ search(input: { query: "京东方" }) { groups { kind hits { id } } } }`)).search.groups;
      expect(search.find((g: any) => g.kind === 'LEAD').hits.map((h: any) => h.id)).toEqual([secret.id]);
      expect(search.find((g: any) => g.kind === 'CONTACT').hits).toHaveLength(1);
    });

    it('refuses edits by a user who sees it masked, and changes nothing; a lead without a code name shows a generic title', async () => {
      const before = await crmSnapshot(t);
      const edit = await t.gql(UPDATE, { input: { leadId: secret.id, title: '改个名字' } }, { token: other });
      expect(refusal(edit)).toEqual({ code: 'FORBIDDEN', message: '您没有执行此操作的权限' });
      const contact = await t.gql(CONTACT, { input: { leadId: secret.id, type: 'CALL', summary: '试探' } }, { token: other, lang: 'en' });
      expect(refusal(contact)).toEqual({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });
      expect(await crmSnapshot(t)).toBe(before);

      await t.as(staff, UPDATE, { input: { leadId: secret.id, codeName: null } });
      expect((await t.gql(GET, { id: secret.id }, { token: other })).data.lead.title).toBe('保密线索');
      expect((await t.gql(GET, { id: secret.id }, { token: other, lang: 'en' })).data.lead.title).toBe('Confidential lead');
    });
  });

  describe('prospects', () => {
    it('lists prospects per chain and node, and turns one into a lead linked both ways', async () => {
      const leader = await t.signIn('leader.new-materials');
      const [mNode] = await nodesOf(t, admin, chains['new-materials'].id);
      const staff2 = await t.signIn('staff.02');
      const [{ id: staff2Id }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'staff.02'`);
      const add = `mutation($input: AddProspectInput!) { addProspect(input: $input) { id priority reason assignee { username } company { name } node { id } chain { code } lead { id } } }`;
      const p = (await t.as(leader, add, { input: { nodeId: mNode.id, company: { name: '日本京瓷测试株式会社', isListed: true }, priority: 'HIGH', assigneeId: staff2Id, reason: '世界500强，电子陶瓷龙头' } })).addProspect;
      expect(p).toMatchObject({ priority: 'HIGH', assignee: { username: 'staff.02' }, chain: { code: 'new-materials' }, lead: null });

      const before = await crmSnapshot(t);
      const twice = await t.gql(add, { input: { nodeId: mNode.id, companyId: (await t.as(admin, `{ companies(input: { query: "京瓷测试" }) { items { id } } }`)).companies.items[0].id } }, { token: leader });
      expect(refusal(twice)).toEqual({ code: 'CONFLICT', message: `企业“日本京瓷测试株式会社”已是节点“${mNode.name}”的目标企业` });
      const foreign = await t.gql(add, { input: { nodeId: nodes[0].id, company: { name: '越权目标企业' } } }, { token: leader });
      expect(refusal(foreign).code).toBe('FORBIDDEN');
      expect(await crmSnapshot(t)).toBe(before);

      const byChain = (await t.as(staff, `query($id: ID!) { prospects(input: { chainId: $id }) { total items { id } } }`, { id: chains['new-materials'].id })).prospects;
      expect(byChain.items.map((x: any) => x.id)).toContain(p.id);
      const byNode = (await t.as(staff, `query($id: ID!) { chainNode(id: $id) { prospects { id } companies { role company { name } } } }`, { id: mNode.id })).chainNode;
      expect(byNode.prospects.map((x: any) => x.id)).toEqual([p.id]);
      expect(byNode.companies).toContainEqual({ role: 'TARGET', company: { name: '日本京瓷测试株式会社' } });
      expect((await t.as(staff, `query($id: ID!) { prospects(input: { chainId: $id }) { total } }`, { id: chains['health-plus'].id })).prospects.total).toBe(0);

      const lead = (await t.as(staff, `mutation($input: ConvertProspectInput!) { convertProspectToLead(input: $input) { id status owner { username } company { name } nodes { id } chain { code } prospect { id } } }`, { input: { prospectId: p.id } })).convertProspectToLead;
      expect(lead).toMatchObject({ status: 'NEW', owner: { username: 'staff.02' }, company: { name: '日本京瓷测试株式会社' }, nodes: [{ id: mNode.id }], chain: { code: 'new-materials' }, prospect: { id: p.id } });
      expect((await t.as(staff2, `query($id: ID!) { chainNode(id: $id) { prospects { lead { id } } } }`, { id: mNode.id })).chainNode.prospects).toEqual([{ lead: { id: lead.id } }]);
      expect((await t.as(staff2, WORK)).myWork.openLeads.leadIds).toContain(lead.id);

      const counts = await crmCounts(t);
      const again = await t.gql(`mutation($input: ConvertProspectInput!) { convertProspectToLead(input: $input) { id } }`, { input: { prospectId: p.id } }, { token: staff });
      expect(refusal(again)).toEqual({ code: 'CONFLICT', message: '该目标企业已转为线索' });
      expect(await crmCounts(t)).toEqual(counts);
    });
  });

  it('writes lead rows for an importer: the same rows twice create nothing new', async () => {
    at('2025-12-01T10:00:00+08:00');
    const actor = await t.db.manager.findOneByOrFail(User, { username: 'staff.01' });
    const companies = t.app.get(CompaniesService);
    const leads = t.app.get(LeadsService);
    const chainId = chains['electronic-information'].id;
    const write = () =>
      t.db.transaction(async (m) => {
        const [a, b] = await companies.upsertMany(m, [{ name: '导入线索企业甲有限公司' }, { name: '导入线索企业乙有限公司' }]);
        return leads.upsertMany(m, actor, [
          { title: '导入线索一', chainId, companyId: a.id, nodeIds: [nodes[0].id], intendedInvestment: '3.5', source: 'EXHIBITION' as never },
          { title: '导入线索二', chainId, companyId: b.id },
          { title: ' 导入线索一 ', chainId, companyId: a.id, nextAction: '回访' },
        ]);
      });
    const first = await write();
    expect(first.map((r) => r.action)).toEqual(['created', 'created', 'updated']);
    expect(first[2].id).toBe(first[0].id);
    const lead = (await t.as(staff, GET, { id: first[0].id })).lead;
    expect(lead).toMatchObject({ status: 'NEW', source: 'EXHIBITION', intendedInvestment: '3.5', nextAction: '回访', owner: { username: 'staff.01' }, nodes: [{ id: nodes[0].id }], createdOn: '2025-12-01' });
    const counts = await crmCounts(t);
    const again = await write();
    expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(again.every((r) => r.action === 'unchanged')).toBe(true);
    expect(await crmCounts(t)).toEqual(counts);

    const before = await crmSnapshot(t);
    const other = (await nodesOf(t, admin, chains['health-plus'].id))[0];
    await expect(
      t.db.transaction((m) => leads.upsertMany(m, actor, [{ title: '好', chainId, companyId: lead.company.id }, { title: '坏', chainId, companyId: lead.company.id, nodeIds: [other.id] }])),
    ).rejects.toThrow(`第2行：节点“${other.name}”不属于该线索的产业链`);
    expect(await crmSnapshot(t)).toBe(before);
  });
});
