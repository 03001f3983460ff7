import { CLOCK, SystemClock } from '@chainboard/server-core';
import { chainsByCode } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, firstError } from './projects-helpers';

const ZONES = `{ placeZones { id code name kind parentId description chainCodes floorAreaM2 investment } }`;
const BUILDINGS = `{ placeBuildings { id name zoneId description floorAreaM2 vacantAreaM2 featuredIndustry chainCodes recognition work workCompletedOn isDemo } }`;
const PARCELS = `{ landParcels { id code name zoneId areaMu condition path status identifiedOn revitalisedOn isDemo } }`;
const MATCHES = `query($projectId: ID!, $zoneId: ID) { projectCarrierMatches(projectId: $projectId, zoneId: $zoneId) {
  vacant building { id name } parcel { id code } } }`;

/** Every place the plan names: its spatial structure, communities, streets, clusters, function area and 专栏1's spaces. */
const PLAN_ZONES: Array<[string, string]> = [
  ['悦湖新材料科技转化中心', 'CORE'],
  ['她妆美谷', 'CORE'],
  ['华西医美健康城', 'SUPPORT'],
  ['三国创意设计产业功能区', 'SUPPORT'],
  ['音乐坊产业功能区', 'SUPPORT'],
  ['机投', 'RENEWAL_UNIT'],
  ['工业园', 'RENEWAL_UNIT'],
  ['白佛', 'RENEWAL_UNIT'],
  ['悦湖', 'RENEWAL_UNIT'],
  ['智谷电商服务产业社区', 'COMMUNITY'],
  ['高端新材料科技城产业社区', 'COMMUNITY'],
  ['都市楼宇工业谷产业社区', 'COMMUNITY'],
  ['悦湖高端新材料转化基地', 'COMMUNITY'],
  ['西部智谷', 'STREET'],
  ['大合仓', 'STREET'],
  ['人民南路', 'CLUSTER'],
  ['红牌楼', 'CLUSTER'],
  ['武侯新城', 'CLUSTER'],
  ['武侯电商产业功能区', 'FUNCTION_AREA'],
  ['西部电商云谷', 'SPACE'],
  ['环华西国际智慧医谷', 'SPACE'],
  ['中日城市设计产业园', 'SPACE'],
  ['京东西南总部', 'SPACE'],
  ['清华启迪大健康电商项目', 'SPACE'],
];

