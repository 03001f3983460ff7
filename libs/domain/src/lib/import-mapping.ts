/**
 * How the importer maps a ledger's columns to fields: the fields each kind of import fills, the headings people
 * give them (synonyms), how a heading is read (full-width and bracketed forms, a unit in brackets), and what a
 * column's content suggests when its heading is unknown (dates, amounts with units, credit codes, yes/no words).
 * Shared by the server (which suggests and applies a mapping) and the web (which shows it).
 */
import { parseYesNo } from './companies';
import { foldText } from './text';

export type ImportKindName = 'COMPANIES' | 'LEADS' | 'PROJECTS';
export const IMPORT_KIND_NAMES: readonly ImportKindName[] = ['COMPANIES', 'LEADS', 'PROJECTS'];

/** What a column holds, as far as content detection and unit reading go. */
export type ImportFieldType = 'text' | 'creditCode' | 'amount' | 'date' | 'yesNo' | 'reference' | 'note';

/** What a reference column names in the system; its distinct values are mapped one by one. */
export type ImportReference = 'chain' | 'source' | 'user' | 'stage' | 'unit';

export interface ImportFieldSpec {
  field: string;
  type: ImportFieldType;
  headings: readonly string[];
  /** A row cannot be written without it (unless it is derived). */
  required?: boolean;
  /** Derived from other fields when the file has no column for it (see deriveImportTitle). */
  derivable?: boolean;
  reference?: ImportReference;
}

const COMPANY_FIELDS: readonly ImportFieldSpec[] = [
  { field: 'name', type: 'text', required: true, headings: ['企业名称', '公司名称', '企业', '名称', '单位名称', '企业全称', 'name', 'company', 'company name'] },
  { field: 'creditCode', type: 'creditCode', headings: ['统一社会信用代码', '社会信用代码', '信用代码', '组织机构代码', 'uscc', 'credit code'] },
  { field: 'englishName', type: 'text', headings: ['英文名称', '英文名', 'english name'] },
  { field: 'aliases', type: 'text', headings: ['别名', '简称', '曾用名', '企业简称', 'aliases'] },
  { field: 'province', type: 'text', headings: ['省份', '省', 'province'] },
  { field: 'city', type: 'text', headings: ['城市', '市', '所在城市', 'city'] },
  { field: 'headquarters', type: 'text', headings: ['总部', '总部所在地', '注册地', 'headquarters'] },
  { field: 'isListed', type: 'yesNo', headings: ['是否上市', '上市', '上市企业', 'listed'] },
  { field: 'isLocal', type: 'yesNo', headings: ['是否本地企业', '本地企业', '区内企业', '是否区内', 'local'] },
];

const LEAD_FIELDS: readonly ImportFieldSpec[] = [
  { field: 'title', type: 'text', required: true, derivable: true, headings: ['线索名称', '线索', '线索标题', '标题', '项目名称', 'title', 'lead'] },
  { field: 'companyName', type: 'text', required: true, headings: ['企业名称', '公司名称', '企业', '单位名称', '企业全称', 'company', 'company name'] },
  { field: 'creditCode', type: 'creditCode', headings: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'credit code'] },
  { field: 'chain', type: 'reference', reference: 'chain', required: true, headings: ['产业链', '所属产业链', '产业链条', '所属链条', '行业', 'chain', 'industry chain'] },
  { field: 'source', type: 'reference', reference: 'source', headings: ['来源', '线索来源', '信息来源', 'source'] },
  { field: 'owner', type: 'reference', reference: 'user', headings: ['负责人', '招商人员', '责任人', '跟进人', '对接人', 'owner'] },
  { field: 'intendedInvestment', type: 'amount', headings: ['意向投资额', '投资额', '拟投资额', '计划投资', '投资规模', 'intended investment'] },
  { field: 'nextAction', type: 'text', headings: ['下一步', '下一步工作', '下步工作', 'next action'] },
  { field: 'nextActionDue', type: 'date', headings: ['下一步截止日期', '截止日期', '办理时限', 'due date'] },
  { field: 'confidential', type: 'yesNo', headings: ['保密', '是否保密', 'confidential'] },
  { field: 'note', type: 'note', headings: ['备注', '说明', '跟进情况', '对接情况', '进展情况', 'note', 'remarks'] },
  { field: 'noteDate', type: 'date', headings: ['跟进日期', '联系日期', '最近跟进日期', '最近联系日期', '对接日期', 'contact date'] },
];

