import { COMPANY_ROW_RULES } from '@chainboard/domain';
import { RuleInput } from '@chainboard/server-core';

/**
 * A unified social credit code as people type it: normalised (full-width, spaces, case) before it is checked,
 * blank read as none; a bad one is refused naming what is wrong (length, characters, check character).
 * The rule is the company row's (libs/domain record-rules), as for the importer.
 */
export function CreditCodeInput(): PropertyDecorator {
  return RuleInput(COMPANY_ROW_RULES.creditCode);
}
