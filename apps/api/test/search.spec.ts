import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { companyIndex } from '@chainboard/domain';
import { DEMO_PASSWORD } from '@chainboard/server-database';
import { CLOCK, SystemClock } from '@chainboard/server-leads';
import { createApp } from '../src/app/create-app';
import { TestApp } from './harness';

/**
 * The same search on the embedded PostgreSQL (PGlite over pglite-socket, started by this project's global setup)
 * and on the real server: the same data entered through the API, the same 1-, 2- and 4-character queries, the
 * same answers — companies, leads and contacts, their order and highlights.
 */
interface Api {
  gql(query: string, variables?: Record<string, unknown>, token?: string, lang?: string): Promise<any>;
  signIn(username: string): Promise<string>;
  clock(): SystemClock;
  db(): DataSource;
}

function apiOf(app: INestApplication): Api {
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string, lang = 'zh-CN') => {
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('accept-language', lang);
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data;
  };
  return {
    gql,
    signIn: async (username) =>
      (await gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { username, password: DEMO_PASSWORD } })).signIn.token,
    clock: () => app.get<SystemClock>(CLOCK),
    db: () => app.get(DataSource),
  };
}

/** The first is the seeded chain maps' company under its registered name (the plan's 华日通讯 and 华日通信 its aliases): given its English name, not entered again. */
const COMPANIES = [
  { name: '成都华日通讯技术股份有限公司', englishName: 'Huari Communication Technology', aliases: ['华日通讯'] },
  { name: '四川华西医疗器械有限公司', aliases: ['华西医疗'] },
  { name: '成都新材科技有限公司', englishName: 'XINCAI New Materials' },
  { name: 'ＡＢＣ电子（成都）有限公司', englishName: 'ABC Electronics Co., Ltd.' },
  { name: '武侯生物医药研究院有限公司', aliases: ['武侯生物'] },
  { name: '成都100%_测试有限公司' },
  { name: '日华科技有限公司' },
  // For the ranking: the exact name, names starting with the word, then the others (name or alias), shorter first.
  { name: '蓉光微电子（成都）有限公司' },
  { name: '成都新蓉光电子有限公司' },
  { name: '成都锦江数码有限公司', aliases: ['蓉光数码'] },
  { name: '蓉光科技有限公司' },
  { name: '四川蓉光' },
  { name: '蓉光' },
];

const LEADS = [
  { title: '华日通讯5G射频模组扩产', company: 0 },
  { title: '华西医疗高端影像设备落地', company: 1 },
  { title: '生物医药中试平台', company: 4 },
  { title: '电子陶瓷基板项目', company: 3, confidential: true, codeName: '深蓝计划' },
];

const CONTACTS = [
  { lead: 0, summary: '与华日通讯董事长面谈，讨论5G射频模组在武侯扩产', occurredOn: '2025-11-20' },
  { lead: 1, summary: '华西医疗来访，参观产业园', occurredOn: '2025-11-21' },
  { lead: 3, summary: '电子陶瓷基板项目保密会谈', occurredOn: '2025-11-22' },
  { company: 2, summary: '电话了解新材科技的研发平台', occurredOn: '2025-11-23' },
];

/**
 * More matches than the search sorts (1,000), loaded straight into the table: 1,100 short names (蓉城…商贸, among the
 * shortest, so the search finds its page by reading the name order) and 1,100 long ones (锦官城…商业管理, all after
 * the 1,000 shortest names, so it ends up sorting every match).
 */
const BULK = Array.from({ length: 2200 }, (_, i) => (i < 1100 ? `蓉城${String(i).padStart(4, '0')}商贸有限公司` : `锦官城${String(i).padStart(4, '0')}国际商业管理有限公司`));

const QUERIES = ['华', '医', 'A', '%', '华日', '华日通信', '医疗', '生物', 'ｈｕ', '5g', '华日通讯', '生物医药', '电子陶瓷', '100%', '华日 通讯', 'huari comm', '不存在的', '蓉光', '成都', '有限公司', '蓉城', '商贸', '商业管理'];

/** First pages shorter than the matches. */
const PAGES: Array<[string, number]> = [
  ['蓉光', 2],
  ['蓉光', 4],
  ['有限公司', 3],
  ['成都', 2],
  ['商贸', 5],
  ['商业管理', 5],
];

const SEARCH = `query($q: String!) { search(input: { query: $q, limit: 50 }) { query words groups { kind hasMore hits { kind title titleHighlights { start length } detail detailHighlights { start length } } } } }`;
const PAGE = `query($q: String!, $limit: Int!) { search(input: { query: $q, limit: $limit, kinds: [COMPANY] }) { groups { hasMore hits { title } } } }`;

