/**
 * The rules of a company row and of a lead row, as data and one checking function each: what the API's inputs,
 * the spreadsheet importer and the web forms accept. Each field has a rule (a text with its maximum length, a
 * credit code, aliases, an amount, a date, yes/no, a choice); checkField reads a value the way people give it
 * (a form, a sheet cell, another system) and answers the normalised value or a problem as a message key.
 * The API's GraphQL scalars already take amounts, dates, yes/no and choices in their canonical form; a sheet may
 * also write them as people do (full-width digits, "12.5亿", "2025/1/2", 是/否, 以商招商): the same values.
 */
import { COMPANY_LIMITS, creditCodeProblem, parseYesNo, Problem, splitAliases, storedCreditCode } from './companies';
import { isIsoDate } from './dates';
import { LEAD_LIMITS } from './lead-work';
import { LeadSource } from './leads';
import { isDecimalString } from './money';
import { foldText } from './text';

/** How one field of a row is read and checked. */
export type FieldRule =
  /** A text, trimmed, of at most `max` characters; `singleLine` collapses runs of white space into one space. */
  | { readonly kind: 'text'; readonly max: number; readonly required?: boolean; readonly singleLine?: boolean }
  /** A unified social credit code (GB 32100-2015), normalised from full-width, spaces and lower case. */
  | { readonly kind: 'creditCode' }
  /** Names in a list, or in one text split at commas, semicolons, 、 and new lines: each at most `max`, at most `maxItems`. */
  | { readonly kind: 'aliases'; readonly max: number; readonly maxItems: number }
  /** An exact decimal amount that cannot be negative (numeric(18,4)); `negativeKey` names the refusal of a negative one. */
  | { readonly kind: 'amount'; readonly negativeKey: string }
  /** A calendar date, YYYY-MM-DD. */
  | { readonly kind: 'date' }
  /** Yes or no (true/false, 是/否, Y/N, 1/0 …). */
  | { readonly kind: 'yesNo' }
  /** One of `values`, or a word people use for one of them. */
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly words?: Readonly<Record<string, string>> };

/** The company fields forms, the API and the importer take. */
export const COMPANY_ROW_RULES = {
  name: { kind: 'text', max: COMPANY_LIMITS.name, required: true, singleLine: true },
  englishName: { kind: 'text', max: COMPANY_LIMITS.englishName, singleLine: true },
  province: { kind: 'text', max: COMPANY_LIMITS.province, singleLine: true },
  city: { kind: 'text', max: COMPANY_LIMITS.city, singleLine: true },
  headquarters: { kind: 'text', max: COMPANY_LIMITS.headquarters, singleLine: true },
  aliases: { kind: 'aliases', max: COMPANY_LIMITS.alias, maxItems: COMPANY_LIMITS.aliases },
  creditCode: { kind: 'creditCode' },
  isListed: { kind: 'yesNo' },
  isLocal: { kind: 'yesNo' },
} as const satisfies Record<string, FieldRule>;

/** Source words people write for a lead's source, besides the enum names. */
export const LEAD_SOURCE_WORDS: Readonly<Record<string, LeadSource>> = {
  以商招商: LeadSource.BUSINESS_REFERRAL,
  委托招商: LeadSource.COMMISSIONED,
  展会: LeadSource.EXHIBITION,
  上门拜访: LeadSource.DOOR_TO_DOOR,
  领导交办: LeadSource.LEADER_ASSIGNED,
  中介: LeadSource.INTERMEDIARY,
  网络: LeadSource.ONLINE,
  其他: LeadSource.OTHER,
};

/** The lead fields forms, the API and the importer take (its company is a company row; chain, owner and nodes are references). */
export const LEAD_ROW_RULES = {
  title: { kind: 'text', max: LEAD_LIMITS.title, required: true },
  source: { kind: 'choice', values: Object.values(LeadSource), words: LEAD_SOURCE_WORDS },
  intendedInvestment: { kind: 'amount', negativeKey: 'lead.investmentNegative' },
  nextAction: { kind: 'text', max: LEAD_LIMITS.nextAction },
  nextActionDue: { kind: 'date' },
  confidential: { kind: 'yesNo' },
  codeName: { kind: 'text', max: LEAD_LIMITS.codeName },
} as const satisfies Record<string, FieldRule>;

