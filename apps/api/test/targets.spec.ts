import { PLAN_PROJECT_TARGETS, ProjectStage } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { chainsByCode } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, firstError, MOVE } from './projects-helpers';

const INDICATORS = `{ planIndicators { id code category name unit baselineYear baselineValue baselineText targetYear targetValue targetText
  cumulative attribute origin computed quote } }`;
const STANDINGS = `query($input: IndicatorStandingsInput!) { indicatorStandings(input: $input) {
  indicator { code } chainTarget { id metric } chainId name unit year quarter source actual actualText actualYear actualQuarter
  sourceNote enteredById expected onPathPercent completionPercent onTrack } }`;
const RECORD = `mutation($input: RecordIndicatorActualInput!) { recordIndicatorActual(input: $input) {
  id indicatorId chainTargetId year value valueText sourceNote enteredById } }`;

/**
 * The plan's table 2 ("十四五"武侯区都市工业发展目标体系), transcribed from the plan cell by cell: 类别, 指标, unit, 2020,
 * 2025, 属性. The category and the words cells are joined where the plan's layout breaks them over two lines.
 */
const TABLE_2 = [
  ['规模体量', '全口径工业增加值', '亿元', '70.7', '180', '预期性'],
  ['规模体量', '全口径工业增加值年均增速', '%', '1.7', '21', '预期性'],
  ['规模体量', '累计完成工业投资', '亿元', '—', '200', '预期性'],
  ['产业发展', '累计引进产业化项目', '个', '—', '50', '预期性'],
  ['产业发展', '生产性服务业占 GDP 比重', '%', '38', '40', '预期性'],
  ['创新能力', '工业企业累计实现 R&D 投入', '亿元', '21', '80', '预期性'],
  ['创新能力', '高新技术企业数量', '家', '653', '1100', '预期性'],
  ['空间拓展', '新增或改造工业楼宇', '栋', '—', '5', '预期性'],
  ['空间拓展', '累计盘活闲置低效工业用地', '亩', '—', '500', '预期性'],
  ['绿色发展', '单位工业增加值能耗降低', '%', '完成任务目标', '完成任务目标', '约束性'],
  ['绿色发展', '单位工业增加值用水量降低', '%', '完成任务目标', '完成任务目标', '约束性'],
];

const ATTRIBUTE = { EXPECTED: '预期性', BINDING: '约束性' } as Record<string, string>;
const cell = (value: string | null, text: string | null) => value ?? text ?? '—';

