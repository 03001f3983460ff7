import { CompaniesService } from '@chainboard/server-companies';
import { chainsByCode, crmCounts, crmSnapshot, nodesOf, refusal, uscc } from './crm-helpers';
import { TestApp } from './harness';

const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name creditCode aliases englishName isLocal isListed version } }`;
const UPDATE = `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id name creditCode aliases version } }`;
const MERGE = `mutation($input: MergeCompaniesInput!) { mergeCompanies(input: $input) { id name aliases creditCode city } }`;
const PAGE = `query($id: ID!) { company(id: $id) {
  id name creditCode aliases openLeadCount lastContactOn
  tags { year list { name category level } }
  nodes { role node { id name } chain { code name } }
  leads { id title status }
  projects { id name stage }
  prospects { id priority node { name } }
  contacts { id type occurredOn summary lead { id } createdBy { username } }
} }`;

describe('companies', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    staff = await t.signIn('staff.01');
    chains = await chainsByCode(t, admin);
  });
  afterAll(() => t.close());

  describe('credit codes', () => {
    const code = uscc('91510107MA61R8XX4');

    it('accepts a valid code as people type it (full width, spaces, lower case), and stores it normalised', async () => {
      const typed = code.toLowerCase().replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/^(.{6})/, '$1 ');
      const { createCompany } = await t.as(staff, CREATE, { input: { name: '成都测试信用代码有限公司', creditCode: typed } });
      expect(createCompany.creditCode).toBe(code);
    });

    it('refuses a wrong check character, a wrong length and bad characters, saying which, and changes nothing', async () => {
      const before = await crmSnapshot(t);
      const wrongCheck = code.slice(0, 17) + (code[17] === 'A' ? 'B' : 'A');
      const check = await t.gql(CREATE, { input: { name: '校验位错误公司', creditCode: wrongCheck } }, { token: staff });
      expect(refusal(check)).toEqual({ code: 'BAD_USER_INPUT', message: '统一社会信用代码的校验位（第18位）不符，请核对代码' });
      expect(check.errors?.[0].extensions?.fields).toEqual([{ field: 'creditCode', message: '统一社会信用代码的校验位（第18位）不符，请核对代码' }]);
      const checkEn = await t.gql(CREATE, { input: { name: '校验位错误公司', creditCode: wrongCheck } }, { token: staff, lang: 'en' });
      expect(checkEn.errors?.[0].message).toBe('The check character (the 18th) of the unified social credit code does not match; please check the code');

      const short = await t.gql(CREATE, { input: { name: '长度错误公司', creditCode: code.slice(0, 15) } }, { token: staff });
      expect(refusal(short)).toEqual({ code: 'BAD_USER_INPUT', message: '统一社会信用代码应为18位，当前为15位' });
      const shortEn = await t.gql(CREATE, { input: { name: '长度错误公司', creditCode: code + '1' } }, { token: staff, lang: 'en' });
      expect(shortEn.errors?.[0].message).toBe('The unified social credit code must be 18 characters long; this one has 19');

      const letters = await t.gql(CREATE, { input: { name: '字符错误公司', creditCode: code.slice(0, 16) + 'OI' } }, { token: staff });
      expect(letters.errors?.[0].message).toBe('统一社会信用代码含有不允许的字符：O I（只能是数字和除 I、O、S、V、Z 以外的大写字母）');
      expect(await crmSnapshot(t)).toBe(before);
    });

    it('refuses a code another company has, naming that company', async () => {
      const before = await crmSnapshot(t);
      const res = await t.gql(CREATE, { input: { name: '另一家公司', creditCode: code } }, { token: staff });
      expect(refusal(res)).toEqual({ code: 'CONFLICT', message: `统一社会信用代码${code}已属于企业“成都测试信用代码有限公司”` });
      const en = await t.gql(CREATE, { input: { name: '另一家公司', creditCode: code } }, { token: staff, lang: 'en' });
      expect(en.errors?.[0].message).toBe(`The unified social credit code ${code} already belongs to "成都测试信用代码有限公司"`);
      expect(await crmSnapshot(t)).toBe(before);
    });
  });

  describe('duplicates', () => {
    let original: any;
    beforeAll(async () => {
      original = (await t.as(staff, CREATE, { input: { name: '成都华信通讯技术股份有限公司', aliases: ['华信通讯'] } })).createCompany;
    });

    it('flags names that reduce alike, and the same credit code, for the quick form', async () => {
      const q = `query($name: String!, $code: String) { companyDuplicates(name: $name, creditCode: $code) { reason company { id name } } }`;
      const alike = await t.as(staff, q, { name: '成都华信通讯技术（集团）有限公司' });
      expect(alike.companyDuplicates).toEqual([{ reason: 'SAME_NAME', company: { id: original.id, name: '成都华信通讯技术股份有限公司' } }]);
      const byAlias = await t.as(staff, q, { name: '华信通讯' });
      expect(byAlias.companyDuplicates.map((d: any) => d.company.id)).toContain(original.id);
      const none = await t.as(staff, q, { name: '成都华信通信技术有限公司' });
      expect(none.companyDuplicates).toEqual([]);
      const { companies } = await t.as(staff, `{ companies(input: { query: "信用代码" }) { items { creditCode } } }`);
      const sameCode = await t.as(staff, q, { name: '完全不同的名字', code: companies.items[0].creditCode });
      expect(sameCode.companyDuplicates[0].reason).toBe('SAME_CREDIT_CODE');
    });

    it('refuses an exact-key duplicate unless the user confirms it is another company', async () => {
      const before = await crmSnapshot(t);
      const res = await t.gql(CREATE, { input: { name: '成都华信通讯技术有限公司' } }, { token: staff });
      expect(refusal(res)).toEqual({ code: 'CONFLICT', message: '已有名称相同或相近的企业“成都华信通讯技术股份有限公司”。如确为另一家企业，请确认后再保存' });
      expect(res.errors?.[0].extensions?.duplicates).toEqual([{ id: original.id, name: '成都华信通讯技术股份有限公司' }]);
      expect(await crmSnapshot(t)).toBe(before);
      const confirmed = await t.as(staff, CREATE, { input: { name: '成都华信通讯技术有限公司', allowDuplicate: true } });
      expect(confirmed.createCompany.name).toBe('成都华信通讯技术有限公司');
    });
  });

  it('updates a company: index kept, versions checked', async () => {
    const { createCompany: c } = await t.as(staff, CREATE, { input: { name: '四川旧名材料有限公司', city: '成都' } });
    const { updateCompany } = await t.as(staff, UPDATE, { input: { companyId: c.id, name: '四川新名材料有限公司', aliases: ['新名材料', ' 新名材料 ', ''], expectedVersion: c.version } });
    expect(updateCompany).toMatchObject({ name: '四川新名材料有限公司', aliases: ['新名材料'], version: c.version + 1 });
    const found = await t.as(staff, `{ companies(input: { query: "新名" }) { total items { id } } }`);
    expect(found.companies.items.map((x: any) => x.id)).toEqual([c.id]);
    expect((await t.as(staff, `{ companies(input: { query: "旧名" }) { total } }`)).companies.total).toBe(0);

    const before = await crmSnapshot(t);
    const stale = await t.gql(UPDATE, { input: { companyId: c.id, city: '绵阳', expectedVersion: c.version } }, { token: staff });
    expect(refusal(stale)).toEqual({ code: 'CONFLICT', message: '数据已被他人修改，请刷新后重试' });
    const viewer = await t.gql(UPDATE, { input: { companyId: c.id, city: '绵阳' } }, { token: await t.signIn('viewer'), lang: 'en' });
    expect(refusal(viewer)).toEqual({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });
    const missing = await t.gql(UPDATE, { input: { companyId: '00000000-0000-4000-8000-000000000000', city: '绵阳' } }, { token: staff });
    expect(refusal(missing)).toEqual({ code: 'NOT_FOUND', message: '找不到该企业' });
    expect(await crmSnapshot(t)).toBe(before);

    const cleared = await t.as(staff, `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { city aliases } }`, { input: { companyId: c.id, city: null, aliases: [] } });
    expect(cleared.updateCompany).toEqual({ city: null, aliases: [] });
  });

  describe('lists and tags', () => {
    it('starts with the seeded lists: the six top-500 lists, little giants at two levels, high-tech and champions', async () => {
      const lists = (await t.as(staff, `{ companyLists { name category level } }`)).companyLists;
      expect(lists.filter((l: any) => l.category === 'TOP_500')).toHaveLength(6);
      expect(lists.filter((l: any) => l.category === 'LITTLE_GIANT').map((l: any) => l.level).sort()).toEqual(['NATIONAL', 'PROVINCIAL']);
      expect(lists.map((l: any) => l.name)).toEqual(expect.arrayContaining(['世界500强', '中国企业500强', '中国民营企业500强', '高新技术企业', '隐形冠军企业']));

      const before = await crmSnapshot(t);
      const create = `mutation($input: CreateCompanyListInput!) { createCompanyList(input: $input) { id } }`;
      expect(refusal(await t.gql(create, { input: { name: '某名单', category: 'OTHER' } }, { token: staff }))).toEqual({ code: 'FORBIDDEN', message: '您没有执行此操作的权限' });
      expect(await crmSnapshot(t)).toBe(before);
    });

    it('tags a company with a list and year, once; refuses a bad year and deleting a list in use', async () => {
      const { companyLists } = await t.as(staff, `{ companyLists { id name tagCount } }`);
      const top500 = companyLists.find((l: any) => l.name === '中国企业500强');
      const { createCompany: c } = await t.as(staff, CREATE, { input: { name: '中国测试集团有限公司', isListed: true } });
      const tag = `mutation($input: AddCompanyTagInput!) { addCompanyTag(input: $input) { id year list { name } } }`;
      const a = (await t.as(staff, tag, { input: { companyId: c.id, listId: top500.id, year: 2024 } })).addCompanyTag;
      const b = (await t.as(staff, tag, { input: { companyId: c.id, listId: top500.id, year: 2024 } })).addCompanyTag;
      expect(b.id).toBe(a.id);
      await t.as(staff, tag, { input: { companyId: c.id, listId: top500.id, year: 2023 } });
      const page = (await t.as(staff, PAGE, { id: c.id })).company;
      expect(page.tags.map((x: any) => [x.list.name, x.year])).toEqual([
        ['中国企业500强', 2024],
        ['中国企业500强', 2023],
      ]);

      const before = await crmSnapshot(t);
      const badYear = await t.gql(tag, { input: { companyId: c.id, listId: top500.id, year: 1900 } }, { token: staff });
      expect(refusal(badYear)).toEqual({ code: 'BAD_USER_INPUT', message: '年份应在1990年到2100年之间' });
      const inUse = await t.gql(`mutation($id: ID!) { deleteCompanyList(listId: $id) }`, { id: top500.id }, { token: admin });
      expect(refusal(inUse)).toEqual({ code: 'CONFLICT', message: '名单“中国企业500强”仍有2个企业标签，请先移除这些标签' });
      expect(await crmSnapshot(t)).toBe(before);

      const created = (await t.as(admin, `mutation { createCompanyList(input: { name: "武侯区重点企业", category: OTHER, level: MUNICIPAL }) { id name } }`)).createCompanyList;
      const dup = await t.gql(`mutation { createCompanyList(input: { name: "武侯区重点企业", category: OTHER }) { id } }`, {}, { token: admin });
      expect(refusal(dup)).toEqual({ code: 'CONFLICT', message: '已有名为“武侯区重点企业”的企业名单' });
      // Named as a field error too, so that the form shows it under the name.
      expect(dup.errors?.[0].extensions?.fields).toEqual([{ field: 'name', message: '已有名为“武侯区重点企业”的企业名单' }]);
      await t.as(admin, `mutation($id: ID!) { updateCompanyList(input: { listId: $id, publisher: "武侯区" }) { id } }`, { id: created.id });
      expect((await t.as(admin, `mutation($id: ID!) { deleteCompanyList(listId: $id) }`, { id: created.id })).deleteCompanyList).toBe(created.id);
    });
  });

  describe('merge', () => {
    it('keeps all contacts and moves everything to the survivor in one transaction, settling clashes', async () => {
      const chain = chains['electronic-information'];
      const [node, node2] = await nodesOf(t, admin, chain.id);
      const code = uscc('91510100MA6CGUQ12');
      const survivor = (await t.as(staff, CREATE, { input: { name: '成都合并测试科技有限公司', city: '成都' } })).createCompany;
      const merged = (await t.as(staff, CREATE, { input: { name: '成都合并测试科技股份有限公司', allowDuplicate: true, creditCode: code, englishName: 'Merge Test Tech', aliases: ['合并测试'] } })).createCompany;

      const lead = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
      const contact = `mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }`;
      const leadA = (await t.as(staff, lead, { input: { title: '合并前线索甲', chainId: chain.id, companyId: survivor.id } })).createLead;
      const leadB = (await t.as(staff, lead, { input: { title: '合并前线索乙', chainId: chain.id, companyId: merged.id } })).createLead;
      await t.as(staff, contact, { input: { leadId: leadA.id, type: 'CALL', summary: '甲的电话' } });
      await t.as(staff, contact, { input: { leadId: leadB.id, type: 'VISIT_OUT', summary: '乙的拜访' } });
      await t.as(staff, contact, { input: { companyId: merged.id, type: 'WECHAT', summary: '乙的微信' } });
      await t.as(staff, contact, { input: { companyId: survivor.id, type: 'EMAIL', summary: '甲的邮件' } });

      const prospect = `mutation($input: AddProspectInput!) { addProspect(input: $input) { id } }`;
      await t.as(staff, prospect, { input: { nodeId: node.id, companyId: survivor.id, priority: 'LOW', reason: '甲的理由' } });
      await t.as(staff, prospect, { input: { nodeId: node.id, companyId: merged.id, priority: 'HIGH', reason: '乙的理由' } });
      await t.as(staff, prospect, { input: { nodeId: node2.id, companyId: merged.id } });
      await t.as(staff, `mutation($input: SetCompanyNodeInput!) { setCompanyNode(input: $input) { id } }`, { input: { companyId: merged.id, nodeId: node.id, role: 'ANCHOR' } });
      const { companyLists } = await t.as(admin, `{ companyLists { id name } }`);
      const list = companyLists.find((l: any) => l.name === '高新技术企业');
      const tag = `mutation($input: AddCompanyTagInput!) { addCompanyTag(input: $input) { id } }`;
      await t.as(staff, tag, { input: { companyId: survivor.id, listId: list.id, year: 2024 } });
      await t.as(staff, tag, { input: { companyId: merged.id, listId: list.id, year: 2024 } });
      await t.as(staff, tag, { input: { companyId: merged.id, listId: list.id, year: 2022 } });

      const contactsBefore = (await t.db.query(`SELECT count(*)::int AS n FROM interaction WHERE company_id IN ($1, $2)`, [survivor.id, merged.id]))[0].n;
      expect(contactsBefore).toBe(4);
      const allContactsBefore = (await crmCounts(t)).interaction;

      const res = (await t.as(staff, MERGE, { input: { survivorId: survivor.id, mergedId: merged.id } })).mergeCompanies;
      expect(res).toMatchObject({ id: survivor.id, creditCode: code, city: '成都' });
      expect(res.aliases).toEqual(['成都合并测试科技股份有限公司', '合并测试']);

      const page = (await t.as(staff, PAGE, { id: survivor.id })).company;
      expect(page.contacts.map((c: any) => c.summary).sort()).toEqual(['乙的拜访', '乙的微信', '甲的电话', '甲的邮件'].sort());
      expect((await crmCounts(t)).interaction).toBe(allContactsBefore);
      expect(page.leads.map((l: any) => l.title).sort()).toEqual(['合并前线索乙', '合并前线索甲']);
      expect(page.prospects).toHaveLength(2);
      const onNode = page.prospects.find((p: any) => p.node.name === node.name);
      expect(onNode.priority).toBe('HIGH');
      expect(page.nodes.find((n: any) => n.node.id === node.id).role).toBe('ANCHOR');
      expect(page.tags.map((x: any) => x.year)).toEqual([2024, 2022]);
      expect(refusal(await t.gql(PAGE, { id: merged.id }, { token: staff })).code).toBe('NOT_FOUND');
      const found = await t.as(staff, `{ companies(input: { query: "merge test" }) { items { id } } }`);
      expect(found.companies.items.map((c: any) => c.id)).toEqual([survivor.id]);
    });

    it('refuses to merge two companies with different credit codes, or one with itself, and changes nothing', async () => {
      const a = (await t.as(staff, CREATE, { input: { name: '代码甲公司', creditCode: uscc('91510100MA6CGUQ13') } })).createCompany;
      const b = (await t.as(staff, CREATE, { input: { name: '代码乙公司', creditCode: uscc('91510100MA6CGUQ14') } })).createCompany;
      const before = await crmSnapshot(t);
      const res = await t.gql(MERGE, { input: { survivorId: a.id, mergedId: b.id } }, { token: staff });
      expect(refusal(res).code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toContain('不是同一家企业，不能合并');
      const self = await t.gql(MERGE, { input: { survivorId: a.id, mergedId: a.id } }, { token: staff, lang: 'en' });
      expect(refusal(self)).toEqual({ code: 'BAD_USER_INPUT', message: 'A company cannot be merged with itself' });
      const leader = await t.gql(MERGE, { input: { survivorId: a.id, mergedId: b.id } }, { token: await t.signIn('leader.health-plus') });
      expect(refusal(leader).code).toBe('FORBIDDEN');
      expect(await crmSnapshot(t)).toBe(before);
    });
  });

  it('writes rows for an importer: the same rows twice create nothing new', async () => {
    const service = t.app.get(CompaniesService);
    const rows = [
      { name: '导入测试一有限公司', creditCode: uscc('91510100MA6CGUQ15'), city: '成都', isLocal: '是' },
      { name: '导入测试二有限公司', aliases: '导入二、测试二' },
      { name: '导入测试二股份有限公司', city: '重庆' },
      { name: '导入测试一有限公司（集团）', creditCode: uscc('91510100MA6CGUQ15') },
    ];
    const first = await t.db.transaction((m) => service.upsertMany(m, rows));
    expect(first.map((r) => r.action)).toEqual(['created', 'created', 'updated', 'updated']);
    expect(first[2].id).toBe(first[1].id);
    expect(first[3].id).toBe(first[0].id);
    const counts = await crmCounts(t);
    const again = await t.db.transaction((m) => service.upsertMany(m, rows));
    expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(again.every((r) => r.action === 'unchanged')).toBe(true);
    expect(await crmCounts(t)).toEqual(counts);
    const two = (await t.as(staff, PAGE, { id: first[1].id })).company;
    expect(two.aliases).toEqual(['导入二', '测试二', '导入测试二股份有限公司']);

    const before = await crmSnapshot(t);
    await expect(t.db.transaction((m) => service.upsertMany(m, [{ name: '好行' }, { name: '坏行', creditCode: '123' }]))).rejects.toThrow('第2行：统一社会信用代码应为18位，当前为3位');
    expect(await crmSnapshot(t)).toBe(before);
  });
});
