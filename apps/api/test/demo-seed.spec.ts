import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, loadSeeds, readSeeds, SeedData, seedDate, seedsDir, TestDatabase } from '@chainboard/server-database';
import { ProjectsFileSeed } from '@chainboard/server-projects';
import { appDataSourceOptions, SEED_STEPS } from '../src/app/database';
import { TestApp } from './harness';

/** The projects the plan names, with the figures it states (专栏1) and the chain each belongs to. */
const PLAN_PROJECTS: Array<{ name: string; chain: string; floorSpaceM2?: string; agreedInvestment?: string; company?: string }> = [
  { name: '京东西南总部', chain: 'fashion-plus', floorSpaceM2: '255000', agreedInvestment: '20', company: '京东' },
  { name: '清华启迪大健康电商项目', chain: 'health-plus', floorSpaceM2: '14400', agreedInvestment: '5', company: '清华启迪' },
  // The plan's 锦江电子, stored under the registered name seeds/maps holds for it (锦江电子 is its alias).
  { name: '锦江电子高值医疗器械研发生产项目', chain: 'health-plus', company: '四川锦江电子科技有限公司' },
  { name: '曹永革光电新材料研究中心', chain: 'new-materials' },
  { name: '四川大学王琪院士新材料研究中心', chain: 'new-materials', company: '四川大学' },
  { name: '四川安信睿超高功率 CPPL 项目', chain: 'new-materials', company: '四川安信睿' },
  { name: '成都浩焯光电新材料科技研发中心', chain: 'new-materials', company: '成都浩焯' },
  { name: '攀蓉矿业总部项目', chain: 'new-materials', company: '攀蓉矿业' },
  { name: '安炬石石墨烯研制及电池材料项目', chain: 'new-materials', company: '安炬石' },
  { name: '铂力特金属增材制造技术解决方案项目', chain: 'new-materials', company: '铂力特' },
  { name: '振烨国际金属材料新铜基西南总部', chain: 'new-materials', company: '振烨国际' },
  { name: '合弘绿色高端新材料总部基地', chain: 'new-materials', company: '合弘绿色' },
  { name: '西部前沿医疗转化应用项目', chain: 'health-plus' },
];

const CHAINS = ['new-materials', 'electronic-information', 'health-plus', 'fashion-plus'];

/** Every row the seed can add, table by table, to compare two loads. */
const TABLES = [
  'company',
  'project',
  'project_chain_node',
  'project_stage_log',
  'project_funds',
  'project_milestone',
  'project_update',
  'coordination_issue',
  'coordination_issue_event',
  'project_event',
  'lead',
  'lead_chain_node',
  'interaction',
  'prospect',
  'seed_applied',
];

async function dump(db: DataSource): Promise<string> {
  const parts: unknown[] = [];
  for (const t of TABLES) parts.push(await db.query(`SELECT * FROM "${t}" ORDER BY 1, 2`));
  return JSON.stringify(parts);
}

const count = async (db: DataSource, sql: string, params: unknown[] = []): Promise<number> => (await db.query(sql, params))[0].n;

