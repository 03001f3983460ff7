import { Workbook } from 'exceljs';
import { ProjectStage } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { chainsByCode } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, firstError, MOVE } from './projects-helpers';

const DASHBOARD = `query($asOf: LocalDate!, $chainId: ID) { dashboard(asOf: $asOf, chainId: $chainId, includeDemo: false) {
  asOf chainId counters { signed industrialisation tier30Plus tier10To30 signedAmount fundsInPlace }
  periods { kind from to signed industrialisation industrialisationTarget signedAmount fundsInPlace }
  redProjects yellowProjects redProjectIds yellowProjectIds
  issues { openIds open raisedThisYear closedThisYear closedOnTime closureRatePercent openIssues { id title status dueOn projectId projectName } }
  demo { projects parcels buildings }
  leadActivity { userId interactions leads }
  land { revitalisedMu targetMu } buildings { completed target }
  indicators { name chainTarget { id } indicator { code } actual }
} }`;

describe("the leaders' dashboard", () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get<SystemClock>(CLOCK).pin('2025-08-20T10:00:00+08:00');
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    chains = await chainsByCode(t, admin);
  });
  afterAll(() => t.close());

  const dashboard = async (chainId: string | null, asOf = '2025-08-20') => (await t.as(admin, DASHBOARD, { asOf, chainId })).dashboard;
  const move = async (p: any, to: ProjectStage, fields: Record<string, unknown>) => {
    const res = await t.gql(MOVE, { input: { projectId: p.id, to, expectedVersion: p.version, ...fields } }, { token: staff });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.moveProjectStage;
  };

  it('agrees with hand-built records: signings and funds this month, quarter and year, tiers, a dropped project', async () => {
    const chainId = chains['fashion-plus'].id;
    const before = await dashboard(chainId);
    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "驾驶舱测试服饰有限公司" }) { id } }`)).createCompany.id;
    const signed = async (name: string, amount: string, on: string) =>
      move((await t.as(staff, CREATE, { input: { companyId, name, chainId, type: 'INDUSTRIALISATION' } })).createProject, ProjectStage.SIGNED, { signedOn: on, agreedInvestment: amount });
    const a = await signed('驾驶舱项目甲（本月签约）', '12', '2025-08-05');
    await signed('驾驶舱项目乙（本季度签约）', '3', '2025-07-10');
    const c = await signed('驾驶舱项目丙（年初签约，本月终止）', '40', '2025-02-01');
    const funds = (projectId: string, amount: string, receivedOn: string) =>
      t.as(staff, `mutation($input: AddProjectFundsInput!) { addProjectFunds(input: $input) { id } }`, { input: { projectId, amount, receivedOn, kind: 'DOMESTIC' } });
    await funds(a.id, '2', '2025-08-06');
    await funds(c.id, '5', '2025-03-01');
    await move(c, ProjectStage.DROPPED, { reason: '企业战略调整', effectiveOn: '2025-08-10' });

    const after = await dashboard(chainId);
    expect(after.counters.signed - before.counters.signed).toBe(2);
    expect(after.counters.tier10To30 - before.counters.tier10To30).toBe(1);
    const delta = (kind: string) => {
      const [x, y] = [after.periods.find((p: any) => p.kind === kind), before.periods.find((p: any) => p.kind === kind)];
      return { signed: x.signed - y.signed, amount: Number(x.signedAmount) - Number(y.signedAmount), funds: Number(x.fundsInPlace) - Number(y.fundsInPlace), from: x.from };
    };
    expect(delta('MONTH')).toEqual({ signed: 1, amount: 12, funds: -3, from: '2025-08-01' });
    expect(delta('QUARTER')).toEqual({ signed: 2, amount: 15, funds: -3, from: '2025-07-01' });
    // Over the year the dropped project neither counts nor brings its funds: only 甲's 2 亿 remain.
    expect(delta('YEAR')).toEqual({ signed: 2, amount: 15, funds: 2, from: '2025-01-01' });
    // A chain's dashboard has no share of the district's 50; the district's has 10 a year, 2.5 a quarter.
    expect(after.periods.every((p: any) => p.industrialisationTarget === null)).toBe(true);
    const district = await dashboard(null);
    expect(district.periods.map((p: any) => p.industrialisationTarget)).toEqual(['0.8333', '2.5', '10']);
    expect(district.indicators.some((i: any) => i.indicator?.code === 'industrial-gva')).toBe(true);
    // The district's indicators stand as the standings query has them for the quarter (the counted ones included).
    const standings = (
      await t.as(admin, `query($input: IndicatorStandingsInput!) { indicatorStandings(input: $input) { indicator { code } actual } }`, { input: { year: 2025, quarter: 3, includeDemo: false } })
    ).indicatorStandings;
    const byCode = (list: any[]) => list.filter((i) => i.indicator).map((i) => [i.indicator.code, i.actual]);
    expect(byCode(district.indicators)).toEqual(byCode(standings));
    expect(byCode(district.indicators).some(([, actual]: any) => actual !== null)).toBe(true);
    expect(after.indicators.every((i: any) => i.chainTarget !== null)).toBe(true);
    // Without demo data the dashboard counts no demo record; with it, it says how many it counts.
    expect(after.demo).toEqual({ projects: 0, parcels: 0, buildings: 0 });
    const withDemo = (await t.as(admin, `query($chainId: ID) { dashboard(asOf: "2025-08-20", chainId: $chainId) { demo { projects parcels buildings } } }`, { chainId })).dashboard.demo;
    const demoProjects = (await t.as(admin, `query($input: ProjectListInput) { projects(input: $input) { total } }`, { input: { chainId, isDemo: true } })).projects.total;
    const places = (await t.as(admin, `{ landParcels { isDemo } placeBuildings { isDemo } }`)) as any;
    expect(withDemo).toEqual({
      projects: demoProjects,
      parcels: places.landParcels.filter((x: any) => x.isDemo).length,
      buildings: places.placeBuildings.filter((x: any) => x.isDemo).length,
    });
  });

  it('lists exactly the red and yellow projects the ledger shows for those lights, and counts the issues', async () => {
    const chainId = chains['health-plus'].id;
    const ledger = async (light: string) =>
      (await t.as(admin, `query($input: ProjectListInput) { projects(input: $input) { items { id } } }`, { input: { lights: [light], chainId, limit: 200 } })).projects.items
        .map((x: any) => x.id)
        .sort();
    const before = await dashboard(chainId);
    expect(before.redProjectIds).toEqual(await ledger('RED'));
    expect(before.yellowProjectIds).toEqual(await ledger('YELLOW'));

    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "驾驶舱问题测试医疗有限公司" }) { id } }`)).createCompany.id;
    const p = (await t.as(staff, CREATE, { input: { companyId, name: '驾驶舱问题测试项目', chainId } })).createProject;
    const raise = async (title: string, dueOn: string) =>
      (await t.as(staff, `mutation($input: RaiseCoordinationIssueInput!) { raiseCoordinationIssue(input: $input) { id } }`, { input: { projectId: p.id, title, dueOn } }))
        .raiseCoordinationIssue.id;
    const open = await raise('用地指标协调', '2025-09-30');
    const closed = await raise('环评手续协调', '2025-09-30');
    await t.as(staff, `mutation($input: MoveCoordinationIssueInput!) { moveCoordinationIssue(input: $input) { id } }`, {
      input: { issueId: closed, to: 'CLOSED', resolution: '已办结' },
    });
    // A milestone long past its date turns one project red, one a few days past turns another yellow: the dashboard's
    // lights (its milestones read in one join) name exactly those the ledger's filter finds, and count as many.
    const late = async (name: string, plannedOn: string) => {
      const x = (await t.as(staff, CREATE, { input: { companyId, name, chainId } })).createProject;
      await t.as(staff, `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { id } }`, { input: { projectId: x.id, name: '完成供地', plannedOn } });
      return x.id;
    };
    const red = await late('驾驶舱红灯测试项目', '2025-05-01');
    const yellow = await late('驾驶舱黄灯测试项目', '2025-08-10');
    const after = await dashboard(chainId);
    expect(after.redProjectIds).toContain(red);
    expect(after.yellowProjectIds).toContain(yellow);
    expect(after.redProjectIds).toEqual(await ledger('RED'));
    expect(after.yellowProjectIds).toEqual(await ledger('YELLOW'));
    expect([after.redProjects, after.yellowProjects]).toEqual([after.redProjectIds.length, after.yellowProjectIds.length]);
    expect([after.redProjects - before.redProjects, after.yellowProjects - before.yellowProjects]).toEqual([1, 1]);
    expect(after.issues.open - before.issues.open).toBe(1);
    expect(after.issues.openIds).toContain(open);
    expect(after.issues.openIds).not.toContain(closed);
    // The open issues themselves, for the figure's drill-down: the same ones, each with its project.
    expect(after.issues.openIssues.map((i: any) => i.id)).toEqual(after.issues.openIds);
    expect(after.issues.openIssues.find((i: any) => i.id === open)).toEqual({ id: open, title: '用地指标协调', status: 'OPEN', dueOn: '2025-09-30', projectId: p.id, projectName: '驾驶舱问题测试项目' });
    // The drill-down reads the same open issues a page at a time, with how many there are.
    const page = async (offset: number, limit: number) =>
      (
        await t.as(
          admin,
          `query($asOf: LocalDate!, $chainId: ID, $offset: Int, $limit: Int) { dashboardOpenIssues(asOf: $asOf, chainId: $chainId, offset: $offset, limit: $limit) {
            total offset limit items { id title status dueOn projectId projectName } } }`,
          { asOf: '2025-08-20', chainId, offset, limit },
        )
      ).dashboardOpenIssues;
    const first = await page(0, 1);
    expect({ total: first.total, offset: first.offset, limit: first.limit, items: first.items }).toEqual({ total: after.issues.open, offset: 0, limit: 1, items: after.issues.openIssues.slice(0, 1) });
    expect([...first.items, ...(await page(1, 200)).items]).toEqual(after.issues.openIssues);
    expect(after.issues.raisedThisYear - before.issues.raisedThisYear).toBe(2);
    expect(after.issues.closedThisYear - before.issues.closedThisYear).toBe(1);
    expect(after.issues.closedOnTime - before.issues.closedOnTime).toBe(1);
    expect(after.issues.closureRatePercent).toBe(Math.round((after.issues.closedThisYear / after.issues.raisedThisYear) * 1000) / 10);
  });

  it("counts each staff member's lead activity this month", async () => {
    const me = (await t.as(staff, `{ me { id } }`)).me.id;
    const activityOf = async () => (await dashboard(null)).leadActivity.find((a: any) => a.userId === me)?.interactions ?? 0;
    const was = await activityOf();
    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "驾驶舱走访测试有限公司" }) { id } }`)).createCompany.id;
    const add = (occurredOn: string) =>
      t.as(staff, `mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }`, { input: { companyId, type: 'VISIT_OUT', occurredOn, summary: '走访企业' } });
    await add('2025-08-12');
    await add('2025-07-30');
    expect(await activityOf()).toBe(was + 1);
  });

  describe('the monthly ranking', () => {
    const RANKING = `query($month: String!, $kind: String!) { ranking(month: $month, kind: $kind, includeDemo: false) {
      month kind published lines { subjectId subjectName score rank figures { signedCount signedCountTarget signedAmount signedAmountTarget } weights { signedCount signedAmount } } } }`;
    const CONFIG = `mutation($input: RankingConfigInput!) { setRankingConfig(input: $input) { weights { signedCount signedAmount leadActivity } signedCountTarget } }`;
    const config = (signedCount: number, signedAmount: number) => ({
      signedCount, signedAmount, fundsInPlace: 0, startedOnTime: 0, issuesClosedOnTime: 0, leadActivity: 0,
      signedCountTarget: 2, signedAmountTarget: 10, fundsInPlaceTarget: 1,
    });
    const ranking = async (kind: string) => (await t.as(staff, RANKING, { month: '2025-06', kind })).ranking;
    const line = (r: any, id: string) => r.lines.find((l: any) => l.subjectId === id);

    it('scores reproduce by hand, and a published month stays frozen', async () => {
      const allZero = await t.gql(CONFIG, { input: config(0, 0) }, { token: admin });
      expect(firstError(allZero)).toMatchObject({ code: 'BAD_USER_INPUT', message: '排名权重不能全部为 0' });
      expect(firstError(await t.gql(CONFIG, { input: config(50, 50) }, { token: staff }))).toMatchObject({ code: 'FORBIDDEN' });
      await t.as(admin, CONFIG, { input: config(50, 50) });
      expect((await ranking('CHAIN')).lines.every((l: any) => l.figures.signedCount === 0)).toBe(true);
      const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "排名测试集团有限公司" }) { id } }`)).createCompany.id;
      const signed = async (chain: string, name: string, amount: string, on: string) =>
        move((await t.as(staff, CREATE, { input: { companyId, name, chainId: chains[chain].id, type: 'INDUSTRIALISATION' } })).createProject, ProjectStage.SIGNED, {
          signedOn: on,
          agreedInvestment: amount,
        });
      await signed('electronic-information', '排名项目甲', '4', '2025-06-10');
      await signed('new-materials', '排名项目乙', '8', '2025-06-03');
      await signed('new-materials', '排名项目丙', '7', '2025-06-28');
      await signed('new-materials', '排名项目丁（五月签约，不计入六月）', '30', '2025-05-31');

      const live = await ranking('CHAIN');
      expect(live.published).toBe(false);
      // 新材料: 2 of 2 signed, 15 of 10 亿 (capped) → 50 × 1 + 50 × 1 = 100. 电子信息: 1 of 2, 4 of 10 → 25 + 20 = 45.
      expect(line(live, chains['new-materials'].id)).toMatchObject({ score: 100, rank: 1, figures: { signedCount: 2, signedAmount: 15 } });
      expect(line(live, chains['electronic-information'].id)).toMatchObject({ score: 45, rank: 2, figures: { signedCount: 1, signedAmount: 4 } });
      expect(line(live, chains['health-plus'].id)).toMatchObject({ score: 0, rank: 3 });
      expect(line(live, chains['fashion-plus'].id)).toMatchObject({ score: 0, rank: 3 });

      // Each chain here has its own lead department: the department's line carries its chain's figures and targets.
      const leads = (await t.as(admin, `{ chains { code leadDepartment { id } } }`)).chains;
      const lead = (code: string) => leads.find((c: any) => c.code === code).leadDepartment.id;
      const departments = await ranking('DEPARTMENT');
      expect(line(departments, lead('new-materials'))).toMatchObject({ score: 100, rank: 1, figures: { signedCount: 2, signedCountTarget: 2, signedAmount: 15, signedAmountTarget: 10 } });
      expect(line(departments, lead('electronic-information'))).toMatchObject({ score: 45, rank: 2 });

      const viewer = await t.signIn('viewer');
      expect(firstError(await t.gql(`mutation { publishRanking(month: "2025-06", includeDemo: false) { month } }`, {}, { token: viewer }))).toMatchObject({ code: 'FORBIDDEN' });
      const published = (await t.as(admin, `mutation { publishRanking(month: "2025-06", includeDemo: false) { month kind published lines { subjectId score rank } } }`)).publishRanking;
      expect(published.map((r: any) => [r.kind, r.published])).toEqual([['CHAIN', true], ['DEPARTMENT', true]]);
      expect((await t.as(staff, `{ publishedRankingMonths }`)).publishedRankingMonths).toEqual(['2025-06']);

      // Later records and new weights change nothing in a published month.
      await signed('electronic-information', '排名项目戊（发布后补录）', '20', '2025-06-15');
      await t.as(admin, CONFIG, { input: config(10, 90) });
      const frozen = await ranking('CHAIN');
      expect(frozen.published).toBe(true);
      expect(line(frozen, chains['electronic-information'].id)).toMatchObject({ score: 45, rank: 2, figures: { signedCount: 1, signedAmount: 4 }, weights: { signedCount: 50, signedAmount: 50 } });
      expect(line(frozen, chains['new-materials'].id)).toMatchObject({ score: 100, rank: 1 });
      const again = await t.gql(`mutation { publishRanking(month: "2025-06") { month } }`, {}, { token: admin });
      expect(firstError(again)).toMatchObject({ code: 'CONFLICT' });
      // The month after is live, with the new weights.
      const july = (await t.as(staff, RANKING, { month: '2025-07', kind: 'CHAIN' })).ranking;
      expect(july.published).toBe(false);
      expect(july.lines[0].weights).toEqual({ signedCount: 10, signedAmount: 90 });

      // The quarterly report holds the three months of both rankings, June's as published.
      const file = (await t.as(staff, `mutation { rankingQuarterReport(year: 2025, quarter: 2, includeDemo: false) { fileName contentBase64 } }`)).rankingQuarterReport;
      expect(file.fileName).toBe('ranking-2025Q2.xlsx');
      const wb = new Workbook();
      await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
      const rows = (wb.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
      expect(rows[0]).toEqual(['月份', '类别', '已发布', '名次', '名称', '得分', '签约项目数', '签约金额（亿元）', '到位资金（亿元）', '按期节点/应完成节点', '按期销号/到期问题', '走访洽谈次数']);
      expect(rows.length).toBe(1 + 3 * (4 + 4));
      const june = rows.filter((r) => r[0] === '2025-06' && r[1] === '产业链');
      expect(june.map((r) => [r[2], r[3], r[4], r[5], r[6]])).toContainEqual(['是', '2', chains['electronic-information'].name, '45', '1']);
      expect(rows.filter((r) => r[0] === '2025-05').every((r) => r[2] === '否')).toBe(true);
    });
  });
});
