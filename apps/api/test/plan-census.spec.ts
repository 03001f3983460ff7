import { loadSeeds, readSeeds, seedsDir } from '@chainboard/server-database';
import { SEED_STEPS } from '../src/app/database';
import { TestApp } from './harness';

/**
 * A census of the plan (plan/000_6ece6cd7045d1204.txt) against what the seed loads, without the demo data: every
 * enterprise, place and project it names, in its own wording, with the section that names it.
 */

/** Every enterprise the plan names, as it writes it (variant spellings too: each must find the company). */
const ENTERPRISES: Array<[string, string]> = [
  ['京东', '一(一)1 引入京东、运盛医疗等总部项目'],
  ['运盛医疗', '一(一)1'],
  ['彩虹电器', '一(一)1 彩虹电器、环能科技、中密控股等工业企业入选成都市总部企业'],
  ['环能科技', '一(一)1'],
  ['中密控股', '一(一)1'],
  ['成都川大技术转移集团', '一(一)2 组建成都川大技术转移集团'],
  ['川大智能', '一(一)2 集聚川大智能、佳发安泰、神州数码等知名企业'],
  ['佳发安泰', '一(一)2'],
  ['神州数码', '一(一)2'],
  ['中蓝晨光', '一(一)4 推动中蓝晨光、成都能通入选工信部专精特新“小巨人”企业名单'],
  ['成都能通', '一(一)4'],
  ['四川日机密封', '一(一)4 四川日机密封压缩机干气密封、高端机械密封国内市场占有率连续多年排名第一'],
  ['合信药业', '一(一)4 合信药业注射用头孢美唑钠小分子创新药为国内首仿'],
  ['华日通讯', '一(一)4 华日通讯无线电频谱管理、无人机侦测管制等技术水平处于国内领先'],
  ['成都浩煊', '一(一)5 引进……成都浩煊新材料研发中心'],
  ['四川安信睿', '一(一)5 四川安信睿超高功率CPPL项目'],
  ['康特', '一(一)6 华日微波通讯、康特高端芯片、锦江电子3个专业楼宇'],
  ['成都华日通讯技术股份有限公司', '表1 华日微波通讯产业楼'],
  ['成都康特电子高新科技有限责任公司', '表1 康特高端芯片产业楼'],
  ['四川锦江电子科技有限公司', '表1 锦江电子产业楼'],
  ['成都燃气', '一(二)3 成都燃气、彩虹集团、中密控股、合信药业、电建透平 5 家企业工业产值占全区 60%'],
  ['彩虹集团', '一(二)3'],
  ['电建透平', '一(二)3'],
  ['成都浩焯', '四(一)1 发展路径② 支持川大、电子科大、中科院成都分院、成都浩焯等科研院企'],
  ['安炬石', '四(一)1 发展路径③ 积极推动安炬石的石墨烯研制及电池材料'],
  ['铂力特', '四(一)1 发展路径③ 铂力特金属增材制造技术解决方案'],
  ['振烨国际', '四(一)1 发展路径③ 振烨国际金属材料新铜基西南总部'],
  ['合弘绿色', '四(一)1 发展路径③ 合弘绿色高端新材料总部基地'],
  ['唐源电气', '四(一)2 发展路径① 鼓励唐源电气、华日通信、天创微波、铁路通信、四川网达、成都菲斯洛克等企业'],
  ['华日通信', '四(一)2 发展路径①'],
  ['天创微波', '四(一)2 发展路径①'],
  ['铁路通信', '四(一)2 发展路径①'],
  ['四川网达', '四(一)2 发展路径①'],
  ['成都菲斯洛克', '四(一)2 发展路径①'],
  ['空间信息公司', '四(一)2 发展路径② 支持空间信息公司、川大智胜、佳发安泰等企业'],
  ['川大智胜', '四(一)2 发展路径②'],
  ['丽维家', '四(二)2 鼓励丽维家等龙头企业打造行业级工业互联网平台'],
  ['攀蓉矿业', '六(一)1 加强对攀蓉矿业总部项目……的指导、协调、服务工作'],
  ['网达科技', '六(一)1 推动电建透平、唐源电气和网达科技等企业申报城市机会清单'],
  ['锦江电子', '六(一)2 促进锦江电子高值医疗器械研发生产项目'],
  ['博高信息', '六(二)3 支持川大智胜、唐源电气、锦江电子、博高信息等企业参与国家、省市重大科技计划项目'],
  ['中科半导体', '六(三)1 加强与中科半导体、虹华科技、中科曙光等企业合作'],
  ['虹华科技', '六(三)1'],
  ['中科曙光', '六(三)1'],
  ['府天新材料', '六(三)2 支持府天新材料、合信药业等企业新建、改建、扩建多层厂房和工业楼宇'],
  ['清华启迪', '专栏1 建设京东西南总部、清华启迪大健康电商等重大项目'],
];

