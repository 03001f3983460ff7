import { Workbook } from 'exceljs';
import { DEFAULT_PROJECT_HEALTH_RULES, PLAN_PROJECT_TARGETS, PROJECT_STAGES, ProjectStage } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { chainsByCode, nodesOf } from './crm-helpers';
import { TestApp } from './harness';
import { countStatements, CREATE, fieldsFor, firstError, MOVE, projectSnapshot } from './projects-helpers';

const LEDGER = `query($input: ProjectListInput) { projects(input: $input) { total offset limit items {
  id name stage agreedInvestment tier masked version
  company { id name } chain { code name } nodes { id name } owner { username displayName }
  light lightRule { code days milestone } latestUpdate { text createdOn } fundsInPlace fundsInPlacePercent
} } }`;
const BOARD = `query($input: ProjectBoardInput) { projectBoard(input: $input) { columns { stage count totalAgreedInvestment hasMore projects { id name stage } } } }`;
const COUNTERS = `query($asOf: LocalDate!, $chainId: ID, $from: LocalDate) { projectCounters(asOf: $asOf, chainId: $chainId, from: $from, includeDemo: false) {
  asOf from chainId signed industrialisation tier30Plus tier10To30 signedAmount fundsInPlace fundsInPlaceDomestic fundsInPlaceForeign
  targets { industrialisation tier30Plus tier10To30 } } }`;