async function enter(api: Api): Promise<void> {
  api.clock().pin('2025-11-24T10:00:00+08:00');
  const staff = await api.signIn('staff.01');
  const { chains } = await api.gql('{ chains { id code } }', {}, staff);
  const chainId = chains.find((c: any) => c.code === 'electronic-information').id;
  const companyIds: string[] = [];
  const [seeded, ...entered] = COMPANIES;
  const found = (await api.gql(`query($q: String!) { search(input: { query: $q, kinds: [COMPANY] }) { groups { hits { company { id name } } } } }`, { q: seeded.name }, staff)).search;
  const huari = found.groups[0].hits.map((h: any) => h.company).find((c: any) => c.name === seeded.name);
  await api.gql(`mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { id } }`, { input: { companyId: huari.id, englishName: seeded.englishName } }, staff);
  companyIds.push(huari.id);
  for (const c of entered) {
    companyIds.push((await api.gql(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: c }, staff)).createCompany.id);
  }
  const leadIds: string[] = [];
  for (const l of LEADS) {
    const input = { title: l.title, chainId, companyId: companyIds[l.company], confidential: l.confidential ?? false, codeName: l.codeName ?? null, createdOn: '2025-11-19' };
    leadIds.push((await api.gql(`mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, { input }, staff)).createLead.id);
  }
  for (const c of CONTACTS) {
    const input = { leadId: c.lead !== undefined ? leadIds[c.lead] : undefined, companyId: c.company !== undefined ? companyIds[c.company] : undefined, type: 'MEETING', summary: c.summary, occurredOn: c.occurredOn };
    await api.gql(`mutation($input: AddInteractionInput!) { addInteraction(input: $input) { id } }`, { input }, staff);
  }
  const bulk = BULK.map((name) => ({ name, ...companyIndex({ name }) }));
  await api
    .db()
    .query(
      `INSERT INTO company (name, name_key, search_tokens, search_text)
       SELECT b.name, b.name_key, ARRAY(SELECT json_array_elements_text(b.search_tokens)), b.search_text
         FROM json_to_recordset($1::json) AS b(name text, name_key text, search_tokens json, search_text text)`,
      [JSON.stringify(bulk.map((c) => ({ name: c.name, name_key: c.nameKey, search_tokens: c.searchTokens, search_text: c.searchText })))],
    );
}

async function answers(api: Api, username: string): Promise<Record<string, unknown>> {
  const token = await api.signIn(username);
  const out: Record<string, unknown> = {};
  for (const q of QUERIES) out[q] = (await api.gql(SEARCH, { q }, token)).search;
  for (const [q, limit] of PAGES) out[`${q}/${limit}`] = (await api.gql(PAGE, { q, limit }, token)).search.groups[0];
  return out;
}

describe('search on the embedded and the real PostgreSQL', () => {
  let real: TestApp;
  let embedded: INestApplication;
  let results: { real: Record<string, Record<string, any>>; embedded: Record<string, Record<string, any>> };

  beforeAll(async () => {
    const url = process.env['EMBEDDED_TEST_DATABASE_URL'];
    if (!url) throw new Error('EMBEDDED_TEST_DATABASE_URL is not set: run this test through apps/api/jest.config.js (project api-search)');
    embedded = await createApp({ database: { url, embedded: true }, jwtSecret: 'test-only-secret', seed: true, seedDemo: false, signInLimit: 1000, logLevel: 'silent' });
    await embedded.init();
    real = await TestApp.start();

    const apis = { real: apiOf(real.app), embedded: apiOf(embedded) };
    results = { real: {}, embedded: {} };
    for (const [name, api] of Object.entries(apis) as Array<['real' | 'embedded', Api]>) {
      await enter(api);
      for (const user of ['staff.01', 'staff.02']) results[name][user] = await answers(api, user);
    }
  }, 180_000);
  afterAll(async () => {
    await embedded?.close();
    await real?.close();
  });

  it.each(['staff.01', 'staff.02'])('gives %s identical answers on both databases for every query', (user) => {
    for (const q of [...QUERIES, ...PAGES.map(([q, limit]) => `${q}/${limit}`)]) expect([q, results.embedded[user][q]]).toEqual([q, results.real[user][q]]);
  });

  const group = (user: string, q: string, kind: string) => (results.real[user][q] as any).groups.find((g: any) => g.kind === kind);
  const titles = (user: string, q: string, kind: string) => group(user, q, kind).hits.map((h: any) => h.title);

  it('finds Chinese substrings of one, two and four characters', () => {
    expect(titles('staff.01', '华', 'COMPANY')).toEqual(expect.arrayContaining(['成都华日通讯技术股份有限公司', '四川华西医疗器械有限公司', '日华科技有限公司']));
    expect(titles('staff.01', '华', 'COMPANY').every((t: string) => t.includes('华'))).toBe(true);
    // The seeded chain maps hold 华日通讯 under its registered name, the plan's spellings as aliases: one company.
    expect(titles('staff.01', '华日', 'COMPANY')).toEqual(['成都华日通讯技术股份有限公司']);
    expect(titles('staff.01', '华日通讯', 'COMPANY')).toEqual(['成都华日通讯技术股份有限公司']);
    expect(titles('staff.01', '华日通信', 'COMPANY')).toEqual(['成都华日通讯技术股份有限公司']);
    expect(group('staff.01', '华日通信', 'COMPANY').hits[0]).toMatchObject({ detail: '华日通信', detailHighlights: [{ start: 0, length: 4 }] });
    expect(titles('staff.01', '华日通讯', 'LEAD')).toEqual(['华日通讯5G射频模组扩产']);
    expect(titles('staff.01', '华日通讯', 'CONTACT')).toEqual(['与华日通讯董事长面谈，讨论5G射频模组在武侯扩产']);
    expect(titles('staff.01', '生物医药', 'LEAD')).toEqual(['生物医药中试平台']);
    expect(titles('staff.01', '医疗', 'COMPANY')).toContain('四川华西医疗器械有限公司');
    expect(titles('staff.01', '医疗', 'COMPANY').every((t: string) => t.includes('医疗'))).toBe(true);
    expect(group('staff.01', '华日通讯', 'COMPANY').hits[0].titleHighlights).toEqual([{ start: 2, length: 4 }]);
  });

  it('ranks the exact name first, then names starting with the word, then the others, shorter names first', () => {
    expect(titles('staff.01', '蓉光', 'COMPANY')).toEqual(['蓉光', '蓉光科技有限公司', '蓉光微电子（成都）有限公司', '四川蓉光', '成都锦江数码有限公司', '成都新蓉光电子有限公司']);
    expect(group('staff.01', '蓉光', 'COMPANY').hits[4].detail).toBe('蓉光数码');
    expect(group('staff.01', '蓉光', 'COMPANY').hasMore).toBe(false);
  });

  it('finds the first page among more matches than it sorts, whether they come first in name order or last', () => {
    const bulk = (from: number, count: number) => BULK.slice(from, from + count);
    expect(titles('staff.01', '商贸', 'COMPANY')).toEqual(bulk(0, 50));
    expect(titles('staff.01', '蓉城', 'COMPANY')).toEqual(bulk(0, 50));
    expect(titles('staff.01', '商业管理', 'COMPANY')).toEqual(bulk(1100, 50));
    for (const q of ['商贸', '蓉城', '商业管理']) expect(group('staff.01', q, 'COMPANY').hasMore).toBe(true);
    // Ranked in name order: the shortest names that contain the words, whatever else there is.
    expect(titles('staff.01', '有限公司', 'COMPANY').every((t: string) => t.length <= 12)).toBe(true);
  });

  it('gives a short first page that begins the full answer, and says there is more', () => {
    for (const [q, limit] of PAGES) {
      const page = results.real['staff.01'][`${q}/${limit}`];
      expect([q, limit, page.hits.map((h: any) => h.title)]).toEqual([q, limit, titles('staff.01', q, 'COMPANY').slice(0, limit)]);
      expect(page.hasMore).toBe(true);
    }
    const common = titles('staff.01', '有限公司', 'COMPANY');
    expect(common.length).toBeGreaterThan(3);
    expect(common.map((t: string) => t.length)).toEqual([...common.map((t: string) => t.length)].sort((a, b) => a - b));
  });

  it('folds width and case, and reads LIKE wildcards as plain characters', () => {
    expect(titles('staff.01', 'A', 'COMPANY')).toContain('ＡＢＣ电子（成都）有限公司');
    expect(titles('staff.01', 'ｈｕ', 'COMPANY')).toEqual(['成都华日通讯技术股份有限公司']);
    expect(group('staff.01', 'ｈｕ', 'COMPANY').hits[0].detail).toBe('Huari Communication Technology');
    expect(titles('staff.01', 'huari comm', 'COMPANY')).toEqual(['成都华日通讯技术股份有限公司']);
    expect(titles('staff.01', '5g', 'LEAD')).toEqual(['华日通讯5G射频模组扩产']);
    expect(titles('staff.01', '%', 'COMPANY')).toEqual(['成都100%_测试有限公司']);
    expect(titles('staff.01', '100%', 'COMPANY')).toEqual(['成都100%_测试有限公司']);
    expect(titles('staff.01', '华日 通讯', 'COMPANY')).toEqual(['成都华日通讯技术股份有限公司']);
    expect(titles('staff.01', '不存在的', 'COMPANY')).toEqual([]);
  });

  it('masks: a confidential lead and its contacts are found by their owner only', () => {
    expect(titles('staff.01', '电子陶瓷', 'LEAD')).toEqual(['电子陶瓷基板项目']);
    expect(titles('staff.01', '电子陶瓷', 'CONTACT')).toEqual(['电子陶瓷基板项目保密会谈']);
    expect(titles('staff.02', '电子陶瓷', 'LEAD')).toEqual([]);
    expect(titles('staff.02', '电子陶瓷', 'CONTACT')).toEqual([]);
  });
});