/** Every place of the district (and enclave park) the plan names: zones by their kind, then buildings. */
const ZONES: Array<[string, string]> = [
  ['悦湖新材料科技转化中心', '五 两核心'],
  ['她妆美谷', '五 两核心'],
  ['华西医美健康城', '五 三支撑'],
  ['三国创意设计产业功能区', '五 三支撑'],
  ['音乐坊产业功能区', '五 三支撑'],
  ['机投', '五 多点突破'],
  ['工业园', '五 多点突破'],
  ['白佛', '五 多点突破'],
  ['悦湖', '五 多点突破'],
  ['智谷电商服务产业社区', '五；六(三)1'],
  ['高端新材料科技城产业社区', '五；六(三)1'],
  ['都市楼宇工业谷产业社区', '六(三)1'],
  ['悦湖高端新材料转化基地', '一(一)5'],
  ['西部智谷', '六(三)1 都市工业特色街巷'],
  ['大合仓', '六(三)1 都市工业特色街巷'],
  ['人民南路', '一(一)6 三大楼宇集聚区'],
  ['红牌楼', '一(一)6'],
  ['武侯新城', '一(一)6'],
  ['武侯电商产业功能区', '一(一)2'],
  ['西部电商云谷', '专栏1'],
  ['环华西国际智慧医谷', '专栏1'],
  ['中日城市设计产业园', '专栏1'],
  ['京东西南总部', '专栏1'],
  ['清华启迪大健康电商项目', '专栏1'],
  ['她妆电商直播产业园', '一(一)2 “她妆电商直播产业园”开园'],
  ['环川大知识城', '一(一)3；六(二)2'],
  ['华西坝', '六(五)2 科技创新特色单元'],
  ['晋阳', '四(二)2 升级改造晋阳、双楠、太平园等老旧片区'],
  ['双楠', '四(二)2'],
  ['太平园', '四(二)2'],
  ['中国女鞋之都—安岳制鞋基地', '一(一)1 飞地园区'],
  ['三台县梓州织造产业园', '一(一)1 飞地园区'],
];

const BUILDINGS: Array<[string, string]> = [
  ['华日微波通讯产业楼', '表1'],
  ['康特高端芯片产业楼', '表1'],
  ['锦江电子产业楼', '表1'],
  ['西部智谷', '一(一)6 西部智谷、大合仓等12栋楼宇申报获评成都市专业（特色）楼宇'],
  ['大合仓', '一(一)6'],
  ['创客坊', '一(一)6 建成创客坊、武侯高新技术创业服务中心等载体'],
  ['武侯高新技术创业服务中心', '一(一)6'],
  ['财富国际大健康专业楼宇', '四(二)1 发展路径③'],
];