describe('the project ledger, kanban, counters and lights', () => {
  let t: TestApp;
  let clock: SystemClock;
  let admin: string;
  let staff: string;
  let staff2: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let companyId: string;

  // Sessions end after inactivity by the same clock, so each jump of the pinned clock signs the three users in again.
  const at = async (day: string) => {
    clock.pin(`${day}T10:00:00+08:00`);
    if (!admin) return;
    [admin, staff, staff2] = [await t.signIn('admin'), await t.signIn('staff.01'), await t.signIn('staff.02')];
  };

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get<SystemClock>(CLOCK);
    await at('2025-06-30');
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    staff2 = await t.signIn('staff.02');
    chains = await chainsByCode(t, admin);
    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "台账测试投资集团有限公司" }) { id } }`)).createCompany.id;
  });
  afterAll(() => t.close());

  async function create(input: Record<string, unknown>, token = staff): Promise<any> {
    return (await t.as(token, CREATE, { input: { companyId, ...input } })).createProject;
  }

  async function moveTo(p: any, to: ProjectStage, fields: Record<string, unknown>): Promise<any> {
    const res = await t.gql(MOVE, { input: { projectId: p.id, to, expectedVersion: p.version, ...fields } }, { token: staff });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.moveProjectStage;
  }

  const addFunds = (projectId: string, amount: string, receivedOn: string, kind: 'DOMESTIC' | 'FOREIGN', token = staff) =>
    t.as(token, `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { id } }`, { input: { projectId, amount, receivedOn, kind } });

  describe('the plan counters, from the stage log', () => {
    it('count backdated signings on their date, stop counting dropped projects, tier only industrialisation projects, and add funds in place', async () => {
      const chainId = chains['fashion-plus'].id;
      const signed = async (name: string, type: string, amount: string, on: string) => moveTo(await create({ name, chainId, type }), ProjectStage.SIGNED, { signedOn: on, agreedInvestment: amount });
      const a = await signed('计数项目甲（30亿以上）', 'INDUSTRIALISATION', '35', '2024-03-01');
      const b = await signed('计数项目乙（10-30亿，后终止）', 'INDUSTRIALISATION', '12', '2024-05-10');
      await signed('计数项目丙（1亿以下）', 'INDUSTRIALISATION', '0.5', '2024-06-01');
      const d = await signed('计数项目丁（区域总部）', 'REGIONAL_HQ', '20', '2024-04-01');
      await create({ name: '计数项目戊（洽谈中）', chainId, agreedInvestment: '50' });
      await signed('计数项目己（规划期前签约）', 'INDUSTRIALISATION', '40', '2020-06-01');
      await moveTo(b, ProjectStage.DROPPED, { reason: '企业战略调整', effectiveOn: '2025-01-15' });
      await addFunds(a.id, '5', '2024-04-01', 'DOMESTIC');
      await addFunds(a.id, '3', '2025-02-01', 'FOREIGN');
      await addFunds(b.id, '2', '2024-06-01', 'DOMESTIC');
      await addFunds(d.id, '1', '2024-05-01', 'FOREIGN');

      const counters = async (asOf: string, from?: string | null) =>
        (await t.as(admin, COUNTERS, { asOf, chainId, ...(from === undefined ? {} : { from }) })).projectCounters;
      const targets = { ...PLAN_PROJECT_TARGETS };

      expect(await counters('2024-02-28')).toEqual({
        asOf: '2024-02-28', from: '2021-01-01', chainId, signed: 0, industrialisation: 0, tier30Plus: 0, tier10To30: 0,
        signedAmount: '0', fundsInPlace: '0', fundsInPlaceDomestic: '0', fundsInPlaceForeign: '0', targets,
      });
      // A backdated signing counts from its signing date, not from the day it was recorded.
      expect(await counters('2024-05-01')).toMatchObject({ signed: 2, industrialisation: 1, tier30Plus: 1, tier10To30: 0, signedAmount: '55', fundsInPlace: '6' });
      expect(await counters('2024-12-31')).toMatchObject({
        signed: 4, industrialisation: 3, tier30Plus: 1, tier10To30: 1, signedAmount: '67.5',
        fundsInPlace: '8', fundsInPlaceDomestic: '7', fundsInPlaceForeign: '1',
      });
      // Dropped on 2025-01-15: counted the day before, not on the day, its amount and funds out with it.
      expect(await counters('2025-01-14')).toMatchObject({ signed: 4, tier10To30: 1 });
      expect(await counters('2025-06-30')).toMatchObject({
        signed: 3, industrialisation: 2, tier30Plus: 1, tier10To30: 0, signedAmount: '55.5',
        fundsInPlace: '9', fundsInPlaceDomestic: '5', fundsInPlaceForeign: '4',
      });
      // Without the plan period's start, the project signed in 2020 counts too.
      expect(await counters('2025-06-30', null)).toMatchObject({ from: null, signed: 4, industrialisation: 3, tier30Plus: 2, signedAmount: '95.5' });
      // The whole district counts this chain's projects among the rest.
      const all = (await t.as(admin, COUNTERS, { asOf: '2025-06-30' })).projectCounters;
      expect(all.signed).toBeGreaterThanOrEqual(3);
      expect(firstError(await t.gql(COUNTERS, { asOf: '2025-06-30', from: '2025-07-01' }, { token: admin }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    });
  });

  describe('the health light', () => {
    const LIGHT = `query($id: ID!) { project(id: $id) { light lightRule { code days milestone } } }`;
    const lightOf = async (id: string) => (await t.as(staff, LIGHT, { id })).project;
    const filtered = async (light: string, ids: string[]) =>
      (await t.as(staff, `query($input: ProjectListInput) { projects(input: $input) { items { id } } }`, { input: { lights: [light], limit: 200 } })).projects.items
        .map((x: any) => x.id)
        .filter((id: string) => ids.includes(id))
        .sort();

    it('turns yellow and red without updates, by the rules, with the rule that fired; an update turns it green', async () => {
      await at('2025-03-01');
      const p = await create({ name: '亮灯测试：无更新', chainId: chains['health-plus'].id });
      expect(await lightOf(p.id)).toEqual({ light: 'GREEN', lightRule: null });
      await at('2025-03-14'); // 13 days
      expect(await lightOf(p.id)).toEqual({ light: 'GREEN', lightRule: null });
      await at('2025-03-15'); // 14 days
      expect(await lightOf(p.id)).toEqual({ light: 'YELLOW', lightRule: { code: 'NO_UPDATE', days: 14, milestone: null } });
      await at('2025-03-31'); // 30 days
      expect(await lightOf(p.id)).toEqual({ light: 'RED', lightRule: { code: 'NO_UPDATE', days: 30, milestone: null } });
      expect(await filtered('RED', [p.id])).toEqual([p.id]);
      await t.as(staff, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p.id, text: '企业来访考察' } });
      expect(await lightOf(p.id)).toEqual({ light: 'GREEN', lightRule: null });
      expect(await filtered('GREEN', [p.id])).toEqual([p.id]);
    });

    it('turns yellow and red for a late milestone, naming it; reaching it turns the light back', async () => {
      await at('2025-04-01');
      const p = await create({ name: '亮灯测试：节点逾期', chainId: chains['health-plus'].id });
      const milestones = (
        await t.as(staff, `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { milestones { id } } }`, {
          input: { projectId: p.id, name: '完成供地', plannedOn: '2025-04-10' },
        })
      ).addProjectMilestone.milestones;
      const fresh = async (day: string) => {
        await at(day);
        await t.as(staff, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p.id, text: `${day} 跟进` } });
      };
      await fresh('2025-04-10');
      expect(await lightOf(p.id)).toEqual({ light: 'GREEN', lightRule: null });
      await fresh('2025-04-11'); // 1 day late
      expect(await lightOf(p.id)).toEqual({ light: 'YELLOW', lightRule: { code: 'MILESTONE_LATE', days: 1, milestone: '完成供地' } });
      expect(await filtered('YELLOW', [p.id])).toEqual([p.id]);
      await fresh('2025-06-09'); // 60 days late
      expect(await lightOf(p.id)).toEqual({ light: 'YELLOW', lightRule: { code: 'MILESTONE_LATE', days: 60, milestone: '完成供地' } });
      await fresh('2025-06-10'); // 61 days late
      expect(await lightOf(p.id)).toEqual({ light: 'RED', lightRule: { code: 'MILESTONE_LATE', days: 61, milestone: '完成供地' } });
      expect(await filtered('RED', [p.id])).toEqual([p.id]);
      await t.as(staff, `mutation($input: UpdateProjectMilestoneInput!) { updateProjectMilestone(input: $input) { id } }`, { input: { milestoneId: milestones[0].id, actualOn: '2025-06-10' } });
      expect(await lightOf(p.id)).toEqual({ light: 'GREEN', lightRule: null });
    });

    it('does not count days without update on hold, and has no light once closed', async () => {
      await at('2025-05-01');
      const held = await moveTo(await create({ name: '亮灯测试：暂缓', chainId: chains['health-plus'].id }), ProjectStage.ON_HOLD, { reason: '等待政策' });
      const dropped = await moveTo(await create({ name: '亮灯测试：终止', chainId: chains['health-plus'].id }), ProjectStage.DROPPED, { reason: '企业放弃' });
      await at('2025-07-31');
      expect(await lightOf(held.id)).toEqual({ light: 'GREEN', lightRule: null });
      expect(await lightOf(dropped.id)).toEqual({ light: null, lightRule: null });
      for (const light of ['GREEN', 'YELLOW', 'RED']) expect(await filtered(light, [dropped.id])).toEqual([]);
    });

    it('follows the rules an admin sets, in the light and in the light filter', async () => {
      await at('2025-08-01');
      const p = await create({ name: '亮灯测试：规则', chainId: chains['health-plus'].id });
      await at('2025-08-08');
      expect(await lightOf(p.id)).toMatchObject({ light: 'GREEN' });
      const SET = `mutation($input: UpdateProjectHealthRulesInput!) { updateProjectHealthRules(input: $input) { milestoneYellowAtDaysLate milestoneRedAtDaysLate noUpdateYellowAtDays noUpdateRedAtDays } }`;
      const rules = { ...DEFAULT_PROJECT_HEALTH_RULES, noUpdateYellowAtDays: 5, noUpdateRedAtDays: 7 };
      expect((await t.as(admin, SET, { input: rules })).updateProjectHealthRules).toEqual(rules);
      expect((await t.as(staff, `{ projectHealthRules { noUpdateYellowAtDays noUpdateRedAtDays } }`)).projectHealthRules).toEqual({ noUpdateYellowAtDays: 5, noUpdateRedAtDays: 7 });
      expect(await lightOf(p.id)).toEqual({ light: 'RED', lightRule: { code: 'NO_UPDATE', days: 7, milestone: null } });
      expect(await filtered('RED', [p.id])).toEqual([p.id]);
      await t.as(admin, SET, { input: DEFAULT_PROJECT_HEALTH_RULES });
      expect(await lightOf(p.id)).toEqual({ light: 'GREEN', lightRule: null });
    });

    it('filters by light in SQL exactly as the light is computed', async () => {
      await at('2025-09-15');
      const { projects } = await t.as(staff, `query { projects(input: { limit: 200 }) { items { id light } } }`);
      for (const light of ['GREEN', 'YELLOW', 'RED']) {
        const expected = projects.items.filter((x: any) => x.light === light).map((x: any) => x.id).sort();
        expect(await filtered(light, projects.items.map((x: any) => x.id))).toEqual(expected);
      }
      expect([...new Set(projects.items.map((x: any) => x.light))]).toEqual(expect.arrayContaining(['RED', null, 'GREEN']));
    });
  });

  describe('the ledger and the kanban', () => {
    let nodes: Array<{ id: string; name: string }>;
    const ids: string[] = [];

    beforeAll(async () => {
      await at('2025-10-01');
      const chainId = chains['electronic-information'].id;
      nodes = await nodesOf(t, admin, chainId);
      for (let i = 0; i < 60; i++) {
        const n = String(i).padStart(2, '0');
        let p = await create({ name: `台账项目${n}`, chainId, nodeIds: [nodes[i % 4].id], agreedInvestment: String(i), ownerId: i % 2 ? undefined : null, confidential: i % 15 === 0, codeName: `台账代号${n}` });
        if (i % 3 === 1) p = await moveTo(p, ProjectStage.SIGNED, { signedOn: `2025-0${1 + (i % 9)}-15`, agreedInvestment: String(i) });
        if (i % 6 === 1) p = await moveTo(p, ProjectStage.REGISTERED, fieldsFor(ProjectStage.REGISTERED, '2025-09-30', i));
        // Admins see the confidential ones unmasked (staff.01 does not own those it entered without an owner).
        if (i % 5 === 0) await addFunds(p.id, '0.5', '2025-09-01', 'DOMESTIC', admin);
        if (i % 4 === 0) await t.as(admin, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p.id, text: `第${n}号进展` } });
        ids.push(p.id);
      }
    }, 120_000);

    const page = (input: Record<string, unknown>, token = staff) => t.as(token, LEDGER, { input: { query: '台账项目', ...input } });

    it('reads a page in the same number of SQL statements at page sizes 10 and 50', async () => {
      // Reference data (chains, accounts, departments, health rules) is kept per data version: the first read after a
      // change loads it. Each size is a different question, so neither is answered from memory.
      await page({ limit: 1 });
      const small = await countStatements(() => page({ limit: 10 }));
      const large = await countStatements(() => page({ limit: 50 }));
      expect((await page({ limit: 50 })).projects.items).toHaveLength(50);
      expect(large).toBe(small);
      expect(small).toBeLessThanOrEqual(12);
      // Another reader, who sees some masked, pays the same.
      expect(await countStatements(() => page({ limit: 50 }, staff2))).toBe(await countStatements(() => page({ limit: 10 }, staff2)));
    });

    it('shows each row with its company, chain, nodes, owner, light, latest update and funds in place', async () => {
      const { projects } = await page({ limit: 200, sort: 'NAME', direction: 'ASC' });
      // Confidential 00 and 30 have no owner: staff.01 sees them masked, and the name search does not find them.
      expect(projects.total).toBe(58);
      const row = projects.items.find((x: any) => x.name === '台账项目20');
      expect(row).toMatchObject({
        company: { id: companyId },
        chain: { code: 'electronic-information' },
        nodes: [{ id: nodes[0].id }],
        owner: null,
        light: 'GREEN',
        latestUpdate: { text: '第20号进展', createdOn: '2025-10-01' },
        fundsInPlace: '0.5',
        fundsInPlacePercent: 2.5,
        tier: 'TIER_10_30',
      });
      expect(projects.items.find((x: any) => x.name === '台账项目21').owner).toMatchObject({ username: 'staff.01' });
    });

    it('answers each row of a page exactly as the same project read on its own (values loaded ahead for the list, by loaders one by one)', async () => {
      const ROW = `id name stage masked heldFrom allowedMoves canEdit canMoveStage canManageIssues canEnterFunds
        company { id name } chain { code name } nodes { id name } owner { username } responsibleLeader { id } responsibleUnit { id }
        light lightRule { code days milestone } latestUpdate { text createdOn } fundsInPlace fundsInPlacePercent openIssueCount`;
      for (const token of [staff, staff2, admin]) {
        const rows = (await t.as(token, `query($input: ProjectListInput) { projects(input: $input) { items { ${ROW} } } }`, { input: { limit: 60, sort: 'NAME', direction: 'ASC' } })).projects.items;
        expect(rows.length).toBeGreaterThan(50);
        const cards = (await t.as(token, `query { projectBoard(input: { cardsPerColumn: 100 }) { columns { projects { ${ROW} } } } }`)).projectBoard.columns.flatMap((c: any) => c.projects);
        const listed = [...rows, ...cards];
        // Read alone: one request per 15 projects (aliases), each project by its own field, so by the loaders.
        for (let i = 0; i < listed.length; i += 15) {
          const some = listed.slice(i, i + 15);
          const alone = await t.as(token, `query { ${some.map((r: any, k: number) => `p${k}: project(id: "${r.id}") { ${ROW} }`).join(' ')} }`);
          some.forEach((row: any, k: number) => expect(row).toEqual(alone[`p${k}`]));
        }
      }
    }, 120_000);

    it('counts the total only a page past the one shown unless asked for the exact count, and says when it stopped', async () => {
      const ledger = `query($input: ProjectListInput) { projects(input: $input) { total totalCapped items { id } } }`;
      const exact = (await t.as(admin, ledger, { input: { limit: 5, exactTotal: true } })).projects;
      const capped = (await t.as(admin, ledger, { input: { limit: 5 } })).projects;
      // Fewer projects than the cap: the capped count is the exact one, and the page is the same.
      expect(exact.totalCapped).toBe(false);
      expect(capped).toEqual(exact);
      // A page that is not full tells its total; past the end, the count still answers.
      const tail = (await t.as(admin, ledger, { input: { limit: 5, offset: exact.total - 2 } })).projects;
      expect(tail).toMatchObject({ total: exact.total, totalCapped: false });
      expect(tail.items).toHaveLength(2);
      expect((await t.as(admin, ledger, { input: { limit: 5, offset: exact.total + 10 } })).projects).toMatchObject({ total: exact.total, totalCapped: false, items: [] });
    });

    it('filters by chain, node, stage, tier, owner and dates, and pages and sorts on the server', async () => {
      const total = async (input: Record<string, unknown>) => (await page({ limit: 1, ...input })).projects.total;
      expect(await total({ chainId: chains['electronic-information'].id })).toBe(58);
      expect(await total({ nodeId: nodes[1].id })).toBe(15);
      expect(await total({ stages: ['SIGNED'] })).toBe(10);
      expect(await total({ stages: ['REGISTERED'] })).toBe(10);
      expect(await total({ stages: ['SIGNED', 'REGISTERED'] })).toBe(20);
      // Agreed 0..59 (00 and 30 not found): ≥ 30 is 29 projects, 10–30 is 20, 1–10 is 9, below 1 none.
      expect(await total({ tiers: ['TIER_30_PLUS'] })).toBe(29);
      expect(await total({ tiers: ['TIER_10_30'] })).toBe(20);
      expect(await total({ tiers: ['TIER_1_10'] })).toBe(9);
      expect(await total({ tiers: ['BELOW_1', 'TIER_1_10'] })).toBe(9);
      expect((await page({ limit: 1, tiers: ['BELOW_1'] }, admin)).projects.total).toBe(1);
      expect(await total({ mine: true })).toBe(30);
      expect(await total({ signedFrom: '2025-03-01', signedTo: '2025-05-31' })).toBe(await total({ signedFrom: '2025-03-01', signedTo: '2025-05-31', stages: ['SIGNED', 'REGISTERED'] }));
      expect(await total({ createdFrom: '2025-10-01', createdTo: '2025-10-01' })).toBe(58);
      expect(await total({ createdTo: '2025-09-30' })).toBe(0);
      const first = (await page({ limit: 7, sort: 'AGREED_INVESTMENT', direction: 'DESC' })).projects;
      const second = (await page({ limit: 7, offset: 7, sort: 'AGREED_INVESTMENT', direction: 'DESC' })).projects;
      expect([...first.items, ...second.items].map((x: any) => x.agreedInvestment)).toEqual(['59', '58', '57', '56', '55', '54', '53', '52', '51', '50', '49', '48', '47', '46']);
      // staff.02 sees the confidential ones (0, 15, 30, 45) masked, and not found by the name search.
      expect((await page({ limit: 200 }, staff2)).projects.total).toBe(56);
    });

    it('shows the kanban: per stage the count, the total agreed investment and the first cards', async () => {
      const { projectBoard } = await t.as(admin, BOARD, { input: { query: '台账项目', chainId: chains['electronic-information'].id, cardsPerColumn: 3 } });
      expect(projectBoard.columns.map((c: any) => c.stage)).toEqual([...PROJECT_STAGES]);
      const col = (stage: string) => projectBoard.columns.find((c: any) => c.stage === stage);
      // Negotiating: 40 projects, agreed 0..59 without those ≡ 1 (mod 3).
      const negotiating = Array.from({ length: 60 }, (_, i) => i).filter((i) => i % 3 !== 1);
      expect(col('NEGOTIATING')).toMatchObject({ count: 40, totalAgreedInvestment: String(negotiating.reduce((a, b) => a + b, 0)), hasMore: true });
      expect(col('NEGOTIATING').projects).toHaveLength(3);
      expect(col('SIGNED')).toMatchObject({ count: 10, hasMore: true });
      expect(col('REGISTERED').projects.every((p: any) => p.stage === 'REGISTERED')).toBe(true);
      expect(col('DROPPED')).toEqual({ stage: 'DROPPED', count: 0, totalAgreedInvestment: '0', hasMore: false, projects: [] });
      const only = (await t.as(admin, BOARD, { input: { query: '台账项目', chainId: chains['electronic-information'].id, stages: ['SIGNED'] } })).projectBoard;
      expect(only.columns.map((c: any) => [c.stage, c.count, c.projects.length, c.hasMore])).toEqual([['SIGNED', 10, 10, false]]);
      // A few statements whatever the number of cards.
      const few = await countStatements(() => t.as(staff, BOARD, { input: { cardsPerColumn: 2 } }));
      const many = await countStatements(() => t.as(staff, BOARD, { input: { cardsPerColumn: 50 } }));
      expect(many).toBe(few);
    });

    it('exports the filtered ledger to .xlsx with the chosen columns', async () => {
      const { exportProjects } = await t.as(staff, `mutation($input: ProjectListInput, $columns: [String!]!) { exportProjects(input: $input, columns: $columns) { fileName contentBase64 } }`, {
        input: { query: '台账项目', stages: ['REGISTERED'], sort: 'NAME', direction: 'ASC' },
        columns: ['name', 'stage', 'agreedInvestment', 'tier', 'fundsInPlace', 'light', 'registeredCompanyName', 'latestUpdate'],
      });
      expect(exportProjects.fileName).toBe('项目台账-2025-10-01.xlsx');
      const wb = new Workbook();
      await wb.xlsx.load(Buffer.from(exportProjects.contentBase64, 'base64') as never);
      const rows = wb.worksheets[0].getSheetValues().slice(1).map((r: any) => r.slice(1));
      expect(rows[0]).toEqual(['项目名称', '阶段', '协议投资额（亿元）', '投资规模', '到位资金（亿元）', '红黄绿灯', '注册企业名称', '最新进展']);
      expect(rows).toHaveLength(11);
      expect(rows[1]).toEqual(['台账项目01', '注册', '1', '1-10亿元', '0', '绿灯', '成都测试落地企业1有限公司', undefined]);
      const refused = await t.gql(`mutation { exportProjects(columns: ["nope"]) { fileName } }`, {}, { token: staff });
      expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', message: '未知的列“nope”' });
      const { exportColumns } = await t.as(staff, `{ exportColumns(table: PROJECTS) { key label } }`);
      expect(exportColumns[0]).toEqual({ key: 'name', label: '项目名称' });
    });

    it('leaves the tables as they were after reading', async () => {
      const before = await projectSnapshot(t);
      await page({ limit: 50 });
      await t.as(staff, BOARD, {});
      expect(await projectSnapshot(t)).toBe(before);
    });
  });
});