const PROJECT_FIELDS: readonly ImportFieldSpec[] = [
  { field: 'name', type: 'text', required: true, derivable: true, headings: ['项目名称', '项目', 'project', 'project name'] },
  { field: 'companyName', type: 'text', required: true, headings: ['企业名称', '公司名称', '投资企业', '投资主体', '企业', 'company', 'company name'] },
  { field: 'creditCode', type: 'creditCode', headings: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'credit code'] },
  { field: 'chain', type: 'reference', reference: 'chain', required: true, headings: ['产业链', '所属产业链', '所属链条', 'chain', 'industry chain'] },
  { field: 'stage', type: 'reference', reference: 'stage', headings: ['项目阶段', '阶段', '当前阶段', '项目进度', '推进阶段', 'stage'] },
  { field: 'stageOn', type: 'date', headings: ['阶段日期', '进入阶段日期', '状态日期', 'stage date'] },
  { field: 'agreedInvestment', type: 'amount', headings: ['协议投资额', '投资额', '总投资', '计划总投资', '签约金额', 'agreed investment'] },
  { field: 'signedOn', type: 'date', headings: ['签约日期', '签约时间', 'signed on'] },
  { field: 'startedOn', type: 'date', headings: ['开工日期', '开工时间', 'started on'] },
  { field: 'productionOn', type: 'date', headings: ['投产日期', '投产时间', 'production on'] },
  { field: 'capacityOn', type: 'date', headings: ['达产日期', '达产时间', 'capacity on'] },
  { field: 'responsibleLeader', type: 'reference', reference: 'user', headings: ['责任领导', '包联领导', '分管领导', 'responsible leader'] },
  { field: 'responsibleUnit', type: 'reference', reference: 'unit', headings: ['责任单位', '牵头单位', '责任部门', 'responsible unit'] },
  { field: 'owner', type: 'reference', reference: 'user', headings: ['负责人', '项目负责人', '招商人员', '跟进人', 'owner'] },
  { field: 'carrier', type: 'text', headings: ['载体', '落地载体', '项目载体', '落地位置', 'carrier'] },
  { field: 'fundsInPlace', type: 'amount', headings: ['到位资金', '已到位资金', '资金到位', '累计到位资金', 'funds in place'] },
  { field: 'note', type: 'note', headings: ['备注', '进展情况', '最新进展', '推进情况', '说明', 'note', 'progress'] },
];

/** The fields each kind of import fills, in the order the mapping step shows them. */
export const IMPORT_FIELDS: Readonly<Record<ImportKindName, readonly ImportFieldSpec[]>> = {
  COMPANIES: COMPANY_FIELDS,
  LEADS: LEAD_FIELDS,
  PROJECTS: PROJECT_FIELDS,
};

export function importFieldSpec(kind: ImportKindName, field: string): ImportFieldSpec | undefined {
  return IMPORT_FIELDS[kind].find((f) => f.field === field);
}

/** The message key of a field's label in the user's language. */
export function importFieldLabelKey(kind: ImportKindName, field: string): string {
  return `import.field.${kind}.${field}`;
}

/** A unit of money a heading or a cell names, as the power of ten that makes it 亿元. */
export type MoneyUnit = '亿元' | '万元' | '元';
const UNIT_EXPONENT: Readonly<Record<MoneyUnit, number>> = { 亿元: 0, 万元: -4, 元: -8 };

export interface ReadHeading {
  /** The heading as matched: folded, without white space, brackets, stars, colons or a leading number. */
  key: string;
  /** The unit the heading names in brackets or after a slash: 意向投资额（亿元）, 投资额/万元. */
  unit: MoneyUnit | null;
}

const UNIT_WORDS: ReadonlyArray<[RegExp, MoneyUnit]> = [
  [/^亿元?$/, '亿元'],
  [/^万元?$/, '万元'],
  [/^元$/, '元'],
];

function unitOf(text: string): MoneyUnit | null {
  const t = text.replace(/\s/g, '');
  return UNIT_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** Reads a heading as people write it: 意向投资额（亿元）, 意向投资额(万元), ＊企业名称：, 1.企业名称, 投资额/万元. */
export function readHeading(heading: string): ReadHeading {
  let text = foldText(heading).replace(/[*＊:：\s]/g, '');
  let unit: MoneyUnit | null = null;
  // A bracketed part: a unit is kept as the unit; any other bracketed note is dropped from the key.
  text = text.replace(/[([【[]([^)\]】]*)[)\]】]/g, (_, inner: string) => {
    unit = unit ?? unitOf(inner);
    return '';
  });
  const slash = /^(.*)[/／](.+)$/.exec(text);
  if (slash && unitOf(slash[2])) {
    unit = unit ?? unitOf(slash[2]);
    text = slash[1];
  }
  text = text.replace(/^\d+[.、]/, '');
  return { key: text, unit };
}

/** The field a heading names by the synonyms of a kind: an exact match, else the longest synonym (3+ characters) it contains. */
export function fieldForHeading(kind: ImportKindName, heading: string, taken: ReadonlySet<string> = new Set()): string | null {
  const { key } = readHeading(heading);
  if (!key) return null;
  const specs = IMPORT_FIELDS[kind].filter((s) => !taken.has(s.field));
  const exact = specs.find((s) => s.headings.some((h) => readHeading(h).key === key));
  if (exact) return exact.field;
  let best: { field: string; length: number } | null = null;
  for (const s of specs) {
    for (const h of s.headings) {
      const k = readHeading(h).key;
      if ([...k].length >= 3 && key.includes(k) && (!best || k.length > best.length)) best = { field: s.field, length: k.length };
    }
  }
  return best?.field ?? null;
}