/** Every project the plan names, as it writes it (the search of the ledger must find it by these words). */
const PROJECTS: Array<[string, string]> = [
  ['京东西南总部', '一(一)1 引入京东……总部项目；专栏1'],
  ['运盛医疗总部项目', '一(一)1'],
  ['四川大学材料科学转化基地', '一(一)5'],
  ['成都浩焯光电新材料科技研发中心', '一(一)5 成都浩煊新材料研发中心；四(一)1 发展路径③'],
  ['四川安信睿超高功率 CPPL 项目', '一(一)5；六(一)1 超高功率 CPPL 特种照明项目'],
  ['四川大学华西医院转化医学综合楼', '一(一)5'],
  ['转化医学国家重大科技基础设施', '一(一)5；六(二)1'],
  ['西部前沿医疗转化应用项目', '一(一)5'],
  ['柔性传感研发总部项目', '四(一)1 发展路径③'],
  ['超高导热 AlN 陶瓷基板封装研发总部项目', '四(一)1 发展路径③'],
  ['安炬石石墨烯研制及电池材料项目', '四(一)1 发展路径③'],
  ['铂力特金属增材制造技术解决方案', '四(一)1 发展路径③'],
  ['振烨国际金属材料新铜基西南总部', '四(一)1 发展路径③'],
  ['合弘绿色高端新材料总部基地', '四(一)1 发展路径③'],
  ['环华西健康产业一体化综合科技创新服务平台', '四(二)1 发展路径③'],
  ['健康城市服务创新中心', '四(二)1 发展路径③'],
  ['中日城市设计产业中心起步区', '四(二)2 发展路径③'],
  ['318 户外用品国际消费城', '四(二)2 发展路径③'],
  ['罗浮文化广场', '四(二)2 发展路径③'],
  ['富临锦外科创广场', '四(二)2 发展路径③'],
  ['TOD“文创+”消费体验区', '四(二)2 发展路径③'],
  ['攀蓉矿业总部项目', '六(一)1'],
  ['锦江电子高值医疗器械研发生产项目', '六(一)2'],
  ['电商文化产业园', '六(一)2'],
  ['曹永革光电新材料研究中心', '六(一)2'],
  ['四川大学王琪院士新材料研究中心', '六(一)2'],
  ['都市楼宇工业谷项目', '六(一)2'],
  ['面向新经济的技术交叉与转化中心', '一(一)3；六(二)1'],
  ['四川应用数学中心', '六(二)1'],
  ['成都前沿医学研究中心', '六(二)1；专栏1'],
  ['西南物理研究所兵工新技术科技创新中心', '六(二)2'],
  ['西南民族大学i创空间', '六(二)2'],
  ['清华启迪大健康电商项目', '专栏1'],
  ['中日韩三国文化国际交流中心', '六(四)1'],
  ['锦里5G智慧旅游-大数据应用景区', '六(五)2'],
  ['西部智谷5G智慧园区', '六(五)2'],
  ['智慧教育示范场景项目', '专栏3'],
  ['医保大数据融合应用场景项目', '专栏3'],
  ['她妆电商直播应用场景项目', '专栏3'],
  ['基层政府智慧治理应用场景项目', '专栏3'],
];

/** The items the plan names that an earlier read found missing from the maps: each a node of its chain now. */
const NAMED_ITEMS: Array<[string, string, string]> = [
  ['electronic-information', '软件产品研发', '六(三)1 聚焦软件产品研发、微波通讯、芯片研发设计等细分领域'],
  ['electronic-information', '微波通讯', '六(三)1'],
  ['electronic-information', '基层政府智慧治理', '专栏3'],
  ['health-plus', '基因诊断', '六(二)3 面向石墨烯、电子陶瓷、基因诊断等细分赛道'],
  ['health-plus', '健康研发创新服务', '四(二)1 发展路径③'],
  ['health-plus', '健康转化孵化服务', '四(二)1 发展路径③'],
  ['health-plus', '健康创新拓展服务', '四(二)1 发展路径③'],
  ['health-plus', '医疗应用服务', '四(二)1 发展路径③'],
  ['health-plus', '医药健康产业工业互联网平台', '四(二)1 发展路径④'],
  ['fashion-plus', '沉浸式体验', '四(二)2 发展路径③ 探索创意消费、休闲娱乐和沉浸式体验等高端商业业态'],
  ['fashion-plus', '创意消费', '四(二)2 发展路径③'],
  ['fashion-plus', '休闲娱乐', '四(二)2 发展路径③'],
  ['fashion-plus', '网红品牌', '专栏3 MCN 机构、网红品牌、带货达人'],
  ['fashion-plus', '带货达人', '专栏3'],
  ['fashion-plus', '内容制作IP孵化及运营', '专栏1 西部电商云谷'],
  ['fashion-plus', '直播人才培养', '专栏1 西部电商云谷'],
  ['fashion-plus', '数字内容+', '四(二)2 发展路径② 探索“数字内容+”新兴领域'],
];