describe('the living demo (seeds/projects, seeds/leads)', () => {
  describe('loaded with the demo, as on a first start', () => {
    let t: TestApp;
    let staff: string;
    beforeAll(async () => {
      t = await TestApp.start({ demo: true });
      staff = await t.signIn('staff.01');
    });
    afterAll(() => t.close());

    it('gives every chain a pipeline of 8 to 20 projects over several stages, on its map nodes', async () => {
      const { chains } = await t.as(staff, `{ chains { id code } }`);
      for (const chain of chains) {
        const { projectBoard } = await t.as(staff, `query($id: ID!) { projectBoard(input: { chainId: $id }) { columns { stage count totalAgreedInvestment projects { id isDemo nodes { id } } } } }`, {
          id: chain.id,
        });
        const total = projectBoard.columns.reduce((n: number, c: any) => n + c.count, 0);
        expect({ chain: chain.code, ok: total >= 8 && total <= 20 }).toEqual({ chain: chain.code, ok: true });
        expect(projectBoard.columns.filter((c: any) => c.count > 0).length).toBeGreaterThanOrEqual(4);
        for (const c of projectBoard.columns) for (const p of c.projects) expect(p.nodes.length).toBeGreaterThan(0);
      }
      expect(chains.map((c: any) => c.code).sort()).toEqual([...CHAINS].sort());
      // Each column shows its first cards, latest move first.
      const { projectBoard } = await t.as(staff, `{ projectBoard(input: { cardsPerColumn: 3 }) { columns { stage count hasMore projects { stage stageOn } } } }`);
      for (const c of projectBoard.columns) {
        expect(c.projects.length).toBe(Math.min(3, c.count));
        expect(c.hasMore).toBe(c.count > 3);
        expect(c.projects.every((p: any) => p.stage === c.stage)).toBe(true);
        const dates = c.projects.map((p: any) => p.stageOn);
        expect(dates).toEqual([...dates].sort().reverse());
      }
    });

    it("holds each project the plan names, on its chain, with the plan's figures listed as the plan's", async () => {
      const { projects } = await t.as(staff, `{ projects(input: { limit: 200 }) { total items { name isDemo planFields floorSpaceM2 agreedInvestment chain { code } company { name isDemo } } } }`);
      for (const plan of PLAN_PROJECTS) {
        const p = projects.items.find((x: any) => x.name === plan.name);
        expect(p).toBeDefined();
        expect(p.chain.code).toBe(plan.chain);
        expect(p.planFields).toEqual(expect.arrayContaining(['name', 'chainId']));
        if (plan.floorSpaceM2) {
          expect(Number(p.floorSpaceM2)).toBe(Number(plan.floorSpaceM2));
          expect(Number(p.agreedInvestment)).toBe(Number(plan.agreedInvestment));
          expect(p.planFields).toEqual(expect.arrayContaining(['floorSpaceM2', 'agreedInvestment']));
        }
        if (plan.company) {
          expect(p.company).toEqual({ name: plan.company, isDemo: false });
          expect(p.planFields).toContain('companyId');
        } else {
          // The plan names no company: the one it is given is invented, and flagged.
          expect(p.company.isDemo).toBe(true);
          expect(p.planFields).not.toContain('companyId');
        }
        // Its stage, dates and owner are invented: the row says it holds demo data.
        expect(p.isDemo).toBe(true);
      }
      // The figures the plan does not state are not claimed as the plan's.
      const jinjiang = projects.items.find((x: any) => x.name === '锦江电子高值医疗器械研发生产项目');
      expect(jinjiang.planFields).not.toContain('agreedInvestment');
      expect(projects.items.filter((x: any) => x.planFields.length === 0).every((x: any) => x.isDemo)).toBe(true);
    });

    it('flags every invented row as demo data, and logs seeded moves with source SEED', async () => {
      const db = t.db;
      for (const table of ['project_stage_log', 'project_funds', 'project_milestone', 'project_update', 'coordination_issue', 'coordination_issue_event', 'project_event', 'lead', 'interaction', 'prospect']) {
        expect({ table, rows: await count(db, `SELECT count(*)::int AS n FROM "${table}"`) > 0 }).toEqual({ table, rows: true });
        expect({ table, notDemo: await count(db, `SELECT count(*)::int AS n FROM "${table}" WHERE NOT is_demo`) }).toEqual({ table, notDemo: 0 });
      }
      expect(await count(db, `SELECT count(*)::int AS n FROM project_stage_log WHERE source <> 'SEED'`)).toBe(0);
      // Updates, contacts and log rows carry the time of their own date, so that lists ordered by time read right.
      expect(await count(db, `SELECT count(*)::int AS n FROM project_update WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date <> created_on`)).toBe(0);
      expect(await count(db, `SELECT count(*)::int AS n FROM interaction WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date <> occurred_on`)).toBe(0);
      expect(await count(db, `SELECT count(*)::int AS n FROM project_stage_log WHERE (recorded_at AT TIME ZONE 'Asia/Shanghai')::date <> effective_on`)).toBe(0);
      expect(await count(db, `SELECT count(*)::int AS n FROM project WHERE NOT is_demo`)).toBe(0);
      // Companies named by the plan (on maps or as a project's company) are not demo data; the invented ones are.
      const invented = (await db.query(`SELECT name FROM company WHERE is_demo ORDER BY name`)).map((r: any) => r.name);
      expect(invented).toEqual(expect.arrayContaining(['成都光电新材料研究院有限公司', '蓉晶氧化铝材料有限公司']));
      for (const name of ['京东', '清华启迪', '锦江电子', '华日通讯', '四川大学', '攀蓉矿业']) expect(invented).not.toContain(name);
      // Each seeded project's stage and the dates of its moves agree with its log.
      const mismatched = await count(
        db,
        `SELECT count(*)::int AS n FROM project p
           JOIN LATERAL (SELECT to_stage, effective_on FROM project_stage_log l WHERE l.project_id = p.id ORDER BY id DESC LIMIT 1) last ON true
          WHERE last.to_stage <> p.stage OR last.effective_on <> p.stage_on`,
      );
      expect(mismatched).toBe(0);
    });

    it("gives a seeded project its stage log and one timeline, newest first, from the file's dates", async () => {
      const { projects } = await t.as(staff, `{ projects(input: { query: "京东西南总部" }) { items { id name } } }`);
      const id = projects.items.find((p: any) => p.name === '京东西南总部').id;
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { stage signedOn fundsInPlace stageLog { toStage effectiveOn source isDemo } timeline { kind at isDemo } } }`, { id });
      expect(project.stageLog.map((l: any) => [l.toStage, l.effectiveOn, l.source, l.isDemo])).toEqual([
        ['SIGNED', '2019-12-20', 'SEED', true],
        ['REGISTERED', '2020-03-16', 'SEED', true],
        ['CONSTRUCTION_STARTED', '2020-10-28', 'SEED', true],
        ['IN_PRODUCTION', '2024-09-26', 'SEED', true],
      ]);
      expect(project).toMatchObject({ stage: 'IN_PRODUCTION', signedOn: '2019-12-20', fundsInPlace: '15.5' });
      const times = project.timeline.map((e: any) => new Date(e.at).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(project.timeline[0].kind).toBe('PROGRESS_UPDATE');
      expect(project.timeline[project.timeline.length - 1].kind).toBe('CREATED');
      expect(project.timeline.every((e: any) => e.isDemo)).toBe(true);
    });

    it("stops calling a figure the plan's once someone edits it", async () => {
      const { projects } = await t.as(staff, `{ projects(input: { query: "清华启迪大健康电商项目" }) { items { id version planFields } } }`);
      const [p] = projects.items;
      expect(p.planFields).toContain('agreedInvestment');
      const { updateProject } = await t.as(
        staff,
        `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { agreedInvestment floorSpaceM2 planFields } }`,
        { input: { projectId: p.id, expectedVersion: p.version, agreedInvestment: '5.6' } },
      );
      expect(updateProject.agreedInvestment).toBe('5.6');
      expect(updateProject.planFields).not.toContain('agreedInvestment');
      expect(updateProject.planFields).toEqual(expect.arrayContaining(['name', 'chainId', 'companyId', 'floorSpaceM2']));
    });

    it('counts signed projects of the plan period, with funds in place, on the counters', async () => {
      const { projectCounters } = await t.as(staff, `{ projectCounters(asOf: "2025-12-31") { signed industrialisation tier30Plus tier10To30 fundsInPlace } }`);
      expect(projectCounters.industrialisation).toBeGreaterThanOrEqual(5);
      expect(projectCounters.tier30Plus).toBeGreaterThanOrEqual(1);
      expect(projectCounters.tier10To30).toBeGreaterThanOrEqual(1);
      expect(Number(projectCounters.fundsInPlace)).toBeGreaterThan(0);
      // Without the demo projects, nothing is counted: every signing date is invented.
      const { projectCounters: plain } = await t.as(staff, `{ projectCounters(asOf: "2025-12-31", includeDemo: false) { signed } }`);
      expect(plain.signed).toBe(0);
    });

    it('shows red, yellow and green lights, and open and closed coordination issues', async () => {
      const { projects } = await t.as(staff, `{ projects(input: { limit: 200 }) { items { light stage issues { status } } } }`);
      const lights = new Set(projects.items.map((p: any) => p.light));
      expect([...lights]).toEqual(expect.arrayContaining(['RED', 'YELLOW', 'GREEN', null]));
      const stages = new Set(projects.items.map((p: any) => p.stage));
      expect([...stages]).toEqual(expect.arrayContaining(['NEGOTIATING', 'SIGNED', 'REGISTERED', 'CONSTRUCTION_STARTED', 'IN_PRODUCTION', 'AT_FULL_CAPACITY', 'ON_HOLD', 'DROPPED']));
      const statuses = new Set(projects.items.flatMap((p: any) => p.issues.map((i: any) => i.status)));
      expect([...statuses]).toEqual(expect.arrayContaining(['OPEN', 'IN_PROGRESS', 'CLOSED']));
    });

    it("fills a staff member's My work with demo leads, some overdue and stale, and demo prospects", async () => {
      const { myWork } = await t.as(
        staff,
        `{ myWork { leads { id isDemo } openLeads { total leadIds } firstContactOverdue { total leadIds } assessmentOverdue { total leadIds } overdueNextActions { total leadIds } dueToday { total leadIds } stale { total leadIds } prospects { total items { id isDemo } } } }`,
      );
      expect(myWork.openLeads.total).toBeGreaterThanOrEqual(5);
      expect(myWork.leads.every((l: any) => l.isDemo)).toBe(true);
      for (const bucket of ['firstContactOverdue', 'assessmentOverdue', 'overdueNextActions', 'dueToday', 'stale']) {
        expect({ bucket, some: myWork[bucket].total > 0 && myWork[bucket].leadIds.length > 0 }).toEqual({ bucket, some: true });
      }
      expect(myWork.prospects.total).toBeGreaterThan(0);
      expect(myWork.prospects.items.every((p: any) => p.isDemo)).toBe(true);
      const { lead } = await t.as(staff, `query($id: ID!) { lead(id: $id) { isDemo contacts { isDemo } } }`, { id: myWork.stale.leadIds[0] });
      expect(lead.isDemo).toBe(true);
      expect(lead.contacts.length).toBeGreaterThan(0);
      expect(lead.contacts.every((c: any) => c.isDemo)).toBe(true);
    });

    it("puts demo leads and projects on the map's gap nodes, and leaves other gaps uncovered", async () => {
      const { chains } = await t.as(staff, `{ chains { id code } }`);
      for (const chain of chains) {
        const { chainMap } = await t.as(staff, `query($id: ID!) { chainMap(chainId: $id) { nodes { name isGap isUncovered activeLeads activeProjects targetCompanies } } }`, { id: chain.id });
        const gaps = chainMap.nodes.filter((n: any) => n.isGap);
        expect(gaps.some((n: any) => n.activeLeads > 0)).toBe(true);
        expect(gaps.some((n: any) => n.isUncovered)).toBe(true);
        expect(chainMap.nodes.some((n: any) => n.activeProjects > 0)).toBe(true);
      }
    });
  });

  describe('loaded into a database of its own', () => {
    let database: TestDatabase;
    let db: DataSource;
    let seeds: SeedData;
    const today = '2027-03-15';
    beforeAll(async () => {
      Logger.overrideLogger(false);
      seeds = readSeeds(SEED_STEPS, seedsDir());
      database = await createTestDatabase();
      db = new DataSource(appDataSourceOptions({ url: database.url, embedded: false }));
      await db.initialize();
      await db.runMigrations({ transaction: 'each' });
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    it("with SEED_DEMO=false loads the plan's projects and their facts alone, and no lead, contact or prospect", async () => {
      const report = await loadSeeds(db, seeds, { demo: false, today });
      expect(report['demoLeads']).toBe(0);
      const planNamed = seeds.get(SEED_STEPS.find((s) => s.name === 'projects')!) as ProjectsFileSeed[];
      const named = planNamed.flatMap((f) => f.projects.filter((p) => p.plan).map((p) => p.name));
      expect(report['projects']).toBe(named.length);
      const rows = await db.query(`SELECT name, stage, is_demo, owner_id, plan_fields, floor_space_m2::float AS floor, agreed_investment::float AS amount, company_id FROM project ORDER BY name`);
      expect(rows.map((r: any) => r.name).sort()).toEqual([...named].sort());
      for (const plan of PLAN_PROJECTS) expect(rows.map((r: any) => r.name)).toContain(plan.name);
      for (const r of rows) {
        expect(r).toMatchObject({ stage: 'NEGOTIATING', is_demo: false, owner_id: null });
      }
      const jd = rows.find((r: any) => r.name === '京东西南总部');
      expect(jd).toMatchObject({ floor: 255000, amount: 20 });
      expect(rows.find((r: any) => r.name === '锦江电子高值医疗器械研发生产项目').amount).toBeNull();
      // A plan project whose company the plan does not name has none.
      expect(rows.find((r: any) => r.name === '曹永革光电新材料研究中心').company_id).toBeNull();
      for (const table of ['project_stage_log', 'project_funds', 'project_milestone', 'project_update', 'coordination_issue', 'lead', 'interaction', 'prospect']) {
        expect({ table, n: await count(db, `SELECT count(*)::int AS n FROM "${table}"`) }).toEqual({ table, n: 0 });
      }
      expect(await count(db, `SELECT count(*)::int AS n FROM company WHERE is_demo`)).toBe(0);
      expect(await count(db, `SELECT count(*)::int AS n FROM project_event WHERE is_demo`)).toBe(0);
    });

    it('loading again changes nothing; a later load with the demo adds the invented part and leaves the plan projects as they are', async () => {
      const before = await dump(db);
      const again = await loadSeeds(db, seeds, { demo: false, today });
      expect(Object.values(again).every((n) => n === 0)).toBe(true);
      expect(await dump(db)).toBe(before);

      const planRows = await db.query(`SELECT * FROM project ORDER BY id`);
      const withDemo = await loadSeeds(db, seeds, { demo: true, today });
      expect(withDemo['demoLeads']).toBe(4);
      expect(withDemo['projects']).toBeGreaterThan(20);
      expect(await db.query(`SELECT * FROM project WHERE id = ANY($1) ORDER BY id`, [planRows.map((r: any) => r.id)])).toEqual(planRows);

      const full = await dump(db);
      const third = await loadSeeds(db, seeds, { demo: true, today: '2027-06-01' });
      expect(Object.values(third).every((n) => n === 0)).toBe(true);
      expect(await dump(db)).toBe(full);
    });

    it('resolves dates written relative to the load day against the day of the first load', async () => {
      const [lead] = await db.query(`SELECT created_on FROM lead WHERE title = '高纯超细氧化铝粉体西南生产基地'`);
      expect(lead.created_on).toBe(seedDate('today-4', today));
      const [update] = await db.query(
        `SELECT max(u.created_on) AS on FROM project_update u JOIN project p ON p.id = u.project_id WHERE p.name = '电子竞技文化中心'`,
      );
      expect(update.on).toBe('2027-02-12');
    });
  });
});
