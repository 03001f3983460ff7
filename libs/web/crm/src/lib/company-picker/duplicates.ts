import { creditCodeProblem, normalizeUscc, usccProblem, type Language } from '@chainboard/domain';
import type { DuplicateReason } from '@chainboard/web-graphql';
import { domainMessage } from '../common/domain-message';

/** A name shorter than this (in characters) is not looked up: one character matches too much to be a hint. */
export const DUPLICATE_NAME_MIN = 2;

/** Wait this long after the last keystroke before asking for duplicates. */
export const DUPLICATE_DEBOUNCE_MS = 300;

export interface DuplicateLookup {
  name: string;
  creditCode: string | null;
}

/**
 * What to ask `companyDuplicates` for a name and credit code as typed: the trimmed name, and the credit code
 * only once it is a valid code (normalised). Null when there is nothing worth asking yet.
 */
export function duplicateLookup(name: string | null | undefined, creditCode?: string | null): DuplicateLookup | null {
  const trimmed = (name ?? '').trim();
  const code = normalizeUscc(creditCode ?? '');
  const validCode = code.length > 0 && usccProblem(code) === null ? code : null;
  if ([...trimmed].length < DUPLICATE_NAME_MIN && !validCode) return null;
  return { name: trimmed, creditCode: validCode };
}

export interface DuplicateLike {
  reason: DuplicateReason;
  company: { id: string; name: string };
}

/**
 * The possible duplicates to show: each company once (with its strongest reason: the same credit code is
 * certain, a similar name probable), certain ones first, the company being edited left out.
 */
export function duplicateHints<D extends DuplicateLike>(duplicates: readonly D[], exceptId?: string | null): D[] {
  const byCompany = new Map<string, D>();
  for (const d of duplicates) {
    if (d.company.id === exceptId) continue;
    const known = byCompany.get(d.company.id);
    if (!known || (known.reason !== 'SAME_CREDIT_CODE' && d.reason === 'SAME_CREDIT_CODE')) byCompany.set(d.company.id, d);
  }
  const rank = (d: D) => (d.reason === 'SAME_CREDIT_CODE' ? 0 : 1);
  return [...byCompany.values()].sort((a, b) => rank(a) - rank(b) || a.company.name.localeCompare(b.company.name, 'zh-CN'));
}

/** Whether a duplicate is certain (the same credit code: the same company, which the API will refuse). */
export function isCertainDuplicate(d: DuplicateLike): boolean {
  return d.reason === 'SAME_CREDIT_CODE';
}

/**
 * What possible duplicates mean for saving a new company: nothing (none found); `confirm` (similar names: the
 * user must confirm it is another company, which sends allowDuplicate); `blocked` (the same credit code: it is
 * that company, which the API refuses to create twice).
 */
export function duplicateDecision(hints: readonly DuplicateLike[]): 'none' | 'confirm' | 'blocked' {
  if (hints.some(isCertainDuplicate)) return 'blocked';
  return hints.length > 0 ? 'confirm' : 'none';
}

export type CreditCodeState = 'empty' | 'typing' | 'invalid' | 'valid';

export interface CreditCodeFeedback {
  state: CreditCodeState;
  /** The code as it will be stored (half-width, no spaces, upper case). */
  normalized: string;
  /** How many characters are typed, of 18. */
  length: number;
  /** What is wrong, in the user's language (the API's own words), when invalid. */
  message?: string;
}

/**
 * Instant feedback on a credit code as it is typed, with the domain's check (GB 32100-2015): a bad character is
 * reported at once, a short code is still being typed, a full one is checked for length and check character.
 */
export function creditCodeFeedback(typed: string | null | undefined, language: Language): CreditCodeFeedback {
  const normalized = normalizeUscc(typed ?? '');
  const length = [...normalized].length;
  if (length === 0) return { state: 'empty', normalized, length };
  if (length < 18) {
    // Padded with a valid character, a short code shows only its bad characters, if it has any.
    const problem = creditCodeProblem(normalized.padEnd(18, '0'));
    if (problem?.key === 'company.creditCode.characters') return { state: 'invalid', normalized, length, message: domainMessage(problem.key, problem.params, language) };
    return { state: 'typing', normalized, length };
  }
  const problem = creditCodeProblem(normalized);
  return problem ? { state: 'invalid', normalized, length, message: domainMessage(problem.key, problem.params, language) } : { state: 'valid', normalized, length };
}
