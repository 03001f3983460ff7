import {
  allowedProjectMoves,
  FIELD_NAMES,
  PIPELINE_STAGES,
  PROJECT_STAGES,
  ProjectStage,
  ProjectStageField,
  STAGE_REQUIREMENTS,
} from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { ProjectsService } from '@chainboard/server-projects';
import { chainsByCode, nodesOf } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, fieldsFor, firstError, GET, MOVE, projectSnapshot, stageValues, UPDATE } from './projects-helpers';

const TODAY = '2025-06-30';
const ON = '2025-06-01';

describe('the project pipeline', () => {
  let t: TestApp;
  let clock: SystemClock;
  let admin: string;
  let staff: string;
  let staff2: string;
  let viewer: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let users: Record<string, string>;
  let departments: Record<string, string>;
  let companyId: string;
  let serial = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get<SystemClock>(CLOCK);
    clock.pin(`${TODAY}T10:00:00+08:00`);
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    staff2 = await t.signIn('staff.02');
    viewer = await t.signIn('viewer');
    chains = await chainsByCode(t, admin);
    users = Object.fromEntries((await t.as(admin, '{ users { id username } }')).users.map((u: any) => [u.username, u.id]));
    departments = Object.fromEntries((await t.as(admin, '{ departments { id name } }')).departments.map((d: any) => [d.name, d.id]));
    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "项目测试投资集团有限公司" }) { id } }`)).createCompany.id;
  });
  afterAll(() => t.close());

  const chainId = () => chains['new-materials'].id;

  async function newProject(overrides: Record<string, unknown> = {}, token = staff): Promise<any> {
    serial++;
    return (await t.as(token, CREATE, { input: { name: `测试项目${serial}`, chainId: chainId(), companyId, ...overrides } })).createProject;
  }

  async function move(project: { id: string; version: number }, to: ProjectStage, fields: Record<string, unknown> = {}, token = staff) {
    return t.gql(MOVE, { input: { projectId: project.id, to, expectedVersion: project.version, ...fields } }, { token });
  }

  /** A new project brought to `stage` by allowed moves, each dated ON. */
  async function projectAt(stage: ProjectStage): Promise<any> {
    let p = await newProject();
    const path =
      stage === ProjectStage.ON_HOLD
        ? [ProjectStage.SIGNED, ProjectStage.ON_HOLD]
        : stage === ProjectStage.DROPPED
          ? [ProjectStage.DROPPED]
          : PIPELINE_STAGES.slice(1, PIPELINE_STAGES.indexOf(stage) + 1);
    for (const to of path) {
      const res = await move(p, to, fieldsFor(to, ON, serial));
      if (res.errors) throw new Error(`could not move to ${to}: ${JSON.stringify(res.errors)}`);
      p = res.data.moveProjectStage;
    }
    return p;
  }

  const logCount = async (projectId: string) => (await t.db.query(`SELECT count(*)::int AS n FROM project_stage_log WHERE project_id = $1`, [projectId]))[0].n;

  describe('entering and editing', () => {
    it('enters a project in stage NEGOTIATING with its defaults and an event in the timeline', async () => {
      const nodes = await nodesOf(t, admin, chainId());
      const p = await newProject({
        nodeIds: [nodes[0].id],
        agreedInvestment: '35.5',
        foreignAmount: '5',
        foreignCurrency: 'usd',
        carrier: '武侯新城',
        landAreaMu: '120.5',
        floorSpaceM2: '25500',
        expectedOutput: '50',
        expectedTax: '2.5',
        expectedJobs: 800,
        responsibleLeaderId: users['district.leader'],
        responsibleUnitId: departments['武侯区投资促进局'],
      });
      expect(p).toMatchObject({
        type: 'INDUSTRIALISATION',
        stage: 'NEGOTIATING',
        stageOn: TODAY,
        createdOn: TODAY,
        version: 1,
        agreedInvestment: '35.5',
        investment: '35.5',
        tier: 'TIER_30_PLUS',
        foreignAmount: '5',
        foreignCurrency: 'USD',
        expectedJobs: 800,
        owner: { username: 'staff.01' },
        responsibleLeader: { username: 'district.leader' },
        responsibleUnit: { name: '武侯区投资促进局' },
        nodes: [{ id: nodes[0].id, name: nodes[0].name }],
        company: { id: companyId },
        chain: { code: 'new-materials' },
        masked: false,
        isDemo: false,
        light: 'GREEN',
        lightRule: null,
        fundsInPlace: '0',
        fundsInPlacePercent: 0,
        allowedMoves: ['SIGNED', 'ON_HOLD', 'DROPPED'],
        canEdit: true,
        canMoveStage: true,
      });
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { timeline { kind actor { username } } stageLog { id } } }`, { id: p.id });
      expect(project).toEqual({ timeline: [{ kind: 'CREATED', actor: { username: 'staff.01' } }], stageLog: [] });
    });

    it('creates a new investing company with the project in one transaction', async () => {
      const p = await newProject({ companyId: undefined, company: { name: '项目内新建企业有限公司' } });
      expect(p.company.name).toBe('项目内新建企业有限公司');
    });

    it('records field changes, by name, in the timeline, and moves the version on', async () => {
      const p = await newProject();
      const { updateProject: edited } = await t.as(staff, UPDATE, {
        input: { projectId: p.id, expectedVersion: p.version, name: '改名后的项目', agreedInvestment: '8', ownerId: users['staff.02'], responsibleUnitId: departments['武侯区商务局'] },
      });
      expect(edited).toMatchObject({ name: '改名后的项目', agreedInvestment: '8', tier: 'TIER_1_10', owner: { username: 'staff.02' }, version: 2 });
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { timeline { kind changes { field from to } } } }`, { id: p.id });
      expect(project.timeline[0].kind).toBe('FIELDS_CHANGED');
      expect(project.timeline[0].changes).toEqual(
        expect.arrayContaining([
          { field: 'name', from: p.name, to: '改名后的项目' },
          { field: 'agreedInvestment', from: null, to: '8' },
          { field: 'ownerId', from: '招商专员一', to: '招商专员二' },
          { field: 'responsibleUnitId', from: null, to: '武侯区商务局' },
        ]),
      );
      // Saving the same values again changes nothing and keeps the version.
      const again = (await t.as(staff, UPDATE, { input: { projectId: p.id, expectedVersion: 2, name: '改名后的项目', agreedInvestment: '8.0000' } })).updateProject;
      expect(again.version).toBe(2);
    });

    it('lets only users holding project.own on the chain own a project, naming the field (zh and en)', async () => {
      const snap = await projectSnapshot(t);
      for (const username of ['viewer', 'district.leader', 'leader.health-plus']) {
        const input = { name: '无效负责人项目', chainId: chainId(), companyId, ownerId: users[username] };
        const zh = firstError(await t.gql(CREATE, { input }, { token: staff }));
        const en = firstError(await t.gql(CREATE, { input }, { token: staff, lang: 'en' }));
        expect(zh).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
        expect(zh.message).toContain('不能负责产业链“高端新材料”的项目');
        expect(en.message).toContain('may not own projects of the chain "高端新材料"');
      }
      expect(await projectSnapshot(t)).toBe(snap);
      // The chain leader of the project's own chain may own it.
      const own = await newProject({ ownerId: users['leader.new-materials'] });
      expect(own.owner.username).toBe('leader.new-materials');
    });

    it('refuses a responsible leader who is not a district or chain leader, naming the field', async () => {
      const res = await t.gql(CREATE, { input: { name: '无效领导项目', chainId: chainId(), companyId, responsibleLeaderId: users['staff.02'] } }, { token: staff });
      expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsibleLeaderId', message: '“招商专员二”不是区领导或链长，不能作为责任领导' });
    });

    it('limits own-chain roles to their chains and read-only roles to reading', async () => {
      const leader = await t.signIn('leader.health-plus');
      expect(firstError(await t.gql(CREATE, { input: { name: '越权项目', chainId: chainId(), companyId } }, { token: leader })).code).toBe('FORBIDDEN');
      expect(firstError(await t.gql(CREATE, { input: { name: '只读项目', chainId: chainId(), companyId } }, { token: viewer })).code).toBe('FORBIDDEN');
      const p = await newProject();
      expect(firstError(await move(p, ProjectStage.DROPPED, { reason: '越权' }, leader)).code).toBe('FORBIDDEN');
      const { project } = await t.as(viewer, `query($id: ID!) { project(id: $id) { name canEdit canMoveStage } }`, { id: p.id });
      expect(project).toEqual({ name: p.name, canEdit: false, canMoveStage: false });
      expect(await logCount(p.id)).toBe(0);
    });

    it('masks a confidential project for those without access, as confidential leads are', async () => {
      const p = await newProject({ confidential: true, codeName: '代号甲', agreedInvestment: '40', carrier: '保密载体' });
      const other = (await t.as(staff2, GET, { id: p.id })).project;
      expect(other).toMatchObject({ masked: true, name: '代号甲', company: null, agreedInvestment: null, tier: null, carrier: null, fundsInPlace: null, canEdit: false });
      const { project } = await t.as(staff2, `query($id: ID!) { project(id: $id) { timeline { kind } updates { id } issues { id } funds { id } } }`, { id: p.id });
      expect(project).toEqual({ timeline: [], updates: [], issues: [], funds: [] });
      expect((await t.as(staff, GET, { id: p.id })).project).toMatchObject({ masked: false, name: p.name, agreedInvestment: '40' });
      expect((await t.as(admin, GET, { id: p.id })).project.masked).toBe(false);
      // Text search and the company filter never find it for those who see it masked.
      const search = `query($input: ProjectListInput) { projects(input: $input) { total items { id } } }`;
      expect((await t.as(staff2, search, { input: { query: p.name } })).projects.total).toBe(0);
      expect((await t.as(staff, search, { input: { query: p.name } })).projects.items).toEqual([{ id: p.id }]);
      const byCompany = (await t.as(staff2, search, { input: { companyId, limit: 200 } })).projects.items.map((x: any) => x.id);
      expect(byCompany).not.toContain(p.id);
      // Nor may they change it.
      expect(firstError(await t.gql(UPDATE, { input: { projectId: p.id, expectedVersion: 1, name: '偷改' } }, { token: staff2 })).code).toBe('FORBIDDEN');
    });
  });

  describe('stage moves', () => {
    it('allows every move of the domain table and refuses every other one, logging only the allowed', async () => {
      for (const from of PROJECT_STAGES) {
        const base = await projectAt(from);
        const heldFrom = from === ProjectStage.ON_HOLD ? ProjectStage.SIGNED : null;
        expect(base.stage).toBe(from);
        expect(base.allowedMoves).toEqual(allowedProjectMoves(from, heldFrom));
        const allowed = allowedProjectMoves(from, heldFrom);
        for (const to of PROJECT_STAGES) {
          if (allowed.includes(to)) {
            const p = await projectAt(from);
            const before = await logCount(p.id);
            const res = await move(p, to, fieldsFor(to, ON, serial));
            expect({ from, to, errors: res.errors }).toEqual({ from, to, errors: undefined });
            expect(res.data.moveProjectStage).toMatchObject({ stage: to, version: p.version + 1 });
            expect(await logCount(p.id)).toBe(before + 1);
            const [row] = await t.db.query(`SELECT from_stage, to_stage, effective_on, source FROM project_stage_log WHERE project_id = $1 ORDER BY id DESC LIMIT 1`, [p.id]);
            expect(row).toEqual({ from_stage: from, to_stage: to, effective_on: ON, source: 'APP' });
          } else {
            const before = await logCount(base.id);
            const res = await move(base, to, fieldsFor(to, ON, serial));
            expect({ from, to, ...firstError(res) }).toMatchObject({ from, to, code: 'BAD_USER_INPUT', field: 'to' });
            expect(await logCount(base.id)).toBe(before);
            expect((await t.as(staff, GET, { id: base.id })).project).toMatchObject({ stage: from, version: base.version });
          }
        }
      }
    }, 180_000);

    it('names a refused move by its stages (zh and en)', async () => {
      const p = await newProject();
      expect(firstError(await move(p, ProjectStage.IN_PRODUCTION, fieldsFor(ProjectStage.IN_PRODUCTION, ON)))).toMatchObject({ message: '项目不能从“洽谈”移到“投产”' });
      const en = await t.gql(MOVE, { input: { projectId: p.id, to: 'IN_PRODUCTION', expectedVersion: 1, productionOn: ON } }, { token: staff, lang: 'en' });
      expect(firstError(en).message).toBe('A project cannot move from "Negotiating" to "In production"');
    });

    it('refuses a move missing a required field, naming the field (zh and en), for every stage requirement', async () => {
      const bases: Partial<Record<ProjectStage, any>> = {};
      for (const [to, fields] of Object.entries(STAGE_REQUIREMENTS) as Array<[ProjectStage, ProjectStageField[]]>) {
        if (!fields.length) continue;
        const from = to === ProjectStage.SIGNED || to === ProjectStage.ON_HOLD || to === ProjectStage.DROPPED ? ProjectStage.NEGOTIATING : PIPELINE_STAGES[PIPELINE_STAGES.indexOf(to) - 1];
        const p = (bases[from] ??= await projectAt(from));
        for (const missing of fields) {
          const given = { ...fieldsFor(to, ON) };
          delete given[missing];
          const snap = await projectSnapshot(t);
          const zh = firstError(await move(p, to, given));
          const en = firstError(await t.gql(MOVE, { input: { projectId: p.id, to, expectedVersion: p.version, ...given } }, { token: staff, lang: 'en' }));
          expect({ to, missing, code: zh.code, field: zh.field }).toEqual({ to, missing, code: 'BAD_USER_INPUT', field: missing });
          expect(zh.message).toContain(FIELD_NAMES['zh-CN'][missing]);
          expect(en.message).toContain(FIELD_NAMES.en[missing]);
          expect(await projectSnapshot(t)).toBe(snap);
        }
      }
    }, 120_000);

    it('lists every problem of a move for the dialog: missing and invalid fields', async () => {
      const p = await newProject();
      const res = firstError(await move(p, ProjectStage.SIGNED, { agreedInvestment: '0' }));
      expect(res.fields?.map((f) => f.field)).toEqual(['signedOn', 'agreedInvestment']);
      expect(res.message).toBe('移到“签约”必须填写签约日期');
    });

    it('refuses a postdated move and one dated before the previous move', async () => {
      const p = await projectAt(ProjectStage.SIGNED);
      expect(firstError(await move(p, ProjectStage.REGISTERED, { ...fieldsFor(ProjectStage.REGISTERED, ON), effectiveOn: '2025-07-01' }))).toMatchObject({
        field: 'effectiveOn',
        message: '生效日期不能晚于今天',
      });
      expect(firstError(await move(p, ProjectStage.REGISTERED, { ...fieldsFor(ProjectStage.REGISTERED, ON), effectiveOn: '2025-05-31' }))).toMatchObject({
        field: 'effectiveOn',
        message: '生效日期不能早于上一次阶段变更的生效日期（2025-06-01）',
      });
      expect(await logCount(p.id)).toBe(1);
    });

    it('writes the stage fields, and a backdated move keeps both its effective and its recorded date', async () => {
      const p = await newProject();
      const signed = (await move(p, ProjectStage.SIGNED, { signedOn: '2024-03-15', agreedInvestment: '31', note: '补录去年签约' })).data.moveProjectStage;
      expect(signed).toMatchObject({ stage: 'SIGNED', stageOn: '2024-03-15', signedOn: '2024-03-15', agreedInvestment: '31', tier: 'TIER_30_PLUS', lastUpdateOn: TODAY });
      const [row] = await t.db.query(`SELECT effective_on, (recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text AS recorded_on, note, actor_id FROM project_stage_log WHERE project_id = $1`, [p.id]);
      expect(row.effective_on).toBe('2024-03-15');
      expect(row.note).toBe('补录去年签约');
      expect(row.actor_id).toBe(users['staff.01']);
      expect(row.recorded_on).toBe(TODAY);
      const v = stageValues(ON, 7);
      const registered = (await move(signed, ProjectStage.REGISTERED, { registeredCompanyName: v.registeredCompanyName, registeredCreditCode: v.registeredCreditCode.toLowerCase() })).data
        .moveProjectStage;
      expect(registered).toMatchObject({ stage: 'REGISTERED', stageOn: TODAY, registeredCompanyName: v.registeredCompanyName, registeredCreditCode: v.registeredCreditCode });
      const held = (await move(registered, ProjectStage.ON_HOLD, { reason: '等待土地指标' })).data.moveProjectStage;
      expect(held).toMatchObject({ stage: 'ON_HOLD', holdReason: '等待土地指标', heldFrom: 'REGISTERED', allowedMoves: ['REGISTERED', 'DROPPED'] });
      const resumed = (await move(held, ProjectStage.REGISTERED)).data.moveProjectStage;
      expect(resumed).toMatchObject({ stage: 'REGISTERED', holdReason: null, heldFrom: null });
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { stageLog { fromStage toStage effectiveOn reason actor { username } source } timeline { kind fromStage toStage effectiveOn } } }`, {
        id: p.id,
      });
      expect(project.stageLog.map((l: any) => [l.fromStage, l.toStage, l.effectiveOn])).toEqual([
        ['NEGOTIATING', 'SIGNED', '2024-03-15'],
        ['SIGNED', 'REGISTERED', TODAY],
        ['REGISTERED', 'ON_HOLD', TODAY],
        ['ON_HOLD', 'REGISTERED', TODAY],
      ]);
      expect(project.stageLog[2].reason).toBe('等待土地指标');
      expect(project.timeline.filter((e: any) => e.kind === 'STAGE_MOVED').map((e: any) => e.toStage)).toEqual(['REGISTERED', 'ON_HOLD', 'REGISTERED', 'SIGNED']);
    });

    it('writes the stage-log row in the move’s transaction: a move failing after it leaves no row and no change', async () => {
      const p = await newProject();
      const service = t.app.get(ProjectsService);
      const spy = jest.spyOn(service, 'recordEvent').mockRejectedValueOnce(new Error('timeline unavailable'));
      const snap = await projectSnapshot(t);
      try {
        const res = await move(p, ProjectStage.DROPPED, { reason: '测试回滚' });
        expect(firstError(res).code).toBe('INTERNAL');
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
      expect(await logCount(p.id)).toBe(0);
      expect(await projectSnapshot(t)).toBe(snap);
      expect((await move(p, ProjectStage.DROPPED, { reason: '测试回滚' })).data.moveProjectStage.stage).toBe('DROPPED');
      expect(await logCount(p.id)).toBe(1);
    });
  });

  describe('concurrent edits', () => {
    it('lets exactly one of two saves at one version through; the other gets a conflict with the newer values', async () => {
      const p = await newProject();
      const save = (name: string, token: string) => t.gql(UPDATE, { input: { projectId: p.id, expectedVersion: p.version, name } }, { token });
      const results = await Promise.all([save('甲方保存的名称', staff), save('乙方保存的名称', staff2)]);
      const ok = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = ok[0].data.updateProject;
      const conflict = firstError(refused[0]);
      expect(conflict).toMatchObject({ code: 'CONFLICT', message: '项目已被他人修改（当前版本 2），请查看最新内容后重试' });
      expect(conflict.current).toMatchObject({ id: p.id, name: winner.name, version: 2 });
      expect((await t.as(staff, GET, { id: p.id })).project).toMatchObject({ name: winner.name, version: 2 });
    });

    it('lets exactly one of two moves at one version through, with one log row', async () => {
      const p = await newProject();
      const results = await Promise.all([
        move(p, ProjectStage.SIGNED, fieldsFor(ProjectStage.SIGNED, ON)),
        move(p, ProjectStage.DROPPED, { reason: '同时终止' }, staff2),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const refused = results.find((r) => r.errors)!;
      expect(firstError(refused)).toMatchObject({ code: 'CONFLICT' });
      expect(firstError(refused).current.version).toBe(2);
      expect(await logCount(p.id)).toBe(1);
    });

    it('refuses a save at an old version with the current values, in English too', async () => {
      const p = await newProject();
      await t.as(staff, UPDATE, { input: { projectId: p.id, expectedVersion: 1, carrier: '新载体' } });
      const res = await t.gql(UPDATE, { input: { projectId: p.id, expectedVersion: 1, carrier: '旧载体' } }, { token: staff, lang: 'en' });
      expect(firstError(res)).toMatchObject({ code: 'CONFLICT', message: 'Someone else changed this project (now version 2); look at the latest values and try again' });
      expect(firstError(res).current).toMatchObject({ carrier: '新载体', version: 2 });
    });
  });

  describe('coordination issues', () => {
    const RAISE = `mutation($input: RaiseCoordinationIssueInput!) { raiseCoordinationIssue(input: $input) { id status title fromUnit dueOn raisedOn raisedBy { username } fromDepartment { name } project { id } } }`;
    const MOVE_ISSUE = `mutation($input: MoveCoordinationIssueInput!) { moveCoordinationIssue(input: $input) {
      id status resolution reopenReason closedOn closedBy { username } events { fromStatus toStatus note actor { username } } } }`;

    it('is raised, taken up, closed out with the resolution and reopened with a reason', async () => {
      const p = await newProject();
      const issue = (
        await t.as(staff, RAISE, { input: { projectId: p.id, title: '协调解决用地指标', fromDepartmentId: departments['武侯区发展和改革局'], fromUnit: '区规划分局', dueOn: '2025-07-15' } })
      ).raiseCoordinationIssue;
      expect(issue).toMatchObject({ status: 'OPEN', raisedOn: TODAY, raisedBy: { username: 'staff.01' }, fromDepartment: { name: '武侯区发展和改革局' }, fromUnit: '区规划分局', project: { id: p.id } });
      const moveIssue = (input: Record<string, unknown>, lang: 'zh-CN' | 'en' = 'zh-CN') => t.gql(MOVE_ISSUE, { input: { issueId: issue.id, ...input } }, { token: staff, lang });

      expect((await moveIssue({ to: 'IN_PROGRESS' })).data.moveCoordinationIssue.status).toBe('IN_PROGRESS');
      const snap = await projectSnapshot(t);
      expect(firstError(await moveIssue({ to: 'CLOSED', resolution: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolution', message: '销号必须填写办理结果' });
      expect(firstError(await moveIssue({ to: 'CLOSED' }, 'en')).message).toBe('Closing an issue out needs the resolution');
      expect(firstError(await moveIssue({ to: 'OPEN' }))).toMatchObject({ field: 'to', message: '协调事项不能从“督办中”改为“已交办”' });
      expect(await projectSnapshot(t)).toBe(snap);

      const closed = (await moveIssue({ to: 'CLOSED', resolution: '发改局已调剂指标' })).data.moveCoordinationIssue;
      expect(closed).toMatchObject({ status: 'CLOSED', resolution: '发改局已调剂指标', closedOn: TODAY, closedBy: { username: 'staff.01' } });
      expect(firstError(await moveIssue({ to: 'OPEN' }))).toMatchObject({ field: 'reason', message: '重新打开必须填写原因' });
      expect(firstError(await moveIssue({ to: 'OPEN' }, 'en')).message).toBe('Reopening an issue needs a reason');

      const reopened = (await moveIssue({ to: 'OPEN', reason: '指标被收回' })).data.moveCoordinationIssue;
      expect(reopened).toMatchObject({ status: 'OPEN', reopenReason: '指标被收回', resolution: null, closedOn: null, closedBy: null });
      expect(reopened.events.map((e: any) => [e.fromStatus, e.toStatus, e.note])).toEqual([
        [null, 'OPEN', null],
        ['OPEN', 'IN_PROGRESS', null],
        ['IN_PROGRESS', 'CLOSED', '发改局已调剂指标'],
        ['CLOSED', 'OPEN', '指标被收回'],
      ]);
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { openIssueCount issues { id } timeline { kind issueTitle resolution reason } } }`, { id: p.id });
      expect(project.openIssueCount).toBe(1);
      expect(project.timeline.map((e: any) => e.kind)).toEqual(['ISSUE_REOPENED', 'ISSUE_CLOSED', 'ISSUE_STARTED', 'ISSUE_RAISED', 'CREATED']);
      expect(project.timeline[1]).toMatchObject({ issueTitle: '协调解决用地指标', resolution: '发改局已调剂指标' });
      expect(project.timeline[0]).toMatchObject({ reason: '指标被收回' });
    });

    it('is closed out at once from open, and only by those whose grant reaches the chain', async () => {
      const p = await newProject();
      const issue = (await t.as(staff, RAISE, { input: { projectId: p.id, title: '协调水电接入' } })).raiseCoordinationIssue;
      expect(firstError(await t.gql(MOVE_ISSUE, { input: { issueId: issue.id, to: 'CLOSED', resolution: '已接入' } }, { token: viewer })).code).toBe('FORBIDDEN');
      const leader = await t.signIn('leader.fashion-plus');
      expect(firstError(await t.gql(MOVE_ISSUE, { input: { issueId: issue.id, to: 'CLOSED', resolution: '已接入' } }, { token: leader })).code).toBe('FORBIDDEN');
      const own = await t.signIn('leader.new-materials');
      expect((await t.as(own, MOVE_ISSUE, { input: { issueId: issue.id, to: 'CLOSED', resolution: '已接入' } })).moveCoordinationIssue).toMatchObject({
        status: 'CLOSED',
        closedBy: { username: 'leader.new-materials' },
      });
    });
  });

  describe('funds, milestones and updates', () => {
    it('adds funds in place and shows the cumulative amount and its share of the agreed amount', async () => {
      const p = await newProject({ agreedInvestment: '20' });
      const ADD = `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { fundsInPlace fundsInPlacePercent funds { id amount kind receivedOn sourceNote enteredBy { username } } } }`;
      await t.as(staff, ADD, { input: { projectId: p.id, amount: '3.5', receivedOn: '2025-03-01', kind: 'DOMESTIC', sourceNote: '首期注资' } });
      const after = (await t.as(staff, ADD, { input: { projectId: p.id, amount: '1.2345', receivedOn: '2025-05-01', kind: 'FOREIGN' } })).addProjectFunds;
      expect(after).toMatchObject({ fundsInPlace: '4.7345', fundsInPlacePercent: 23.7 });
      expect(after.funds.map((f: any) => [f.amount, f.kind, f.receivedOn])).toEqual([
        ['1.2345', 'FOREIGN', '2025-05-01'],
        ['3.5', 'DOMESTIC', '2025-03-01'],
      ]);
      expect(after.funds[1]).toMatchObject({ sourceNote: '首期注资', enteredBy: { username: 'staff.01' } });
      const removed = (
        await t.as(staff, `mutation($id: ID!) { removeProjectFunds(fundsId: $id) { fundsInPlace funds { id } timeline { kind amount } } }`, { id: after.funds[0].id })
      ).removeProjectFunds;
      expect(removed.fundsInPlace).toBe('3.5');
      expect(removed.timeline.map((e: any) => [e.kind, e.amount])).toEqual([
        ['FUNDS_REMOVED', '1.2345'],
        ['FUNDS_ADDED', '1.2345'],
        ['FUNDS_ADDED', '3.5'],
        ['CREATED', null],
      ]);
    });

    it('keeps milestones and progress updates, with the latest update', async () => {
      const p = await newProject();
      const added = (
        await t.as(staff, `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { milestones { id name plannedOn actualOn } } }`, {
          input: { projectId: p.id, name: '取得施工许可', plannedOn: '2025-09-01' },
        })
      ).addProjectMilestone;
      const id = added.milestones[0].id;
      const updated = (
        await t.as(staff, `mutation($input: UpdateProjectMilestoneInput!) { updateProjectMilestone(input: $input) { milestones { name plannedOn actualOn } } }`, {
          input: { milestoneId: id, actualOn: '2025-06-20' },
        })
      ).updateProjectMilestone;
      expect(updated.milestones).toEqual([{ name: '取得施工许可', plannedOn: '2025-09-01', actualOn: '2025-06-20' }]);
      await t.as(staff, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p.id, text: '完成项目备案' } });
      const { addProjectUpdate } = await t.as(staff2, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { lastUpdateOn latestUpdate { text author { username } createdOn } updates { text } } }`, {
        input: { projectId: p.id, text: '签订土地出让合同' },
      });
      expect(addProjectUpdate).toEqual({
        lastUpdateOn: TODAY,
        latestUpdate: { text: '签订土地出让合同', author: { username: 'staff.02' }, createdOn: TODAY },
        updates: [{ text: '签订土地出让合同' }, { text: '完成项目备案' }],
      });
      const removed = (await t.as(staff, `mutation($id: ID!) { removeProjectMilestone(milestoneId: $id) { milestones { id } timeline { kind milestoneName } } }`, { id })).removeProjectMilestone;
      expect(removed.milestones).toEqual([]);
      expect(removed.timeline.map((e: any) => e.kind)).toEqual(['MILESTONE_REMOVED', 'PROGRESS_UPDATE', 'PROGRESS_UPDATE', 'MILESTONE_CHANGED', 'MILESTONE_ADDED', 'CREATED']);
    });
  });

  describe('bad input', () => {
    it('gets a typed, localised error from every new mutation and changes nothing', async () => {
      const p = await projectAt(ProjectStage.SIGNED);
      const withFunds = (await t.as(staff, `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { funds { id } } }`, {
        input: { projectId: p.id, amount: '1', receivedOn: ON, kind: 'DOMESTIC' },
      })).addProjectFunds;
      const withMilestone = (await t.as(staff, `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { milestones { id } version } }`, {
        input: { projectId: p.id, name: '开工准备', plannedOn: '2025-08-01' },
      })).addProjectMilestone;
      const issue = (await t.as(staff, `mutation($input: RaiseCoordinationIssueInput!) { raiseCoordinationIssue(input: $input) { id } }`, { input: { projectId: p.id, title: '环评审批' } }))
        .raiseCoordinationIssue;
      const version = withMilestone.version;
      const nodesOther = await nodesOf(t, admin, chains['health-plus'].id);
      const unknown = '00000000-0000-4000-8000-000000000000';
      const cases: Array<{ name: string; query: string; variables: Record<string, unknown>; token?: string; code: string; field?: string; zh: string; en: string }> = [
        { name: 'createProject blank name', query: CREATE, variables: { input: { name: ' ', chainId: chainId(), companyId } }, code: 'BAD_USER_INPUT', field: 'name', zh: '名称不能为空', en: 'Name must not be empty' },
        { name: 'createProject negative amount', query: CREATE, variables: { input: { name: 'x', chainId: chainId(), companyId, agreedInvestment: '-1' } }, code: 'BAD_USER_INPUT', field: 'agreedInvestment', zh: '协议投资额不能为负数', en: 'Agreed investment must not be negative' },
        { name: 'createProject foreign amount alone', query: CREATE, variables: { input: { name: 'x', chainId: chainId(), companyId, foreignAmount: '3' } }, code: 'BAD_USER_INPUT', field: 'foreignCurrency', zh: '外币金额和币种必须同时填写', en: 'Give the foreign amount and its currency together' },
        { name: 'createProject bad currency', query: CREATE, variables: { input: { name: 'x', chainId: chainId(), companyId, foreignAmount: '3', foreignCurrency: 'U1' } }, code: 'BAD_USER_INPUT', field: 'foreignCurrency', zh: '币种格式不正确', en: 'Currency is not in the right format' },
        { name: 'createProject node of another chain', query: CREATE, variables: { input: { name: 'x', chainId: chainId(), companyId, nodeIds: [nodesOther[0].id] } }, code: 'BAD_USER_INPUT', field: 'nodeIds', zh: `节点“${nodesOther[0].name}”不属于该项目的产业链`, en: `Node "${nodesOther[0].name}" is not on the project’s chain` },
        { name: 'createProject no company', query: CREATE, variables: { input: { name: 'x', chainId: chainId() } }, code: 'BAD_USER_INPUT', field: 'companyId', zh: '请选择投资企业，或填写新企业的名称', en: 'Choose the investing company, or enter a new company’s name' },
        { name: 'createProject unknown chain', query: CREATE, variables: { input: { name: 'x', chainId: unknown, companyId } }, code: 'NOT_FOUND', zh: '找不到该产业链', en: 'Industry chain not found' },
        { name: 'updateProject too long name', query: UPDATE, variables: { input: { projectId: p.id, expectedVersion: version, name: '长'.repeat(201) } }, code: 'BAD_USER_INPUT', field: 'name', zh: '名称不能超过200个字符', en: 'Name must be at most 200 characters' },
        { name: 'updateProject bad credit code', query: UPDATE, variables: { input: { projectId: p.id, expectedVersion: version, registeredCreditCode: '91510107MA6100000X' } }, code: 'BAD_USER_INPUT', field: 'registeredCreditCode', zh: '校验', en: 'check' },
        { name: 'updateProject negative jobs', query: UPDATE, variables: { input: { projectId: p.id, expectedVersion: version, expectedJobs: -5 } }, code: 'BAD_USER_INPUT', field: 'expectedJobs', zh: '预计就业人数应在0到10000000之间', en: 'Expected jobs must be between 0 and 10000000' },
        { name: 'updateProject stale version', query: UPDATE, variables: { input: { projectId: p.id, expectedVersion: version - 1, name: '旧版本' } }, code: 'CONFLICT', zh: '项目已被他人修改', en: 'Someone else changed this project' },
        { name: 'updateProject unknown', query: UPDATE, variables: { input: { projectId: unknown, expectedVersion: 1, name: 'x' } }, code: 'NOT_FOUND', zh: '找不到该项目', en: 'Project not found' },
        // A date that is no date is refused by the LocalDate scalar, before the input is read.
        { name: 'moveProjectStage bad date', query: MOVE, variables: { input: { projectId: p.id, to: 'REGISTERED', expectedVersion: version, effectiveOn: '2025-02-30' } }, code: 'BAD_USER_INPUT', zh: '请求不符合接口定义', en: 'The request does not match the API' },
        { name: 'moveProjectStage missing field', query: MOVE, variables: { input: { projectId: p.id, to: 'REGISTERED', expectedVersion: version, registeredCompanyName: '成都某某有限公司' } }, code: 'BAD_USER_INPUT', field: 'registeredCreditCode', zh: '移到“注册”必须填写注册企业统一社会信用代码', en: 'Registered company credit code is required to move to "Registered"' },
        { name: 'moveProjectStage stale version', query: MOVE, variables: { input: { projectId: p.id, to: 'DROPPED', expectedVersion: version + 5, reason: '过期' } }, code: 'CONFLICT', zh: '项目已被他人修改', en: 'Someone else changed this project' },
        { name: 'addProjectFunds zero', query: `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { id } }`, variables: { input: { projectId: p.id, amount: '0', receivedOn: ON, kind: 'DOMESTIC' } }, code: 'BAD_USER_INPUT', field: 'amount', zh: '金额必须大于零', en: 'Amount must be above zero' },
        { name: 'addProjectFunds future', query: `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { id } }`, variables: { input: { projectId: p.id, amount: '1', receivedOn: '2025-07-01', kind: 'DOMESTIC' } }, code: 'BAD_USER_INPUT', field: 'receivedOn', zh: '到位日期不能晚于今天', en: 'Date received must not be after today' },
        { name: 'addProjectFunds by a viewer', query: `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { id } }`, variables: { input: { projectId: p.id, amount: '1', receivedOn: ON, kind: 'DOMESTIC' } }, token: viewer, code: 'FORBIDDEN', zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
        { name: 'removeProjectFunds unknown', query: `mutation($id: ID!) { removeProjectFunds(fundsId: $id) { id } }`, variables: { id: unknown }, code: 'NOT_FOUND', zh: '找不到该到位资金记录', en: 'Funds entry not found' },
        { name: 'removeProjectFunds bad id', query: `mutation($id: ID!) { removeProjectFunds(fundsId: $id) { id } }`, variables: { id: 'nope' }, code: 'BAD_USER_INPUT', field: 'fundsId', zh: '到位资金记录不是有效的编号', en: 'Funds entry is not a valid id' },
        { name: 'addProjectMilestone blank name', query: `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { id } }`, variables: { input: { projectId: p.id, name: '', plannedOn: '2025-08-01' } }, code: 'BAD_USER_INPUT', field: 'name', zh: '名称不能为空', en: 'Name must not be empty' },
        { name: 'addProjectMilestone reached in the future', query: `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { id } }`, variables: { input: { projectId: p.id, name: '竣工', plannedOn: '2025-08-01', actualOn: '2025-08-01' } }, code: 'BAD_USER_INPUT', field: 'actualOn', zh: '实际完成日期不能晚于今天', en: 'Actual date must not be after today' },
        { name: 'updateProjectMilestone unknown', query: `mutation($input: UpdateProjectMilestoneInput!) { updateProjectMilestone(input: $input) { id } }`, variables: { input: { milestoneId: unknown, name: 'x' } }, code: 'NOT_FOUND', zh: '找不到该节点计划', en: 'Milestone not found' },
        { name: 'updateProjectMilestone bad date', query: `mutation($input: UpdateProjectMilestoneInput!) { updateProjectMilestone(input: $input) { id } }`, variables: { input: { milestoneId: withMilestone.milestones[0].id, plannedOn: '2025-13-01' } }, code: 'BAD_USER_INPUT', zh: 'LocalDate', en: 'LocalDate' },
        { name: 'removeProjectMilestone unknown', query: `mutation($id: ID!) { removeProjectMilestone(milestoneId: $id) { id } }`, variables: { id: unknown }, code: 'NOT_FOUND', zh: '找不到该节点计划', en: 'Milestone not found' },
        { name: 'addProjectUpdate too long', query: `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, variables: { input: { projectId: p.id, text: '进'.repeat(4001) } }, code: 'BAD_USER_INPUT', field: 'text', zh: '进展内容不能超过4000个字符', en: 'Update must be at most 4000 characters' },
        { name: 'raiseCoordinationIssue blank title', query: `mutation($input: RaiseCoordinationIssueInput!) { raiseCoordinationIssue(input: $input) { id } }`, variables: { input: { projectId: p.id, title: '  ' } }, code: 'BAD_USER_INPUT', field: 'title', zh: '标题不能为空', en: 'Title must not be empty' },
        { name: 'raiseCoordinationIssue unknown unit', query: `mutation($input: RaiseCoordinationIssueInput!) { raiseCoordinationIssue(input: $input) { id } }`, variables: { input: { projectId: p.id, title: '协调', fromDepartmentId: unknown } }, code: 'NOT_FOUND', zh: '找不到该部门', en: 'Department not found' },
        { name: 'moveCoordinationIssue refused', query: `mutation($input: MoveCoordinationIssueInput!) { moveCoordinationIssue(input: $input) { id } }`, variables: { input: { issueId: issue.id, to: 'OPEN' } }, code: 'BAD_USER_INPUT', field: 'to', zh: '协调事项不能从“已交办”改为“已交办”', en: 'A coordination issue cannot move from "Open" to "Open"' },
        { name: 'moveCoordinationIssue too long resolution', query: `mutation($input: MoveCoordinationIssueInput!) { moveCoordinationIssue(input: $input) { id } }`, variables: { input: { issueId: issue.id, to: 'CLOSED', resolution: '办'.repeat(4001) } }, code: 'BAD_USER_INPUT', field: 'resolution', zh: '办理结果不能超过4000个字符', en: 'Resolution must be at most 4000 characters' },
        { name: 'updateProjectHealthRules red before yellow', query: `mutation($input: UpdateProjectHealthRulesInput!) { updateProjectHealthRules(input: $input) { noUpdateRedAtDays } }`, variables: { input: { milestoneYellowAtDaysLate: 1, milestoneRedAtDaysLate: 61, noUpdateYellowAtDays: 20, noUpdateRedAtDays: 10 } }, token: admin, code: 'BAD_USER_INPUT', field: 'noUpdateRedAtDays', zh: '未更新红灯天数不能少于对应的黄灯天数', en: 'Days without update for red must not be below its yellow threshold' },
        { name: 'updateProjectHealthRules out of range', query: `mutation($input: UpdateProjectHealthRulesInput!) { updateProjectHealthRules(input: $input) { noUpdateRedAtDays } }`, variables: { input: { milestoneYellowAtDaysLate: 0, milestoneRedAtDaysLate: 61, noUpdateYellowAtDays: 14, noUpdateRedAtDays: 30 } }, token: admin, code: 'BAD_USER_INPUT', field: 'milestoneYellowAtDaysLate', zh: '节点逾期黄灯天数应在1到365之间的整数', en: 'Days late for yellow (milestones) must be a whole number from 1 to 365' },
        { name: 'updateProjectHealthRules by staff', query: `mutation($input: UpdateProjectHealthRulesInput!) { updateProjectHealthRules(input: $input) { noUpdateRedAtDays } }`, variables: { input: { milestoneYellowAtDaysLate: 1, milestoneRedAtDaysLate: 61, noUpdateYellowAtDays: 14, noUpdateRedAtDays: 30 } }, code: 'FORBIDDEN', zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
      ];
      const snap = await projectSnapshot(t);
      for (const c of cases) {
        const zh = firstError(await t.gql(c.query, c.variables, { token: c.token ?? staff }));
        const en = firstError(await t.gql(c.query, c.variables, { token: c.token ?? staff, lang: 'en' }));
        expect({ name: c.name, code: zh.code, field: zh.field }).toEqual({ name: c.name, code: c.code, field: c.field });
        expect({ name: c.name, zh: zh.message.includes(c.zh), en: en.message.includes(c.en) }).toEqual({ name: c.name, zh: true, en: true });
      }
      expect(await projectSnapshot(t)).toBe(snap);
      expect(withFunds.funds).toHaveLength(1);
    }, 120_000);
  });

  describe('where projects are reached from', () => {
    it('is reached from its company, its chain-map node and the lead it was converted from, and points back', async () => {
      const nodes = await nodesOf(t, admin, chainId());
      const lead = (
        await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id version } }`, {
          input: { title: '转化测试线索', chainId: chainId(), companyId, nodeIds: [nodes[1].id], intendedInvestment: '15', confidential: true, codeName: '代号乙' },
        })
      ).createLead;
      let version = lead.version;
      for (const status of ['CONTACTED', 'VISITED', 'NEGOTIATING']) {
        version = (await t.as(staff, `mutation($input: MoveLeadInput!) { moveLead(input: $input) { version } }`, { input: { leadId: lead.id, status, expectedVersion: version } })).moveLead
          .version;
      }
      const converted = (
        await t.as(staff, `mutation($input: ConvertLeadInput!) { convertLeadToProject(input: $input) { project { id name leadId agreedInvestment confidential codeName owner { username } lead { id } } } }`, {
          input: { leadId: lead.id, expectedVersion: version },
        })
      ).convertLeadToProject.project;
      expect(converted).toMatchObject({ name: '转化测试线索', leadId: lead.id, agreedInvestment: '15', confidential: true, codeName: '代号乙', owner: { username: 'staff.01' }, lead: { id: lead.id } });
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { timeline { kind } company { projects { id } } nodes { projects { id } } } }`, { id: converted.id });
      expect(project.timeline).toEqual([{ kind: 'CREATED' }]);
      expect(project.company.projects.map((x: any) => x.id)).toContain(converted.id);
      expect(project.nodes[0].projects.map((x: any) => x.id)).toContain(converted.id);
      // The node panel masks it for those without access.
      const masked = (await t.as(staff2, `query($id: ID!) { chainNode(id: $id) { projects { id name masked } } }`, { id: nodes[1].id })).chainNode.projects.find((x: any) => x.id === converted.id);
      expect(masked).toEqual({ id: converted.id, name: '代号乙', masked: true });
    });
  });

  it('keeps saved views of the ledger under the table key "projects"', async () => {
    const created = (
      await t.as(staff, `mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { id tableKey name settings } }`, {
        input: { tableKey: 'projects', name: '我的红灯项目', settings: { filters: { lights: ['RED'], mine: true }, columns: ['name', 'light'] } },
      })
    ).createSavedView;
    expect(created).toMatchObject({ tableKey: 'projects', name: '我的红灯项目', settings: { filters: { lights: ['RED'], mine: true } } });
    const views = (await t.as(staff, `{ savedViews(tableKey: "projects") { id } }`)).savedViews;
    expect(views).toEqual([{ id: created.id }]);
  });
});
