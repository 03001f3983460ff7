/**
 * Rules for company records shared by the API, the importer and the web forms: credit codes, aliases and yes/no
 * words (a whole row is checked by record-rules.ts), how a company is indexed for search and duplicate detection,
 * and the standard lists of companies.
 */
import { searchIndex } from './search';
import { companyNameKey, foldText } from './text';
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

/** The words people write for yes and for no, in forms and sheets (folded: half-width, lower case). */
export const YES_WORDS: readonly string[] = ['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '上市', '已上市', '本地', '区内'];
export const NO_WORDS: readonly string[] = ['否', '无', 'n', 'no', 'false', '0', '×', '✗', '', '非上市', '未上市', '外地', '区外'];

/** Reads yes/no as people write it in a sheet (是/否, Y/N, true/false, 1/0, full-width too); undefined when it is neither. */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  const word = foldText(String(value ?? ''));
  if (YES_WORDS.includes(word)) return true;
  if (NO_WORDS.includes(word)) return false;
  return undefined;
}

/** How strongly a company sits on a node, to keep the stronger role when two records of one company merge. */
export const COMPANY_ROLE_STRENGTH = { ANCHOR: 3, LOCAL: 2, TARGET: 1 } as const;