/** Nodes the plan says must still be broken through (突破), cultivated (培育) or developed (开发): none is STRONG. */
const NOT_YET_STRONG: Array<[string, string[], string]> = [
  ['electronic-information', ['无线电监测设备', '无线电监测侧向系统及设备', '信号集中监测系统', '高速数字采样与处理板卡', '特种电源', '数字化信道接收器'], '四(一)2 开发……等无线电监测设备'],
  ['electronic-information', ['数据采集与监控系统', '分布式控制', '米级精准定位', '远距离诊断', '人脸识别', '裸眼 3D'], '四(一)2 重点突破……等关键核心技术'],
  ['electronic-information', ['云大物移智集成应用服务', '在线教育', '监考系统', '车联网', '北斗导航集成应用'], '四(一)2 积极培育……“云大物移智”集成应用服务'],
  ['electronic-information', ['地理信息大数据采集', '计算机视觉'], '四(一)2 发展路径② 开发地理信息大数据采集、计算机视觉等领域“首版次”产品'],
  ['electronic-information', ['信息技术服务'], '六(三)1 培育科技研发、信息技术服务等生产性服务业专业楼宇'],
  ['health-plus', ['地红霉素肠溶胶囊', '复方单硝酸异山梨酯缓释片'], '四(二)1 开发注射用头孢美唑钠、地红霉素肠溶胶囊、复方单硝酸异山梨酯缓释片等产品'],
  ['health-plus', ['高端医疗美容', '高端手术类医疗美容', '头面部美容整形', '躯干美容整形', '口腔美容整形', '高端非手术类医疗美容', '射频类医疗美容', '激光照射类医疗美容'], '四(二)1 积极培育……高端手术类医疗美容服务和……高端非手术类医疗美容'],
  ['health-plus', ['智能医学影像', '智能诊疗', '智能健康管理'], '四(二)1 培育发展智能医学影像、智能诊疗、智能健康管理等健康服务新业态'],
  ['health-plus', ['生物医药'], '一(二)3 生物医药等新兴产业尚处于培育阶段'],
  ['new-materials', ['电子陶瓷材料', '生物医用材料', '前沿新材料'], '一(二)3 高端新材料……尚处于培育阶段'],
  ['new-materials', ['羟基磷灰石生物陶瓷', '骨诱导人工骨', '人工髋关节', '牙种植体', '介入心脏瓣膜', '神经导管'], '四(一)1 开发羟基磷灰石生物陶瓷……等高性能产品'],
  ['fashion-plus', ['产业互联网', '行业级工业互联网平台', '5G+电商', '5G+工业互联网'], '五 培育产业互联网平台生态；四(二)2 引进培育行业工业互联网平台，加快培育“5G+电商”“5G+工业互联网”'],
  ['fashion-plus', ['高端面料辅料'], '四(二)2 发展路径① 强化……高端面料辅料的技术突破'],
  ['fashion-plus', ['轻奢珠宝', '服装配饰', '智能穿戴'], '四(二)2 发展路径① 开发轻奢珠宝、服装配饰、智能穿戴等产品'],
];