describe("the plan's indicators and where they stand", () => {
  let t: TestApp;
  let clock: SystemClock;
  let admin: string;
  let leader: string;
  let staff: string;
  let indicators: any[];
  const byCode = (code: string) => indicators.find((i) => i.code === code);

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get<SystemClock>(CLOCK);
    clock.pin('2025-06-30T10:00:00+08:00');
    admin = await t.signIn('admin');
    leader = await t.signIn('district.leader');
    staff = await t.signIn('staff.01');
    indicators = (await t.as(admin, INDICATORS)).planIndicators;
  });
  afterAll(() => t.close());

  const standings = async (input: Record<string, unknown>, token = admin) => (await t.as(token, STANDINGS, { input })).indicatorStandings as any[];
  const standingOf = async (code: string, input: Record<string, unknown>) => (await standings(input)).find((s) => s.indicator?.code === code);

  it("seeds table 2 exactly as the plan prints it, cell by cell and in its order", () => {
    const seeded = indicators
      .filter((i) => i.origin === 'TABLE_2')
      .map((i) => [i.category, i.name, i.unit, cell(i.baselineValue, i.baselineText), cell(i.targetValue, i.targetText), ATTRIBUTE[i.attribute]]);
    expect(seeded).toEqual(TABLE_2);
    for (const i of indicators) expect([i.baselineYear, i.targetYear]).toEqual([2020, 2025]);
  });

  it("adds the targets the plan's text states and the table omits, the project tiers equal to the projects' targets", () => {
    const text = indicators.filter((i) => i.origin === 'PLAN_TEXT');
    expect(text.map((i) => [i.name, i.unit, i.targetValue])).toEqual([
      ['工业占 GDP 比重', '%', '10'],
      ['引进 30 亿元以上工业项目', '个', String(PLAN_PROJECT_TARGETS.tier30Plus)],
      ['引进 10-30 亿元工业项目', '个', String(PLAN_PROJECT_TARGETS.tier10To30)],
    ]);
    expect(byCode('industry-gdp-share').quote).toContain('工业占 GDP 比重提升至 10%');
    expect(byCode('industrialisation-projects').targetValue).toBe(String(PLAN_PROJECT_TARGETS.industrialisation));
    expect(indicators.filter((i) => i.computed).map((i) => [i.code, i.computed])).toEqual([
      ['industrialisation-projects', 'PROJECTS_INDUSTRIALISATION'],
      ['high-tech-enterprises', 'HIGH_TECH_ENTERPRISES'],
      ['industrial-buildings', 'BUILDINGS_REFITTED'],
      ['idle-land-revitalised', 'LAND_REVITALISED'],
      ['projects-tier-30-plus', 'PROJECTS_TIER_30_PLUS'],
      ['projects-tier-10-30', 'PROJECTS_TIER_10_30'],
    ]);
  });

  it("lists the chains' targets by reference, not as copies", async () => {
    const chains = await chainsByCode(t, admin);
    const all = await standings({ year: 2025 });
    const chainRows = all.filter((s) => s.chainTarget);
    expect(chainRows.length).toBeGreaterThanOrEqual(6);
    const materials = await standings({ year: 2025, chainId: chains['new-materials'].id });
    expect(materials.every((s) => s.indicator === null && s.chainId === chains['new-materials'].id)).toBe(true);
    expect(materials.map((s) => [s.name, s.unit])).toContainEqual(['营业收入', '亿元']);
    expect(indicators.map((i) => i.name)).not.toContain('营业收入');
  });

  it('computes the project counts from hand-built records: tiers, signing dates, a dropped project', async () => {
    const chains = await chainsByCode(t, admin);
    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "指标计算测试集团有限公司" }) { id } }`)).createCompany.id;
    const codes = ['industrialisation-projects', 'projects-tier-30-plus', 'projects-tier-10-30'];
    const counts = async (year: number, quarter?: number) => {
      const rows = await standings({ year, quarter, includeDemo: false });
      return codes.map((c) => Number(rows.find((s) => s.indicator?.code === c).actual));
    };
    const before2024 = await counts(2024);
    const before2025 = await counts(2025, 2);
    const move = async (p: any, to: ProjectStage, fields: Record<string, unknown>) => {
      const res = await t.gql(MOVE, { input: { projectId: p.id, to, expectedVersion: p.version, ...fields } }, { token: staff });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data.moveProjectStage;
    };
    const signed = async (name: string, type: string, amount: string, on: string) =>
      move((await t.as(staff, CREATE, { input: { companyId, name, chainId: chains['electronic-information'].id, type } })).createProject, ProjectStage.SIGNED, {
        signedOn: on,
        agreedInvestment: amount,
      });
    await signed('指标项目甲（30亿以上）', 'INDUSTRIALISATION', '31', '2024-03-01');
    const dropped = await signed('指标项目乙（10-30亿，后终止）', 'INDUSTRIALISATION', '15', '2024-08-01');
    await signed('指标项目丙（区域总部，不计入产业化）', 'REGIONAL_HQ', '40', '2024-02-01');
    await signed('指标项目丁（2025年签约）', 'INDUSTRIALISATION', '2', '2025-04-10');
    await move(dropped, ProjectStage.DROPPED, { reason: '企业战略调整', effectiveOn: '2025-03-01' });

    const delta = (now: number[], was: number[]) => now.map((n, i) => n - was[i]);
    expect(delta(await counts(2024), before2024)).toEqual([2, 1, 1]);
    // By 2025 Q1 the 15亿 project is dropped (2025-03-01) and the 2025 signing not yet made (2025-04-10).
    expect(delta(await counts(2025, 1), before2024)).toEqual([1, 1, 0]);
    expect(delta(await counts(2025, 2), before2025)).toEqual([2, 1, 0]);
    const row = await standingOf('industrialisation-projects', { year: 2025, quarter: 2, includeDemo: false });
    expect(row).toMatchObject({ source: 'COMPUTED', actualYear: 2025, actualQuarter: 2, enteredById: null });
    expect(row.sourceNote).toContain('项目台账');
    // The path of a cumulative indicator starts at zero: 50 over 20 quarters, 18 quarters in.
    expect(row.expected).toBe('45');
    expect(row.completionPercent).toBe(Math.round((Number(row.actual) / 50) * 1000) / 10);
  });

  it('counts the high-tech enterprises tagged, a recognition holding three years', async () => {
    const lists = (await t.as(admin, `{ companyLists { id category } }`)).companyLists;
    const highTech = lists.find((l: any) => l.category === 'HIGH_TECH').id;
    const count = async (year: number) => Number((await standingOf('high-tech-enterprises', { year })).actual);
    const [was2023, was2025, was2026] = [await count(2023), await count(2025), await count(2026)];
    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "高新认定测试科技有限公司" }) { id } }`)).createCompany.id;
    await t.as(admin, `mutation($input: AddCompanyTagInput!) { addCompanyTag(input: $input) { id } }`, { input: { companyId, listId: highTech, year: 2023 } });
    expect([await count(2023), await count(2025), await count(2026)]).toEqual([was2023 + 1, was2025 + 1, was2026]);
    const row = await standingOf('high-tech-enterprises', { year: 2025 });
    expect(row).toMatchObject({ source: 'COMPUTED', expected: '1100' });
  });

  it('takes entered actuals with their source and who entered them, and measures them against the straight path', async () => {
    const gva = byCode('industrial-gva');
    const recorded = (await t.as(leader, RECORD, { input: { indicatorId: gva.id, year: 2023, value: '120', sourceNote: '区统计局 2023 年统计公报' } })).recordIndicatorActual;
    expect(recorded).toMatchObject({ indicatorId: gva.id, year: 2023, value: '120', sourceNote: '区统计局 2023 年统计公报' });
    const me = (await t.as(leader, `{ me { id } }`)).me.id;
    expect(recorded.enteredById).toBe(me);

    // 2024 Q2 shows the latest figure entered up to then, against the path: 70.7 + 109.3 × 14/20 = 147.21.
    expect(await standingOf('industrial-gva', { year: 2024, quarter: 2 })).toMatchObject({
      source: 'ENTERED', actual: '120', actualYear: 2023, actualQuarter: null, expected: '147.21', onTrack: false,
      onPathPercent: Math.round((49.3 / 76.51) * 1000) / 10, completionPercent: Math.round((49.3 / 109.3) * 1000) / 10,
    });
    // Before anything was entered for the period there is no figure.
    expect(await standingOf('industrial-gva', { year: 2022 })).toMatchObject({ source: 'NONE', actual: null, expected: '114.42' });

    // Entering the same period again replaces the figure; a quarter is its own period.
    await t.as(leader, RECORD, { input: { indicatorId: gva.id, year: 2023, value: '125.5', sourceNote: '修订数' } });
    await t.as(admin, RECORD, { input: { indicatorId: gva.id, year: 2024, quarter: 1, value: '30.2', sourceNote: '季度快报' } });
    const history = (await t.as(staff, `query($id: ID) { indicatorActuals(indicatorId: $id) { year quarter value sourceNote } }`, { id: gva.id })).indicatorActuals;
    expect(history).toEqual([
      { year: 2024, quarter: 1, value: '30.2', sourceNote: '季度快报' },
      { year: 2023, quarter: null, value: '125.5', sourceNote: '修订数' },
    ]);
    expect(await standingOf('industrial-gva', { year: 2023 })).toMatchObject({ actual: '125.5', expected: '136.28', onTrack: false });
    expect(await standingOf('industrial-gva', { year: 2024, quarter: 2 })).toMatchObject({ actual: '30.2', actualYear: 2024, actualQuarter: 1, sourceNote: '季度快报' });

    // An indicator the plan states in words takes words.
    const energy = byCode('energy-intensity');
    const words = await t.gql(RECORD, { input: { indicatorId: energy.id, year: 2023, value: '3', sourceNote: '市下达' } }, { token: leader });
    expect(firstError(words)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'valueText' });
    await t.as(leader, RECORD, { input: { indicatorId: energy.id, year: 2023, valueText: '完成市下达的年度目标', sourceNote: '区发改局' } });
    expect(await standingOf('energy-intensity', { year: 2024 })).toMatchObject({ source: 'ENTERED', actual: null, actualText: '完成市下达的年度目标', expected: null });
  });

  it('refuses figures for computed indicators, entries without one subject or a source, and entries by those not allowed', async () => {
    const projects = byCode('industrialisation-projects');
    const gva = byCode('industrial-gva');
    const computed = await t.gql(RECORD, { input: { indicatorId: projects.id, year: 2024, value: '10', sourceNote: '手工' } }, { token: admin });
    expect(firstError(computed)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(computed).message).toContain('自动计算');
    const none = await t.gql(RECORD, { input: { year: 2024, value: '10', sourceNote: 'x' } }, { token: admin });
    expect(firstError(none)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const noSource = await t.gql(RECORD, { input: { indicatorId: gva.id, year: 2024, value: '10', sourceNote: ' ' } }, { token: admin });
    expect(firstError(noSource)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceNote' });
    const badQuarter = await t.gql(RECORD, { input: { indicatorId: gva.id, year: 2024, quarter: 5, value: '10', sourceNote: 'x' } }, { token: admin });
    expect(firstError(badQuarter)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    const forbidden = await t.gql(RECORD, { input: { indicatorId: gva.id, year: 2024, value: '10', sourceNote: 'x' } }, { token: staff });
    expect(firstError(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
    const history = (await t.as(admin, `query($id: ID) { indicatorActuals(indicatorId: $id) { year } }`, { id: projects.id })).indicatorActuals;
    expect(history).toEqual([]);
  });

  it("enters a chain target's actual and shows it on that chain's standings", async () => {
    const chains = await chainsByCode(t, admin);
    const chainId = chains['new-materials'].id;
    const target = (await standings({ year: 2025, chainId })).find((s) => s.name === '营业收入').chainTarget;
    await t.as(leader, RECORD, { input: { chainTargetId: target.id, year: 2024, value: '60', sourceNote: '区经信局' } });
    const row = (await standings({ year: 2025, chainId })).find((s) => s.chainTarget?.id === target.id);
    expect(row).toMatchObject({ source: 'ENTERED', actual: '60', actualYear: 2024, completionPercent: 40, chainId });
  });
});
