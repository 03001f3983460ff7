import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { COMPANY_ROW_RULES, LEAD_ROW_RULES, LeadSource, usccCheckCharacter } from '@chainboard/domain';
import { chainsByCode } from './crm-helpers';
import { GqlResult, TestApp } from './harness';

/**
 * The same lead and company rows, sent through the importer (previewImport, a dry run) and through the API
 * (createLead, createCompany), are accepted or refused alike. The rows sit around every field's limits from the
 * domain's row rules: each limit and one past it, blank required fields, good and bad credit codes, amounts with too
 * many decimals or a sign, real and impossible dates, unknown choices and yes/no words, owners who may or may not
 * own leads. A sheet writes a value as the API takes it (an enum name, YYYY-MM-DD, a plain decimal); its other
 * notations (以商招商, 2025/1/2, 12.5亿) are readings of the same values, tested with the importer's rows.
 */

const PREVIEW = `mutation($input: PreviewImportInput!) { previewImport(input: $input) { totalRows goodRows badRows problems { row column message } } }`;
const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`;

/** A fixed seed: the same rows on every run. */
const SEED = 20_250_601;
/** Random rows on top of the rows that move one field to each of its edges. */
const RANDOM_ROWS = 12;

const CJK = [...'链产业招商材料电子信息健康时尚智能制造研发中心园区楼宇项目'];
/** Characters of generated texts: Chinese, Latin, digits, a space and one character outside the BMP. */
const ALPHABET = [...CJK, 'a', 'Z', '7', ' ', '😀'];

/** A text of exactly `length` characters (code points): the prefix, then Chinese filler. */
function text(length: number, prefix = ''): string {
  const head = [...prefix].slice(0, length);
  return head.join('') + Array.from({ length: length - head.length }, (_, i) => CJK[i % CJK.length]).join('');
}

/** A random text of the given length from ALPHABET, or a filler text when no characters are drawn. */
const lengthAround = (max: number, min = 1) =>
  fc.oneof(fc.constantFrom(0, min, max, max + 1), fc.integer({ min, max: max + 2 }));
const randomText = (max: number, min = 1) =>
  lengthAround(max, min).chain((n) => fc.array(fc.constantFrom(...ALPHABET), { minLength: n, maxLength: n }).map((cs) => cs.join('')));

type CodeKind = 'none' | 'valid' | 'fullWidth' | 'checkCharacter' | 'length' | 'characters';
const CODE_KINDS: CodeKind[] = ['none', 'valid', 'fullWidth', 'checkCharacter', 'length', 'characters'];

/** A credit code of a kind, unique to the row for the valid ones (the sheet's `mark` keeps the two sheets apart). */
function creditCode(kind: CodeKind, mark: string, row: number): string {
  const base = `92510107${mark}B${String(row).padStart(7, '0')}`;
  const valid = base + usccCheckCharacter(base);
  switch (kind) {
    case 'none':
      return '';
    case 'valid':
      return valid;
    case 'fullWidth':
      // Full-width, lower case, spaced: the same code as people type it; both sides normalise it.
      return [...valid.toLowerCase()].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('').replace(/^(.{4})/, '$1 ');
    case 'checkCharacter':
      return base + (usccCheckCharacter(base) === '0' ? '1' : '0');
    case 'length':
      return valid.slice(0, 17);
    case 'characters':
      return valid.slice(0, 16) + 'IO';
  }
}

/** Yes/no as a sheet writes it, and as the API takes it (an unknown word is sent as it is, and refused). */
const YES_NO: Record<string, boolean | string | undefined> = { '': undefined, 是: true, 否: false, 区内: true, 也许: '也许' };

interface Verdict {
  row: number;
  importer: string[];
  api: string | null;
}

/** Rows whose verdicts differ, with what each side said. */
function disagreements(verdicts: Verdict[]): Verdict[] {
  return verdicts.filter((v) => (v.importer.length === 0) !== (v.api === null));
}

/** What the API answered: null when it accepted, else the refusal (never an internal error). */
function apiVerdict(res: GqlResult): string | null {
  if (!res.errors?.length) return null;
  const [error] = res.errors;
  expect(error.extensions?.['code']).not.toBe('INTERNAL');
  return `${error.extensions?.['code']}: ${error.message}`;
}

async function workbook(rows: string[][]): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('数据');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('import and API accept the same rows', () => {
  let t: TestApp;
  let staff: string;
  let chain: { name: string; code: string; id: string };
  let otherChain: { name: string; id: string };
  let users: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signIn('staff.01');
    const chains = await chainsByCode(t, staff);
    chain = { ...chains['electronic-information'], code: 'electronic-information' };
    otherChain = chains['health-plus'];
    users = Object.fromEntries((await t.as(staff, '{ users { id username } }')).users.map((u: { id: string; username: string }) => [u.username, u.id]));
  });
  afterAll(() => t.close());

  /** Sends the rows through previewImport (one workbook) and one by one through the API; the verdicts per row. */
  async function verdicts(kind: 'LEADS' | 'COMPANIES', headers: string[], rows: string[][], send: (i: number) => Promise<GqlResult>): Promise<Verdict[]> {
    // A row number in the first column keeps every row in the sheet (a row of blank cells would be skipped).
    const content = await workbook([['序号', ...headers], ...rows.map((r, i) => [String(i + 1), ...r])]);
    const res = await t.gql(PREVIEW, { input: { kind, fileName: 'parity.xlsx', contentBase64: content } }, { token: staff });
    expect(res.errors).toBeUndefined();
    const preview = res.data.previewImport;
    expect(preview.totalRows).toBe(rows.length);
    const out: Verdict[] = [];
    for (let i = 0; i < rows.length; i++) {
      const importer = preview.problems.filter((p: { row: number }) => p.row === i + 2).map((p: { column: string; message: string }) => `${p.column}: ${p.message}`);
      out.push({ row: i + 1, importer, api: apiVerdict(await send(i)) });
    }
    return out;
  }

  describe('lead rows', () => {
    type ChainKind = 'name' | 'code' | 'other' | 'unknown' | 'blank';
    interface LeadSpec {
      title: number;
      companyName: number;
      creditCode: CodeKind;
      chain: ChainKind;
      source: string;
      owner: string;
      amount: string;
      nextAction: number;
      due: string;
      confidential: string;
    }
    const DEFAULT: LeadSpec = { title: 8, companyName: 12, creditCode: 'none', chain: 'name', source: '', owner: '', amount: '', nextAction: 0, due: '', confidential: '' };
    const TITLE_MAX = LEAD_ROW_RULES.title.max;
    const NAME_MAX = COMPANY_ROW_RULES.name.max;
    const NEXT_MAX = LEAD_ROW_RULES.nextAction.max;
    /** Each field's edges; a row per edge moves that one field there and keeps the rest at DEFAULT. */
    const EDGES: { [K in keyof LeadSpec]: Array<LeadSpec[K]> } = {
      title: [0, TITLE_MAX, TITLE_MAX + 1],
      companyName: [0, NAME_MAX, NAME_MAX + 1],
      creditCode: CODE_KINDS.filter((k) => k !== 'none'),
      chain: ['code', 'other', 'unknown', 'blank'],
      source: [LeadSource.EXHIBITION, 'FAIR'],
      owner: ['staff.02', 'viewer', 'district.leader', 'leader.health-plus', 'leader.electronic-information', 'nobody'],
      amount: ['0', '12.5', '1.2345', '1.23456', '-1', '99999999999999.9999', '123456789012345', 'abc'],
      nextAction: [NEXT_MAX, NEXT_MAX + 1, 2000],
      due: ['2024-02-29', '2025-02-29', '2025-13-01', 'soon'],
      confidential: ['是', '否', '也许'],
    };
    const edgeRows: LeadSpec[] = [
      DEFAULT,
      ...(Object.keys(EDGES) as Array<keyof LeadSpec>).flatMap((field) => EDGES[field].map((value) => ({ ...DEFAULT, [field]: value }))),
      { ...DEFAULT, chain: 'other', owner: 'leader.health-plus' },
    ];
    const randomRow: fc.Arbitrary<LeadSpec> = fc.record({
      title: lengthAround(TITLE_MAX),
      companyName: lengthAround(NAME_MAX, 8),
      creditCode: fc.constantFrom(...CODE_KINDS),
      chain: fc.constantFrom<ChainKind>('name', 'name', 'code', 'other', 'unknown'),
      source: fc.constantFrom('', 'FAIR', ...Object.values(LeadSource)),
      owner: fc.constantFrom('', ...EDGES.owner),
      amount: fc.oneof(fc.constantFrom('', ...EDGES.amount), fc.stringMatching(/^-?\d{1,15}(\.\d{1,5})?$/)),
      nextAction: lengthAround(NEXT_MAX),
      due: fc.oneof(fc.constantFrom('', ...EDGES.due), fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      confidential: fc.constantFrom(...Object.keys(YES_NO)),
    });

    const HEADERS = ['线索名称', '企业名称', '统一社会信用代码', '产业链', '来源', '负责人', '意向投资额（亿元）', '下一步', '下一步截止日期', '保密'];

    it('are accepted or refused alike by previewImport and createLead', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(randomRow, { minLength: RANDOM_ROWS, maxLength: RANDOM_ROWS }), fc.context(), async (random, ctx) => {
          const specs = [...edgeRows, ...random];
          const chainCell = (k: ChainKind) => ({ name: chain.name, code: chain.code, other: otherChain.name, unknown: '低空经济', blank: '' })[k];
          const chainId = (k: ChainKind) => ({ name: chain.id, code: chain.id, other: otherChain.id, unknown: '00000000-0000-4000-8000-000000000000', blank: '' })[k];
          const rows = specs.map((s, i) => [
            text(s.title, `线索${i}`),
            text(s.companyName, `线企${i}号`),
            creditCode(s.creditCode, 'L', i),
            chainCell(s.chain),
            s.source,
            s.owner,
            s.amount,
            text(s.nextAction, '回访'),
            s.due,
            s.confidential,
          ]);
          const send = (i: number) => {
            const [title, companyName, code, , source, owner, amount, nextAction, due, confidential] = rows[i];
            const input: Record<string, unknown> = { title, chainId: chainId(specs[i].chain), company: { name: companyName, ...(code ? { creditCode: code } : {}) } };
            if (source) input['source'] = source;
            if (owner) input['ownerId'] = users[owner] ?? '00000000-0000-4000-8000-00000000beef';
            if (amount) input['intendedInvestment'] = amount;
            if (nextAction) input['nextAction'] = nextAction;
            if (due) input['nextActionDue'] = due;
            if (confidential) input['confidential'] = YES_NO[confidential];
            return t.gql(CREATE_LEAD, { input }, { token: staff });
          };
          const all = await verdicts('LEADS', HEADERS, rows, send);
          ctx.log(`${all.filter((v) => v.api === null).length} of ${all.length} rows accepted`);
          expect(disagreements(all)).toEqual([]);
          // The rows reach both sides of every limit.
          expect(all.some((v) => v.api === null)).toBe(true);
          expect(all.some((v) => v.api !== null)).toBe(true);
        }),
        { seed: SEED, numRuns: 1, endOnFailure: true },
      );
    });
  });

  describe('company rows', () => {
    type YesNo = keyof typeof YES_NO;
    interface CompanySpec {
      name: number;
      creditCode: CodeKind;
      englishName: number;
      aliasCount: number;
      aliasLength: number;
      province: number;
      city: number;
      headquarters: number;
      isListed: YesNo;
      isLocal: YesNo;
    }
    const R = COMPANY_ROW_RULES;
    const DEFAULT: CompanySpec = { name: 12, creditCode: 'none', englishName: 0, aliasCount: 0, aliasLength: 8, province: 0, city: 0, headquarters: 0, isListed: '', isLocal: '' };
    const EDGES: { [K in keyof CompanySpec]: Array<CompanySpec[K]> } = {
      name: [0, R.name.max, R.name.max + 1],
      creditCode: CODE_KINDS.filter((k) => k !== 'none'),
      englishName: [R.englishName.max, R.englishName.max + 1],
      aliasCount: [1, R.aliases.maxItems, R.aliases.maxItems + 1],
      aliasLength: [],
      province: [R.province.max, R.province.max + 1],
      city: [R.city.max, R.city.max + 1],
      headquarters: [R.headquarters.max, R.headquarters.max + 1],
      isListed: ['是', '否', '也许'],
      isLocal: ['区内', '也许'],
    };
    const edgeRows: CompanySpec[] = [
      DEFAULT,
      ...(Object.keys(EDGES) as Array<keyof CompanySpec>).flatMap((field) => EDGES[field].map((value) => ({ ...DEFAULT, [field]: value }))),
      { ...DEFAULT, aliasCount: 2, aliasLength: R.aliases.max },
      { ...DEFAULT, aliasCount: 2, aliasLength: R.aliases.max + 1 },
    ];
    const randomRow: fc.Arbitrary<CompanySpec> = fc.record({
      name: lengthAround(R.name.max, 8),
      creditCode: fc.constantFrom(...CODE_KINDS),
      englishName: lengthAround(R.englishName.max),
      aliasCount: fc.oneof(fc.constantFrom(0, R.aliases.maxItems, R.aliases.maxItems + 1), fc.integer({ min: 0, max: R.aliases.maxItems + 2 })),
      aliasLength: lengthAround(R.aliases.max, 8).filter((n) => n > 0),
      province: lengthAround(R.province.max),
      city: lengthAround(R.city.max),
      headquarters: lengthAround(R.headquarters.max),
      isListed: fc.constantFrom(...Object.keys(YES_NO)),
      isLocal: fc.constantFrom(...Object.keys(YES_NO)),
    });
    /** Random texts for the free-text fields of random rows (spaces and a non-BMP character included). */
    const randomTexts = fc.record({ englishName: randomText(R.englishName.max), province: randomText(R.province.max), headquarters: randomText(R.headquarters.max) });

    const HEADERS = ['企业名称', '统一社会信用代码', '英文名称', '别名', '省份', '城市', '总部所在地', '是否上市', '是否本地企业'];

    it('are accepted or refused alike by previewImport and createCompany', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(randomRow, { minLength: RANDOM_ROWS, maxLength: RANDOM_ROWS }),
          fc.array(randomTexts, { minLength: RANDOM_ROWS, maxLength: RANDOM_ROWS }),
          fc.context(),
          async (random, texts, ctx) => {
            const specs = [...edgeRows, ...random];
            const aliasesOf = (s: CompanySpec, i: number) => Array.from({ length: s.aliasCount }, (_, j) => text(j === 0 ? s.aliasLength : 8, `别${i}号${j}名`));
            const rows = specs.map((s, i) => {
              const free = i >= edgeRows.length ? texts[i - edgeRows.length] : null;
              return [
                text(s.name, `企${i}号`),
                creditCode(s.creditCode, 'C', i),
                free?.englishName ?? text(s.englishName, 'Co'),
                aliasesOf(s, i).join('、'),
                free?.province ?? text(s.province),
                text(s.city),
                free?.headquarters ?? text(s.headquarters),
                s.isListed,
                s.isLocal,
              ];
            });
            const send = (i: number) => {
              const [name, code, englishName, , province, city, headquarters, isListed, isLocal] = rows[i];
              const input: Record<string, unknown> = { name };
              const aliases = aliasesOf(specs[i], i);
              if (code) input['creditCode'] = code;
              if (englishName) input['englishName'] = englishName;
              if (aliases.length) input['aliases'] = aliases;
              if (province) input['province'] = province;
              if (city) input['city'] = city;
              if (headquarters) input['headquarters'] = headquarters;
              if (isListed) input['isListed'] = YES_NO[isListed];
              if (isLocal) input['isLocal'] = YES_NO[isLocal];
              return t.gql(CREATE_COMPANY, { input }, { token: staff });
            };
            const all = await verdicts('COMPANIES', HEADERS, rows, send);
            ctx.log(`${all.filter((v) => v.api === null).length} of ${all.length} rows accepted`);
            expect(disagreements(all)).toEqual([]);
            expect(all.some((v) => v.api === null)).toBe(true);
            expect(all.some((v) => v.api !== null)).toBe(true);
          },
        ),
        { seed: SEED, numRuns: 1, endOnFailure: true },
      );
    });
  });
});