describe("the district's places", () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let zones: any[];
  let buildings: any[];
  let parcels: any[];
  const zone = (code: string) => zones.find((z) => z.code === code);

  beforeAll(async () => {
    t = await TestApp.start({ demo: true });
    t.app.get<SystemClock>(CLOCK).pin('2025-06-30T10:00:00+08:00');
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    zones = (await t.as(admin, ZONES)).placeZones;
    buildings = (await t.as(admin, BUILDINGS)).placeBuildings;
    parcels = (await t.as(admin, PARCELS)).landParcels;
  });
  afterAll(() => t.close());

  it('holds every place the plan names, of its kind', () => {
    const have = new Map(zones.map((z) => [z.name, z.kind]));
    for (const [name, kind] of PLAN_ZONES) expect([name, have.get(name)]).toEqual([name, kind]);
    expect(zone('jd-southwest-hq')).toMatchObject({ parentId: zone('western-ecommerce-cloud-valley').id, floorAreaM2: '255000', investment: '20' });
    expect(zone('tus-health-ecommerce')).toMatchObject({ floorAreaM2: '14400', investment: '5' });
    expect(zone('yuehu-materials-centre').chainCodes).toEqual(['new-materials', 'health-plus', 'electronic-information']);
  });

  it("keeps 专栏1's spaces with their text", () => {
    expect(zone('western-ecommerce-cloud-valley').description).toBe(
      '重点发展直播电商、社交电商、垂直电商等电商产业，建设京东西南总部、清华启迪大健康电商等重大项目，强化总部平台招引、内容制作IP孵化及运营和直播人才培养，打造国际电商新总部基地。',
    );
    expect(zone('huanhuaxi-smart-medical-valley').description).toContain('成都前沿医学研究中心');
    expect(zone('sino-japan-design-park').description).toContain('三国文化研究中心设计分中心');
  });

  it("holds table 1's three demonstration buildings with their description, and the named specialty buildings", () => {
    const byName = new Map(buildings.map((b) => [b.name, b]));
    const demoSites = buildings.filter((b) => b.recognition === 'DEMO_SITE').map((b) => b.name);
    expect(demoSites).toEqual(['华日微波通讯产业楼', '康特高端芯片产业楼', '锦江电子产业楼']);
    expect(byName.get('华日微波通讯产业楼').description).toMatch(/^成都华日通讯技术股份有限公司，是我国领先的无线电频谱管理系统整体解决方案提供商.*发明专利 25 项/);
    expect(byName.get('康特高端芯片产业楼').description).toContain('拥有 50 多项专利');
    expect(byName.get('锦江电子产业楼').description).toContain('取得授权专利 71 项，申请中发明专利 73 项');
    expect(buildings.filter((b) => b.recognition === 'SPECIALTY').map((b) => b.name)).toEqual(['西部智谷', '大合仓']);
    for (const name of ['财富国际大健康专业楼宇', '创客坊', '武侯高新技术创业服务中心']) expect(byName.has(name)).toBe(true);
    for (const b of buildings) expect(b.isDemo).toBe(b.name.includes('（演示）'));
  });

  it("keeps the plan's own land totals, and individual parcels only as demo data on 专栏2's paths", async () => {
    const totals = (await t.as(admin, `{ landTotals { scope parcels areaMu year } }`)).landTotals;
    expect(totals).toEqual([
      { scope: 'IDLE_OR_LOW_EFFICIENCY', parcels: 61, areaMu: null, year: 2020 },
      { scope: 'UNSUPPLIED', parcels: 5, areaMu: '104', year: 2020 },
    ]);
    expect(parcels.length).toBeGreaterThan(0);
    expect(parcels.every((p) => p.isDemo)).toBe(true);
    expect(parcels.find((p) => p.code === 'DEMO-GYY-01')).toMatchObject({ areaMu: '42.35', condition: 'LOW_EFFICIENCY', path: 'CAPITAL_INCREASE', status: 'REVITALISED', revitalisedOn: '2024-04-30' });
  });

  it('counts land revitalised and buildings built or refitted from the records, for the indicators', async () => {
    const land = (await t.as(admin, `{ landSummary(asOf: "2024-12-31") { revitalisedMu revitalisedParcels targetMu completionPercent } }`)).landSummary;
    expect(land).toEqual({ revitalisedMu: '60.95', revitalisedParcels: 2, targetMu: '500', completionPercent: 12.2 });
    expect((await t.as(admin, `{ landSummary(asOf: "2023-12-31") { revitalisedMu } }`)).landSummary.revitalisedMu).toBe('18.6');
    expect((await t.as(admin, `{ buildingSummary(asOf: "2024-12-31") { completed target } }`)).buildingSummary).toEqual({ completed: 3, target: 5 });
    const standings = (
      await t.as(admin, `query($input: IndicatorStandingsInput!) { indicatorStandings(input: $input) { indicator { code } source actual } }`, { input: { year: 2024 } })
    ).indicatorStandings;
    expect(standings.find((s: any) => s.indicator?.code === 'idle-land-revitalised')).toEqual({ indicator: { code: 'idle-land-revitalised' }, source: 'COMPUTED', actual: '60.95' });
    expect(standings.find((s: any) => s.indicator?.code === 'industrial-buildings')).toEqual({ indicator: { code: 'industrial-buildings' }, source: 'COMPUTED', actual: '3' });
    const planOnly = (
      await t.as(admin, `query($input: IndicatorStandingsInput!) { indicatorStandings(input: $input) { indicator { code } actual } }`, { input: { year: 2024, includeDemo: false } })
    ).indicatorStandings;
    expect(planOnly.find((s: any) => s.indicator?.code === 'idle-land-revitalised').actual).toBe('0');
  });

  it('finds where a project can land: only carriers with enough vacant space, in the right zone, for its chain', async () => {
    const chains = await chainsByCode(t, admin);
    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "载体匹配测试材料有限公司" }) { id } }`)).createCompany.id;
    const create = async (name: string, fields: Record<string, unknown>) =>
      (await t.as(staff, CREATE, { input: { companyId, name, chainId: chains['new-materials'].id, ...fields } })).createProject;
    const floor = await create('载体匹配：需要楼宇 2000㎡', { floorSpaceM2: '2000' });
    const found = (await t.as(staff, MATCHES, { projectId: floor.id })).projectCarrierMatches;
    // 悦湖科创中心A座 (6,500 m² vacant, new materials, in the 悦湖 centre) fits; B座 (1,200 m²) is too small; the
    // other chains' and other zones' buildings with more room do not count.
    expect(found).toEqual([{ vacant: '6500', building: { id: buildings.find((b) => b.name === '悦湖科创中心A座（演示）').id, name: '悦湖科创中心A座（演示）' }, parcel: null }]);

    const land = await create('载体匹配：需要用地 30 亩', { landAreaMu: '30' });
    const onLand = (await t.as(staff, MATCHES, { projectId: land.id, zoneId: zone('yuehu').id })).projectCarrierMatches;
    expect(onLand).toEqual([{ vacant: '35.5', building: null, parcel: { id: parcels.find((p) => p.code === 'DEMO-YH-01').id, code: 'DEMO-YH-01' } }]);
    expect((await t.as(staff, MATCHES, { projectId: land.id, zoneId: zone('baifo').id })).projectCarrierMatches).toEqual([]);

    const big = await create('载体匹配：需要楼宇 9000㎡', { floorSpaceM2: '9000' });
    expect((await t.as(staff, MATCHES, { projectId: big.id })).projectCarrierMatches).toEqual([]);
  });

  it('links a project to its carrier, checked, at the version seen', async () => {
    const chains = await chainsByCode(t, admin);
    const companyId = (await t.as(staff, `mutation { createCompany(input: { name: "载体关联测试有限公司" }) { id } }`)).createCompany.id;
    const p = (await t.as(staff, CREATE, { input: { companyId, name: '载体关联测试项目', chainId: chains['new-materials'].id, carrier: '悦湖科创中心A座' } })).createProject;
    const SET = `mutation($input: SetProjectCarrierInput!) { setProjectCarrier(input: $input) { id version carrier carrierZoneId carrierBuildingId carrierParcelId } }`;
    const building = buildings.find((b) => b.name === '悦湖科创中心A座（演示）');
    const set = (await t.as(staff, SET, { input: { projectId: p.id, expectedVersion: p.version, carrierZoneId: building.zoneId, carrierBuildingId: building.id } })).setProjectCarrier;
    expect(set).toMatchObject({ carrier: '悦湖科创中心A座', carrierZoneId: building.zoneId, carrierBuildingId: building.id, carrierParcelId: null, version: p.version + 1 });
    const missing = await t.gql(SET, { input: { projectId: p.id, expectedVersion: set.version, carrierParcelId: '00000000-0000-4000-8000-000000000000' } }, { token: staff });
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND' });
    const stale = await t.gql(SET, { input: { projectId: p.id, expectedVersion: p.version, carrierZoneId: null } }, { token: staff });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT' });
    const viewer = await t.signIn('viewer');
    expect(firstError(await t.gql(SET, { input: { projectId: p.id, expectedVersion: set.version } }, { token: viewer }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
