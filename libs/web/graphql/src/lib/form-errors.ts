import { ApiError, fieldName } from './api-error';

export interface FormFieldError<F extends string = string> {
  name: F;
  errors: string[];
}

/**
 * Spreads the API's validation problems over a form: the errors of fields the form has, by field; `unmatched`
 * tells whether something is left to show elsewhere (no field matched, or the error was not about fields).
 */
export function serverFieldErrors<F extends string>(error: unknown, formFields: readonly F[]): { fields: FormFieldError<F>[]; unmatched: boolean } {
  if (!(error instanceof ApiError) || error.fields.length === 0) return { fields: [], unmatched: error != null };
  const isFormField = (name: string): name is F => (formFields as readonly string[]).includes(name);
  const byName = new Map<F, string[]>();
  let unmatched = false;
  for (const problem of error.fields) {
    const name = fieldName(problem.field);
    if (!isFormField(name)) {
      unmatched = true;
      continue;
    }
    byName.set(name, [...(byName.get(name) ?? []), problem.message]);
  }
  return { fields: [...byName].map(([name, errors]) => ({ name, errors })), unmatched };
}