/** Whether a heading is one the kind knows (for finding the heading row under a title row). */
export function isKnownImportHeading(kind: ImportKindName, heading: string): boolean {
  return fieldForHeading(kind, heading) !== null;
}

/** Headings of a row-number column (序号): never suggested a field, whatever its content. */
const ROW_NUMBER_HEADINGS = ['序号', '编号', '行号', 'no', 'no.', '#'];

export function isRowNumberHeading(heading: string): boolean {
  return ROW_NUMBER_HEADINGS.includes(readHeading(heading).key);
}

const DATE_CELL = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const AMOUNT_CELL = /^-?[\d,]+(\.\d+)?\s*(亿元|万元|亿|万|元)?$/;
const CODE_CELL = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** What the values of a column look like: the type most of them (four in five) share, or null. */
export function detectColumnType(values: readonly string[]): ImportFieldType | null {
  const given = values.map((v) => foldText(v)).filter((v) => v !== '');
  if (given.length === 0) return null;
  const share = (test: (v: string) => boolean) => given.filter(test).length / given.length >= 0.8;
  if (share((v) => DATE_CELL.test(v))) return 'date';
  if (share((v) => CODE_CELL.test(v.replace(/\s/g, '').toUpperCase()))) return 'creditCode';
  if (share((v) => parseYesNo(v) !== undefined && !/^\d+$/.test(v))) return 'yesNo';
  if (share((v) => AMOUNT_CELL.test(v))) return 'amount';
  const average = given.reduce((n, v) => n + [...v].length, 0) / given.length;
  if (average >= 12) return 'note';
  return null;
}

/** The field suggested for a column with an unknown heading, from its content: the first free field of that type. */
export function fieldForContent(kind: ImportKindName, values: readonly string[], taken: ReadonlySet<string>): string | null {
  const type = detectColumnType(values);
  if (!type) return null;
  return IMPORT_FIELDS[kind].find((s) => s.type === type && !taken.has(s.field))?.field ?? null;
}

/** Moves a decimal string's point by `exponent` places (exact, no floating point). */
export function shiftDecimal(value: string, exponent: number): string {
  const negative = value.startsWith('-');
  const [int, frac = ''] = value.replace(/^[-+]/, '').split('.');
  let digits = int + frac;
  let point = int.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

/** Rounds a decimal string half up to `places` decimals (exact). */
export function roundDecimal(value: string, places: number): string {
  const [int, frac = ''] = value.split('.');
  if (frac.length <= places) return value;
  const negative = int.startsWith('-');
  const digits = (int.replace('-', '') + frac.slice(0, places)).split('').map(Number);
  if (Number(frac[places]) >= 5) {
    let i = digits.length - 1;
    while (i >= 0) {
      if (digits[i] < 9) {
        digits[i]++;
        break;
      }
      digits[i] = 0;
      i--;
    }
    if (i < 0) digits.unshift(1);
  }
  const text = digits.join('');
  const whole = text.slice(0, text.length - places) || '0';
  const rest = text.slice(text.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

/**
 * An amount cell in 亿元, as the amount rule takes it: the unit written in the cell (500万元, 1.2亿) or else the one
 * the heading names (投资额（万元）) is turned into 亿元, to four decimals (the stored precision). A cell that is not
 * a plain amount is returned as written, for the amount rule to refuse.
 */
export function amountInYi(cell: string, headingUnit: MoneyUnit | null): string {
  const folded = foldText(cell).replace(/[,\s]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(亿元|万元|亿|万|元)?$/.exec(folded);
  if (!m) return cell;
  const unit: MoneyUnit | null = m[2] ? (unitOf(m[2]) ?? null) : headingUnit;
  const exponent = unit ? UNIT_EXPONENT[unit] : 0;
  return exponent === 0 ? m[1] : roundDecimal(shiftDecimal(m[1], exponent), 4);
}

/** The title of a lead (or the name of a project) a row without one gets from its company. */
export function deriveImportTitle(kind: ImportKindName, companyName: string): string {
  return kind === 'PROJECTS' ? `${companyName}项目` : `${companyName} 投资意向`;
}

/** The layout of a file: its headings, read as the mapping reads them, in order. Saved mappings are kept by it. */
export function importLayout(headings: readonly string[]): string {
  return headings.map((h) => readHeading(h ?? '').key).join('|');
}

/** The value a reference mapping gives to leave a row's person to the importing user. */
export const IMPORTER_TARGET = '@importer';
/** The value a reference mapping gives to refuse the rows of a value. */
export const REFUSE_TARGET = '@refuse';
