import { readFileSync } from 'fs';
import { commonPasswordCheck, passwordProblem } from '@chainboard/domain';
import { badField } from '@chainboard/server-core';

/**
 * The known-breached common passwords the policy refuses: the password list that zxcvbn-ts ships
 * (@zxcvbn-ts/language-common, about 49,000 entries gathered from public breach corpora), read once, on first use.
 */
let commonCheck: ((password: string) => boolean) | null = null;

export function isCommonPassword(password: string): boolean {
  if (!commonCheck) {
    const file = require.resolve('@zxcvbn-ts/language-common/src/passwords.json');
    commonCheck = commonPasswordCheck(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  }
  return commonCheck(password);
}

/** Refuses a password that breaks the policy, naming the rule under the given input field (in the user's language). */
export function assertPasswordPolicy(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, { username, isCommon: isCommonPassword });
  if (problem) throw badField(field, problem.key, problem.params);
}
