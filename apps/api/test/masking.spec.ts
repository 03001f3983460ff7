import JSZip from 'jszip';
import { chainsByCode } from './crm-helpers';
import { TestApp } from './harness';

/** Every text of an .xlsx or .docx file: the XML of all its parts, as one string. */
async function fileText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.xml')).map((f) => f.async('string')));
  return parts.join('\n');
}

/** What identifies the confidential records: none of it may reach a reader outside the chain's leadership and the owner. */
const SECRETS = ['星辰显示', '天河光电', '25.5', '41.75', '约见星辰董事长'];

const LEAD_FIELDS = 'id title masked company { id name } intendedInvestment nextAction';
const PROJECT_FIELDS = 'id name masked company { id name } agreedInvestment carrier';
const EXPORT_LEADS = 'mutation($input: LeadListInput) { exportLeads(columns: [], input: $input) { contentBase64 } }';
const EXPORT_PROJECTS = 'mutation($input: ProjectListInput) { exportProjects(columns: [], input: $input) { contentBase64 } }';
const SEARCH = 'query($q: String!) { search(input: { query: $q }) { groups { kind hits { id title detail } } } }';

/**
 * Confidential leads and projects, read by those outside their chain's leadership and owner: a code name and nothing
 * that identifies the company, in the lists, the board, the company page, both exports (every cell of the file) and
 * the search (titles, contacts, the text and company filters); and unmasked for the owner, the chain's leader, admins
 * and district leaders.
 */
