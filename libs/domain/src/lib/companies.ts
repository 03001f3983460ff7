/**
 * Rules for company records shared by the API, the importer and the web forms: how a row is normalised and
 * checked, how a company is indexed for search and duplicate detection, and the standard lists of companies.
 */
import { searchIndex } from './search';
import { companyNameKey } from './text';
import { normalizeUscc, usccProblem } from './uscc';

/** Column lengths of the company table, shared by inputs, importer and forms. */
export const COMPANY_LIMITS = {
  name: 200,
  englishName: 200,
  alias: 200,
  aliases: 20,
  province: 50,
  city: 50,
  headquarters: 200,
  /** A credit code may be typed with spaces and full-width characters: this much is read before normalising. */
  creditCodeInput: 40,
  listName: 100,
  publisher: 200,
} as const;

/** Years a list tag may carry. */
export const TAG_YEAR_MIN = 1990;
export const TAG_YEAR_MAX = 2100;

export interface CompanyNames {
  name: string;
  englishName?: string | null;
  aliases?: readonly string[] | null;
}

export interface CompanyIndex {
  /** The name reduced for duplicate detection (companyNameKey). */
  nameKey: string;
  searchTokens: string[];
  searchText: string;
}

/** What a company row keeps for duplicates and search, from its names: set it on every write. */
export function companyIndex(company: CompanyNames): CompanyIndex {
  return { nameKey: companyNameKey(company.name), ...searchIndex(company.name, company.englishName, ...(company.aliases ?? [])) };
}

/** A message key and its parameters, rendered in the user's language by the API (see messages/companies.ts). */
export interface Problem {
  key: string;
  params: Record<string, string | number>;
}

// The code alphabet of GB 32100-2015: digits and capitals without I, O, S, V, Z.
const USCC_CHARACTER = /^[0-9A-HJ-NP-RTUWXY]$/;

/** What is wrong with a credit code as typed, as a message naming it (length, characters, check character). */
export function creditCodeProblem(typed: string): Problem | null {
  const code = normalizeUscc(typed);
  switch (usccProblem(code)) {
    case null:
      return null;
    case 'length':
      return { key: 'company.creditCode.length', params: { length: [...code].length } };
    case 'characters':
      return { key: 'company.creditCode.characters', params: { chars: [...new Set([...code].filter((ch) => !USCC_CHARACTER.test(ch)))].join(' ') } };
    case 'checkCharacter':
      return { key: 'company.creditCode.checkCharacter', params: {} };
  }
}

/** A credit code as stored: normalised (half-width, no spaces, upper case), or null when blank. */
export function storedCreditCode(typed: string | null | undefined): string | null {
  const code = normalizeUscc(typed ?? '');
  return code.length ? code : null;
}

/** Splits aliases typed in one cell or field: commas, semicolons, 、 and new lines of either width. */
export function splitAliases(value: string | readonly string[] | null | undefined): string[] {
  const parts = Array.isArray(value) ? value : String(value ?? '').split(/[,，;；、\n\r/]+/);
  return [...new Set(parts.map((p) => String(p).trim()).filter((p) => p.length > 0))];
}

const TRUE_WORDS = ['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '上市', '本地'];
const FALSE_WORDS = ['否', '无', 'n', 'no', 'false', '0', '×', '', '非上市', '外地'];

/** Reads yes/no as people write it in a sheet (是/否, Y/N, true/false, 1/0); undefined when it is neither. */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  const word = String(value ?? '')
    .trim()
    .toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return undefined;
}

/** A company as a form, a sheet or another system gives it: every field a string or missing. */
export interface CompanyRowInput {
  name?: unknown;
  englishName?: unknown;
  aliases?: unknown;
  creditCode?: unknown;
  province?: unknown;
  city?: unknown;
  headquarters?: unknown;
  isListed?: unknown;
  isLocal?: unknown;
}

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

export interface FieldProblem extends Problem {
  field: keyof CompanyRowInput;
}

const text = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  return String(v).replace(/\s+/g, ' ').trim();
};

/**
 * Normalises and checks one company row: names trimmed, the credit code normalised and validated, aliases split,
 * yes/no read. Returns the row, or the problems naming each bad field (the row is null then).
 */
export function normalizeCompanyRow(input: CompanyRowInput): { row: CompanyRow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const row: CompanyRow = { name: text(input.name) ?? '' };
  if (!row.name) problems.push({ field: 'name', key: 'input.required', params: {} });
  else if (row.name.length > COMPANY_LIMITS.name) problems.push({ field: 'name', key: 'input.tooLong', params: { max: COMPANY_LIMITS.name } });

  for (const field of ['englishName', 'province', 'city', 'headquarters'] as const) {
    const value = text(input[field]);
    if (value === undefined) continue;
    if (value.length > COMPANY_LIMITS[field]) problems.push({ field, key: 'input.tooLong', params: { max: COMPANY_LIMITS[field] } });
    row[field] = value || null;
  }
  if (input.aliases !== undefined && input.aliases !== null) {
    const aliases = splitAliases(input.aliases as string | string[]);
    if (aliases.length > COMPANY_LIMITS.aliases) problems.push({ field: 'aliases', key: 'company.tooManyAliases', params: { max: COMPANY_LIMITS.aliases } });
    else if (aliases.some((a) => a.length > COMPANY_LIMITS.alias)) problems.push({ field: 'aliases', key: 'input.tooLong', params: { max: COMPANY_LIMITS.alias } });
    row.aliases = aliases.filter((a) => a !== row.name);
  }
  const code = text(input.creditCode);
  if (code !== undefined) {
    const stored = storedCreditCode(code);
    const problem = stored ? creditCodeProblem(stored) : null;
    if (problem) problems.push({ field: 'creditCode', ...problem });
    row.creditCode = stored;
  }
  for (const field of ['isListed', 'isLocal'] as const) {
    const raw = input[field];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const value = parseYesNo(raw);
    if (value === undefined) problems.push({ field, key: 'company.badYesNo', params: {} });
    else row[field] = value;
  }
  return problems.length ? { row: null, problems } : { row, problems };
}

/** How strongly a company sits on a node, to keep the stronger role when two records of one company merge. */
export const COMPANY_ROLE_STRENGTH = { ANCHOR: 3, LOCAL: 2, TARGET: 1 } as const;