/** Statuses the plan's own words give: a strength it states, or a part it asks to lay out, seize or bring in. */
const PLAN_STATUSES: Array<[string, string, 'STRONG' | 'WEAK' | 'MISSING', string]> = [
  ['electronic-information', '频谱资源管理系统', 'STRONG', '一(一)4 无线电频谱管理国内市场占有率位居行业之首'],
  ['electronic-information', '无人机侦测管制', 'STRONG', '一(一)4 处于国内领先、国际先进水平'],
  ['electronic-information', '应用软件及系统集成', 'STRONG', '一(一)2 软件业务收入位居全市第二'],
  ['electronic-information', '光通信器件', 'MISSING', '四(一)2 布局发展……光通信器件'],
  ['electronic-information', '汽车雷达', 'MISSING', '六(一)1 支持华日通讯等企业高端切入'],
  ['health-plus', '注射用头孢美唑钠', 'STRONG', '一(一)4 国内首仿'],
  ['health-plus', '口腔颌面', 'STRONG', '四(二)1 优势赛道'],
  ['health-plus', '植发固发', 'MISSING', '四(二)1 积极抢占……未来细分赛道'],
  ['health-plus', '生物医药', 'WEAK', '一(二)3 尚处于培育阶段'],
  ['new-materials', '电子陶瓷材料', 'WEAK', '一(二)3 尚处于培育阶段'],
  ['new-materials', '分子影像剂', 'MISSING', '四(一)1 延伸发展'],
  ['fashion-plus', '消费互联网', 'STRONG', '一(一)2 国家电子商务示范基地'],
  ['fashion-plus', '沉浸式体验', 'MISSING', '四(二)2 探索'],
];

const SEARCH = `query($input: SearchInput!) { search(input: $input) { groups { kind hits { company { id name aliases isDemo } } } } }`;
const MAP = `query($id: ID!) { chainMap(chainId: $id) { nodes { id name status statusSource version } } }`;
const TASKS = `{ chains { code workPlan { tasks { title status dueDate ownerDepartmentId isDemo } } } }`;

