/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, S, V, Z); the last is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'length' | 'characters' | 'checkCharacter';

/** Full-width letters and digits to half-width, spaces removed, upper case: how people type codes. */
export function normalizeUscc(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
}

/** The check character the first 17 characters call for. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is wrong with a (normalised) code, or null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if ([...code].some((ch) => !ALPHABET.includes(ch))) return 'characters';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'checkCharacter';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
