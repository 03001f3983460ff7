/**
 * The password policy, the same for the API and the web's forms: long enough, not the username (nor containing it),
 * not a known-breached common password. The list of common passwords is large, so it is not part of this module: the
 * API loads it once and passes the check in (`isCommon`); the web leaves that rule to the API.
 */

export const PASSWORD_POLICY = {
  /** At least this many characters. */
  minLength: 10,
  /** At most this many (argon2 takes any length; this bounds the work of one sign-in). */
  maxLength: 128,
} as const;

/** A broken rule: the message key of the domain's messages and its parameters. */
export interface PasswordProblem {
  key: 'password.tooShort' | 'password.tooLong' | 'password.containsUsername' | 'password.common' | 'password.blank';
  params: Record<string, string | number>;
}

export interface PasswordContext {
  /** The account's username: the password may not contain it. */
  username?: string | null;
  /** Whether a password is on the list of known-breached common passwords (compared case-insensitively). */
  isCommon?: (password: string) => boolean;
}

/** Case and width folded: "Ａｄｍｉｎ" and "admin" are the same word for the username rule. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The first rule the password breaks, or null when it keeps them all. The rules in the order a user meets them:
 * not blank, long enough, not too long, not containing the username (case-insensitive; usernames of fewer than three
 * characters are too short to judge), not a common password.
 */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  if (password.trim().length === 0) return { key: 'password.blank', params: {} };
  const length = [...password].length;
  if (length < PASSWORD_POLICY.minLength) return { key: 'password.tooShort', params: { min: PASSWORD_POLICY.minLength } };
  if (length > PASSWORD_POLICY.maxLength) return { key: 'password.tooLong', params: { max: PASSWORD_POLICY.maxLength } };
  const username = fold(context.username?.trim() ?? '');
  if (username.length >= 3 && fold(password).includes(username)) return { key: 'password.containsUsername', params: {} };
  if (context.isCommon?.(password)) return { key: 'password.common', params: {} };
  return null;
}

/**
 * A set of common passwords to check against, from a list of lower-case words: a password is common when its lower
 * case, or its lower case without trailing digits and punctuation ("Password123!" → "password"), is on the list.
 * Only entries long enough to pass the length rule with such a suffix are worth keeping.
 */
export function commonPasswordCheck(list: Iterable<string>): (password: string) => boolean {
  const words = new Set<string>();
  for (const word of list) {
    const folded = word.trim().toLowerCase();
    if (folded.length >= 4) words.add(folded);
  }
  return (password) => {
    const folded = password.toLowerCase();
    if (words.has(folded)) return true;
    const stem = folded.replace(/[\d\W_]+$/u, '');
    return stem.length >= 6 && stem !== folded && words.has(stem);
  };
}