describe('the plan, census', () => {
  let t: TestApp;
  let admin: string;
  let chainIds: Map<string, string>;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    chainIds = new Map((await t.as(admin, '{ chains { id code } }')).chains.map((c: any) => [c.code, c.id]));
  });
  afterAll(() => t.close());

  const nodesOf = async (code: string): Promise<any[]> => (await t.as(admin, MAP, { id: chainIds.get(code) })).chainMap.nodes;
  async function findCompany(wording: string): Promise<any | undefined> {
    const res = await t.as(admin, SEARCH, { input: { query: wording, kinds: ['COMPANY'], limit: 50 } });
    return res.search.groups[0].hits.map((h: any) => h.company).find((c: any) => c.name === wording || c.aliases.includes(wording));
  }

  it('finds every enterprise the plan names by its wording, through the one search box, as a company of the plan (not demo data)', async () => {
    const missing: string[] = [];
    for (const [wording, where] of ENTERPRISES) {
      const company = await findCompany(wording);
      if (!company || company.isDemo) missing.push(`${wording} (${where})`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the registered names the maps hold as the companies' names, the plan's spellings as aliases of the same company", async () => {
    const same = async (a: string, b: string) => expect([a, (await findCompany(a))?.id]).toEqual([a, (await findCompany(b))?.id]);
    const huari = await findCompany('华日通信');
    expect(huari).toMatchObject({ name: '成都华日通讯技术股份有限公司' });
    expect(huari.aliases).toEqual(expect.arrayContaining(['华日通讯', '华日通信']));
    await same('华日通讯', '成都华日通讯技术股份有限公司');
    await same('网达科技', '四川网达');
    await same('成都浩煊', '成都浩焯');
    await same('彩虹集团', '彩虹电器');
    await same('四川日机密封', '中密控股');
    await same('锦江电子', '四川锦江电子科技有限公司');
    // One company each, however many seed files name it (maps, projects, the plan's companies).
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM company WHERE name LIKE '%华日%' OR '华日通讯' = ANY(aliases)`);
    expect(n).toBe(1);
  });

  it("places a company the plan ties to a node on it, and none the plan ties to none", async () => {
    const onNodes = await t.db.query(
      `SELECT c.name, s.name AS node FROM chain_node_company nc JOIN company c ON c.id = nc.company_id JOIN chain_segment s ON s.id = nc.segment_id`,
    );
    const where = (name: string) => onNodes.filter((r: any) => r.name === name).map((r: any) => r.node);
    expect(where('川大智能')).toEqual(['应用软件及系统集成']);
    for (const name of ['中密控股', '彩虹电器', '环能科技', '成都燃气', '电建透平', '成都能通', '府天新材料', '攀蓉矿业', '成都川大技术转移集团']) {
      expect([name, where(name)]).toEqual([name, []]);
    }
  });

  it('holds every place the plan names', async () => {
    const zones = new Set((await t.as(admin, '{ placeZones { name } }')).placeZones.map((z: any) => z.name));
    const buildings = new Set((await t.as(admin, '{ placeBuildings { name isDemo } }')).placeBuildings.filter((b: any) => !b.isDemo).map((b: any) => b.name));
    expect(ZONES.filter(([name]) => !zones.has(name))).toEqual([]);
    expect(BUILDINGS.filter(([name]) => !buildings.has(name))).toEqual([]);
  });

  it("finds every project the plan names by its wording, through the ledger's search", async () => {
    const missing: string[] = [];
    for (const [wording, where] of PROJECTS) {
      const { projects } = await t.as(admin, `query($input: ProjectListInput) { projects(input: $input) { items { name isDemo } } }`, { input: { query: wording, limit: 20 } });
      if (!projects.items.some((p: any) => p.name.includes(wording.replace(/\s+/g, ' ')) || p.name === wording)) missing.push(`${wording} (${where})`);
    }
    expect(missing).toEqual([]);
  });

  it('has a node for every item the plan names that the maps missed', async () => {
    for (const [code, name, where] of NAMED_ITEMS) {
      const nodes = await nodesOf(code);
      expect([code, name, where, nodes.some((n) => n.name === name)]).toEqual([code, name, where, true]);
    }
  });

  it("gives no node the plan says is still to break through, cultivate or develop a STRONG status", async () => {
    for (const [code, names, verb] of NOT_YET_STRONG) {
      const nodes = await nodesOf(code);
      for (const name of names) {
        const node = nodes.find((n) => n.name === name);
        expect({ name, verb, found: !!node, strong: node?.status === 'STRONG' }).toEqual({ name, verb, found: true, strong: false });
      }
    }
  });

  it("marks the statuses the plan's words give as the plan's, and the seed author's reading as judgement", async () => {
    for (const [code, name, status, words] of PLAN_STATUSES) {
      const node = (await nodesOf(code)).find((n) => n.name === name);
      expect({ name, words, status: node?.status, source: node?.statusSource }).toEqual({ name, words, status, source: 'PLAN' });
    }
    // The seed author's reading: the category whose products the plan asks to develop, a WEAK chosen over MISSING.
    const ei = await nodesOf('electronic-information');
    for (const name of ['无线电监测设备', '人脸识别', '监考系统', '基础电子元器件']) expect([name, ei.find((n) => n.name === name)?.statusSource]).toEqual([name, 'JUDGEMENT']);
    const all = (await Promise.all([...chainIds.keys()].map(nodesOf))).flat();
    const plan = all.filter((n) => n.statusSource === 'PLAN').length;
    expect(plan).toBeGreaterThan(40);
    expect(all.length - plan).toBeGreaterThan(plan);
  });

  it("flags every work-plan task's invented owner, due date and status as demo data (the 6 shown as done among them)", async () => {
    const tasks = (await t.as(admin, TASKS)).chains.flatMap((c: any) => c.workPlan.tasks);
    expect(tasks.length).toBeGreaterThan(30);
    const invented = tasks.filter((task: any) => task.ownerDepartmentId || task.dueDate || task.status !== 'TODO');
    expect(invented.filter((task: any) => !task.isDemo).map((task: any) => task.title)).toEqual([]);
    expect(tasks.filter((task: any) => task.status === 'DONE' && task.isDemo)).toHaveLength(6);
  });

  it('makes a status set in the map editor the editor’s judgement', async () => {
    const node = (await nodesOf('fashion-plus')).find((n) => n.name === '沉浸式体验');
    const leader = await t.signIn('leader.fashion-plus');
    const UPDATE = `mutation($input: UpdateChainNodeInput!) { updateChainNode(input: $input) { status statusSource } }`;
    expect((await t.as(leader, UPDATE, { input: { nodeId: node.id, status: 'WEAK', expectedVersion: node.version } })).updateChainNode).toEqual({ status: 'WEAK', statusSource: 'JUDGEMENT' });
    // Back as the plan has it, saying so.
    expect((await t.as(leader, UPDATE, { input: { nodeId: node.id, status: 'MISSING', statusSource: 'PLAN' } })).updateChainNode).toEqual({ status: 'MISSING', statusSource: 'PLAN' });
  });

  it('brings a database seeded before up to the plan once, leaving what its editors changed', async () => {
    // The state an earlier seed left: short company names without aliases, unflagged tasks, the old statuses (all
    // judgement), none of the added nodes or companies, none of the mend's units applied.
    const db = t.db;
    await db.query(`UPDATE company SET name = '华日通讯', aliases = '{}' WHERE name = '成都华日通讯技术股份有限公司'`);
    await db.query(`UPDATE company SET aliases = '{}' WHERE name = '四川网达'`);
    await db.query(`UPDATE work_plan_task SET is_demo = false`);
    await db.query(`UPDATE chain_segment SET status_source = 'JUDGEMENT'`);
    await db.query(`UPDATE chain_segment SET status = 'STRONG' WHERE name IN ('人脸识别', '监考系统')`);
    const geneDiagnosis = (await nodesOf('health-plus')).find((n) => n.name === '基因诊断');
    await db.query(`DELETE FROM chain_segment WHERE id = $1`, [geneDiagnosis.id]);
    await db.query(`DELETE FROM company WHERE name IN ('中密控股', '川大智能')`);
    await db.query(`DELETE FROM seed_applied WHERE key LIKE '%@plan-faithful' OR key LIKE 'company:%'`);
    // An editor's own judgement since: 监考系统 set to MISSING (no longer the STRONG the correction corrects).
    await db.query(`UPDATE chain_segment SET status = 'MISSING' WHERE name = '监考系统'`);

    const data = readSeeds(SEED_STEPS, seedsDir());
    await loadSeeds(db, data, { demo: false });

    const ei = await nodesOf('electronic-information');
    const node = (name: string) => ei.find((n) => n.name === name);
    expect(node('人脸识别')).toMatchObject({ status: 'WEAK', statusSource: 'JUDGEMENT' });
    expect(node('监考系统')).toMatchObject({ status: 'MISSING', statusSource: 'JUDGEMENT' });
    expect(node('频谱资源管理系统')).toMatchObject({ status: 'STRONG', statusSource: 'PLAN' });
    expect((await nodesOf('health-plus')).find((n) => n.name === '基因诊断')).toMatchObject({ status: 'MISSING', statusSource: 'PLAN' });
    expect(await findCompany('华日通信')).toMatchObject({ name: '成都华日通讯技术股份有限公司' });
    expect(await findCompany('网达科技')).toMatchObject({ name: '四川网达' });
    expect(await findCompany('日机密封')).toMatchObject({ name: '中密控股' });
    const [{ placed }] = await db.query(
      `SELECT count(*)::int AS placed FROM chain_node_company nc JOIN company c ON c.id = nc.company_id JOIN chain_segment s ON s.id = nc.segment_id WHERE c.name = '川大智能' AND s.name = '应用软件及系统集成'`,
    );
    expect(placed).toBe(1);
    const [{ unflagged }] = await db.query(`SELECT count(*)::int AS unflagged FROM work_plan_task WHERE NOT is_demo AND (owner_department_id IS NOT NULL OR due_date IS NOT NULL OR status <> 'TODO')`);
    expect(unflagged).toBe(0);

    // Once: loading again changes nothing, and an editor's change after the mend stays.
    await db.query(`UPDATE chain_segment SET status = 'STRONG', status_source = 'JUDGEMENT' WHERE name = '人脸识别'`);
    const again = await loadSeeds(db, data, { demo: false });
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect((await nodesOf('electronic-information')).find((n) => n.name === '人脸识别')).toMatchObject({ status: 'STRONG', statusSource: 'JUDGEMENT' });
  });
});