describe('confidential masking in lists, exports and search', () => {
  let t: TestApp;
  let chainId: string;
  let lead: { id: string; company: { id: string } };
  let project: { id: string; company: { id: string } };
  const tokens: Record<string, string> = {};
  const outsiders = ['staff.02', 'viewer', 'leader.health-plus', 'dept.jkx'];
  const insiders = ['staff.01', 'leader.electronic-information', 'admin', 'district.leader'];

  beforeAll(async () => {
    t = await TestApp.start();
    for (const username of [...outsiders, ...insiders]) tokens[username] = await t.signIn(username);
    const owner = tokens['staff.01'];
    chainId = (await chainsByCode(t, owner))['electronic-information'].id;
    lead = (
      await t.as(owner, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id company { id } } }`, {
        input: {
          chainId,
          title: '星辰显示第6代线配套项目',
          company: { name: '成都星辰显示科技有限公司' },
          confidential: true,
          codeName: '北斗计划',
          intendedInvestment: '25.5',
          nextAction: '约见星辰董事长',
        },
      })
    ).createLead;
    await t.as(owner, `mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }`, {
      input: { leadId: lead.id, type: 'MEETING', summary: '与星辰显示洽谈配套落地' },
    });
    const ownerId = (await t.as(owner, '{ me { id } }')).me.id;
    project = (
      await t.as(owner, `mutation($input: CreateProjectInput!) { createProject(input: $input) { id company { id } } }`, {
        input: { chainId, name: '天河光电模组项目', company: { name: '四川天河光电有限公司' }, confidential: true, codeName: '天枢计划', agreedInvestment: '41.75', carrier: '星辰显示产业园', ownerId },
      })
    ).createProject;
  });
  afterAll(() => t?.close());

  const leadsOf = async (token: string) => (await t.as(token, `{ leads(input: { limit: 200 }) { items { ${LEAD_FIELDS} } } }`)).leads.items;
  const projectsOf = async (token: string) => (await t.as(token, `{ projects(input: { limit: 200 }) { items { ${PROJECT_FIELDS} } } }`)).projects.items;

  it('lists them under their code names with no company, amount or next step, to every outsider', async () => {
    for (const username of outsiders) {
      const token = tokens[username];
      expect([username, (await leadsOf(token)).find((l: any) => l.id === lead.id)]).toEqual([
        username,
        { id: lead.id, title: '北斗计划', masked: true, company: null, intendedInvestment: null, nextAction: null },
      ]);
      expect([username, (await projectsOf(token)).find((p: any) => p.id === project.id)]).toEqual([
        username,
        { id: project.id, name: '天枢计划', masked: true, company: null, agreedInvestment: null, carrier: null },
      ]);
      const board = (await t.as(token, `query($c: ID!) { projectBoard(input: { chainId: $c }) { columns { stage count projects { ${PROJECT_FIELDS} } } } }`, { c: chainId })).projectBoard;
      const card = board.columns.flatMap((c: any) => c.projects).find((p: any) => p.id === project.id);
      expect([username, card]).toEqual([username, { id: project.id, name: '天枢计划', masked: true, company: null, agreedInvestment: null, carrier: null }]);
      // The company pages show neither record.
      for (const companyId of [lead.company.id, project.company.id]) {
        const page = (await t.as(token, 'query($id: ID!) { company(id: $id) { leads { id } projects { id } contacts { id } } }', { id: companyId })).company;
        expect([username, page]).toEqual([username, { leads: [], projects: [], contacts: [] }]);
      }
      // Nothing of the secrets anywhere in the answers.
      const everything = JSON.stringify([await leadsOf(token), await projectsOf(token), board]);
      expect([username, SECRETS.filter((s) => everything.includes(s))]).toEqual([username, []]);
    }
  });

  it('exports them masked: no cell of an outsider’s lead or project file holds what identifies them', async () => {
    for (const username of outsiders) {
      const leads = await fileText((await t.as(tokens[username], EXPORT_LEADS)).exportLeads.contentBase64);
      const projects = await fileText((await t.as(tokens[username], EXPORT_PROJECTS)).exportProjects.contentBase64);
      expect([username, leads.includes('北斗计划'), projects.includes('天枢计划')]).toEqual([username, true, true]);
      expect([username, SECRETS.filter((s) => leads.includes(s) || projects.includes(s))]).toEqual([username, []]);
    }
  });

  it('finds them for an outsider by nothing that is hidden: the search, the text filters and the company filters', async () => {
    for (const username of outsiders) {
      const token = tokens[username];
      for (const q of ['星辰', '天河光电', '配套落地']) {
        const groups = (await t.as(token, SEARCH, { q })).search.groups;
        const hits = groups.filter((g: any) => g.kind !== 'COMPANY').flatMap((g: any) => g.hits);
        expect([username, q, hits]).toEqual([username, q, []]);
      }
      const counts = await t.as(
        token,
        `query($lc: ID!, $pc: ID!) {
          byText: leads(input: { query: "星辰" }) { total } projectsByText: projects(input: { query: "天河" }) { total }
          byCompany: leads(input: { companyId: $lc }) { total } projectsByCompany: projects(input: { companyId: $pc }) { total } }`,
        { lc: lead.company.id, pc: project.company.id },
      );
      expect([username, counts]).toEqual([username, { byText: { total: 0 }, projectsByText: { total: 0 }, byCompany: { total: 0 }, projectsByCompany: { total: 0 } }]);
      // Filtered exports find nothing either.
      const filtered = await fileText((await t.as(token, EXPORT_LEADS, { input: { query: '星辰' } })).exportLeads.contentBase64);
      expect([username, filtered.includes('北斗计划')]).toEqual([username, false]);
    }
  });

  it('shows them as they are to the owner, the chain’s leader, admins and district leaders: in the lists, the exports and the search', async () => {
    for (const username of insiders) {
      const token = tokens[username];
      expect([username, (await leadsOf(token)).find((l: any) => l.id === lead.id)]).toMatchObject([
        username,
        { title: '星辰显示第6代线配套项目', masked: false, company: { name: '成都星辰显示科技有限公司' }, intendedInvestment: '25.5', nextAction: '约见星辰董事长' },
      ]);
      expect([username, (await projectsOf(token)).find((p: any) => p.id === project.id)]).toMatchObject([
        username,
        { name: '天河光电模组项目', masked: false, company: { name: '四川天河光电有限公司' }, agreedInvestment: '41.75', carrier: '星辰显示产业园' },
      ]);
      const leads = await fileText((await t.as(token, EXPORT_LEADS, { input: { query: '星辰' } })).exportLeads.contentBase64);
      const projects = await fileText((await t.as(token, EXPORT_PROJECTS, { input: { query: '天河' } })).exportProjects.contentBase64);
      expect([username, leads.includes('星辰显示第6代线配套项目'), leads.includes('成都星辰显示科技有限公司'), projects.includes('天河光电模组项目')]).toEqual([username, true, true, true]);
      const groups = (await t.as(token, SEARCH, { q: '星辰' })).search.groups;
      expect([username, groups.find((g: any) => g.kind === 'LEAD')?.hits.map((h: any) => h.id)]).toEqual([username, [lead.id]]);
    }
  });
  it('leaves a confidential project’s amount out of an outsider’s column total (counted, and said to be masked), and in an insider’s', async () => {
    const owner = tokens['staff.01'];
    const open = (
      await t.as(owner, `mutation($input: CreateProjectInput!) { createProject(input: $input) { id stage } }`, {
        input: { chainId, name: '公开测算项目', company: { name: '成都公开测算有限公司' }, agreedInvestment: '8.25' },
      })
    ).createProject;
    const stageOf = (await t.as(owner, 'query($id: ID!) { project(id: $id) { stage } }', { id: project.id })).project.stage;
    expect(open.stage).toBe(stageOf);
    const columnOf = async (token: string) =>
      (await t.as(token, `query($c: ID!) { projectBoard(input: { chainId: $c }) { columns { stage count totalAgreedInvestment maskedCount } } }`, { c: chainId })).projectBoard.columns.find(
        (c: any) => c.stage === stageOf,
      );
    // The plan's own projects of the stage carry no agreed amount: the two amounts are the column's only ones.
    const count = (await columnOf(tokens['admin'])).count;
    expect(count).toBeGreaterThanOrEqual(2);
    for (const username of outsiders) {
      expect([username, await columnOf(tokens[username])]).toEqual([username, { stage: stageOf, count, totalAgreedInvestment: '8.25', maskedCount: 1 }]);
    }
    for (const username of insiders) {
      expect([username, await columnOf(tokens[username])]).toEqual([username, { stage: stageOf, count, totalAgreedInvestment: '50', maskedCount: 0 }]);
    }
    // Nor does an investment-tier filter tell an outsider the masked project's range (≥ 30亿).
    const tier30 = async (token: string) =>
      (await t.as(token, `query($c: ID!) { projects(input: { chainId: $c, tiers: [TIER_30_PLUS] }) { items { id } } }`, { c: chainId })).projects.items.map((p: any) => p.id);
    for (const username of outsiders) expect([username, await tier30(tokens[username])]).toEqual([username, []]);
    for (const username of insiders) expect([username, await tier30(tokens[username])]).toEqual([username, [project.id]]);
  });
});