/** Characters as PostgreSQL counts them in a varchar(n): code points. */
export function textLength(value: string): number {
  return [...value].length;
}

/** Whether a text has more than `max` characters (code points), counted only when its UTF-16 length is over `max`. */
function longerThan(value: string, max: number): boolean {
  return value.length > max && textLength(value) > max;
}

/** Whether a value counts as not given: undefined, null, white space only, or an empty list. */
export function isBlankValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** An amount as people write it in a sheet: full-width digits, thousands separators, a trailing 亿 or 亿元. */
function readAmount(value: string): string {
  return foldText(value)
    .replace(/[,\s]/g, '')
    .replace(/亿元?$/, '');
}

const DATE_WRITTEN = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** A date as people write it: 2025-01-02, 2025/1/2, 2025.1.2 or 2025年1月2日 (full-width digits too). */
function readDate(value: string): string {
  const folded = foldText(value);
  const m = DATE_WRITTEN.exec(folded);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : folded;
}

function problem(key: string, params: Record<string, string | number> = {}): Problem {
  return { key, params };
}

export interface FieldCheck {
  /** The normalised value; null when the value is blank (not given, or cleared). */
  value: unknown;
  problem: Problem | null;
}

/** Reads one value by its field's rule: the normalised value, or what is wrong with it. A blank value is null (refused when required). */
export function checkField(rule: FieldRule, raw: unknown): FieldCheck {
  if (isBlankValue(raw)) return { value: null, problem: 'required' in rule && rule.required ? problem('input.required') : null };
  switch (rule.kind) {
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { value: null, problem: problem('input.badFormat') };
      const text = String(raw).trim();
      if (longerThan(text, rule.max)) return { value: null, problem: problem('input.tooLong', { max: rule.max }) };
      return { value: rule.singleLine ? text.replace(/\s+/g, ' ') : text, problem: null };
    }
    case 'creditCode': {
      if (typeof raw !== 'string') return { value: null, problem: problem('input.badFormat') };
      const code = storedCreditCode(raw);
      if (code === null) return { value: null, problem: null };
      return { value: code, problem: creditCodeProblem(code) };
    }
    case 'aliases': {
      if (typeof raw !== 'string' && !(Array.isArray(raw) && raw.every((a) => typeof a === 'string'))) return { value: null, problem: problem('input.badFormat') };
      const aliases = splitAliases(raw as string | string[]);
      if (aliases.length > rule.maxItems) return { value: null, problem: problem('company.tooManyAliases', { max: rule.maxItems }) };
      if (aliases.some((a) => longerThan(a, rule.max))) return { value: null, problem: problem('input.tooLong', { max: rule.max }) };
      return { value: aliases, problem: null };
    }
    case 'amount': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { value: null, problem: problem('input.badDecimal') };
      const amount = readAmount(String(raw));
      if (!isDecimalString(amount)) return { value: null, problem: problem('input.badDecimal') };
      if (amount.startsWith('-')) return { value: null, problem: problem(rule.negativeKey) };
      return { value: amount, problem: null };
    }
    case 'date': {
      const date = typeof raw === 'string' ? readDate(raw) : '';
      return isIsoDate(date) ? { value: date, problem: null } : { value: null, problem: problem('input.badDate') };
    }
    case 'yesNo': {
      const value = parseYesNo(raw);
      return value === undefined ? { value: null, problem: problem('company.badYesNo') } : { value, problem: null };
    }
    case 'choice': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      const value = [text, text.toUpperCase()].find((v) => rule.values.includes(v)) ?? rule.words?.[text];
      return value === undefined ? { value: null, problem: problem('input.badEnum', { value: text }) } : { value, problem: null };
    }
  }
}

/** A problem with one field of a row, as a message key with its parameters. */
export interface RowFieldProblem<F extends string = string> extends Problem {
  field: F;
}

type RowInput<R> = { [K in keyof R]?: unknown };

/**
 * Checks every field a row gives by its rule. A field left out (undefined) stays undefined in the row (on update:
 * left as it is); a blank one is null (cleared). The row is null when any field has a problem.
 */
function checkRow<R extends Record<string, FieldRule>>(rules: R, input: RowInput<R>): { row: Record<string, unknown> | null; problems: Array<RowFieldProblem<Extract<keyof R, string>>> } {
  const problems: Array<RowFieldProblem<Extract<keyof R, string>>> = [];
  const row: Record<string, unknown> = {};
  for (const field of Object.keys(rules) as Array<Extract<keyof R, string>>) {
    const rule = rules[field];
    const raw = input[field];
    if (raw === undefined && !('required' in rule && rule.required)) continue;
    const { value, problem } = checkField(rule, raw);
    if (problem) problems.push({ field, ...problem });
    else row[field] = value;
  }
  return problems.length ? { row: null, problems } : { row, problems };
}

/** A company as a form, a sheet or another system gives it: every field a string, a list, a flag or missing. */
export type CompanyRowInput = RowInput<typeof COMPANY_ROW_RULES>;

/** A checked company row, ready to write. A field that is undefined was not given and is left as it is on update. */
export interface CompanyRow {
  name: string;
  englishName?: string | null;
  aliases?: string[];
  creditCode?: string | null;
  province?: string | null;
  city?: string | null;
  headquarters?: string | null;
  isListed?: boolean;
  isLocal?: boolean;
}

export type CompanyRowField = keyof typeof COMPANY_ROW_RULES;
export type FieldProblem = RowFieldProblem<CompanyRowField>;

/**
 * Checks one company row by COMPANY_ROW_RULES: names trimmed (runs of white space made one space), the credit code
 * normalised and validated, aliases split (the name itself dropped from them), yes/no read. A blank yes/no or alias
 * list is not given. Returns the row, or the problems naming each bad field (the row is null then).
 */
export function checkCompanyRow(input: CompanyRowInput): { row: CompanyRow | null; problems: FieldProblem[] } {
  const { row, problems } = checkRow(COMPANY_ROW_RULES, input);
  if (!row) return { row: null, problems };
  const company = { ...row, name: row['name'] as string } as CompanyRow & Record<string, unknown>;
  for (const field of ['aliases', 'isListed', 'isLocal'] as const) if (company[field] === null) delete company[field];
  if (company.aliases) company.aliases = company.aliases.filter((a) => a !== company.name);
  return { row: company, problems };
}

/** The same check under its earlier name. */
export const normalizeCompanyRow = checkCompanyRow;

/** A lead's own fields as a form, a sheet or another system gives them. */
export type LeadRowInput = RowInput<typeof LEAD_ROW_RULES>;

/** A checked lead row (its own fields; company, chain, owner and nodes are checked by reference). Undefined: not given. */
export interface LeadRow {
  title: string;
  source?: LeadSource | null;
  intendedInvestment?: string | null;
  nextAction?: string | null;
  nextActionDue?: string | null;
  confidential?: boolean | null;
  codeName?: string | null;
}

export type LeadRowField = keyof typeof LEAD_ROW_RULES;

/** Checks one lead row by LEAD_ROW_RULES; the row, or the problems naming each bad field (the row is null then). */
export function checkLeadRow(input: LeadRowInput): { row: LeadRow | null; problems: Array<RowFieldProblem<LeadRowField>> } {
  const { row, problems } = checkRow(LEAD_ROW_RULES, input);
  return row ? { row: { ...row, title: row['title'] as string } as LeadRow, problems } : { row: null, problems };
}
