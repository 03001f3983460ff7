import { ERROR_MESSAGES, FIELD_NAMES, type Language } from '@chainboard/domain';

/**
 * A message of the domain's catalogue (the one the API answers with) in the given language, for checks the
 * browser makes itself before asking the API, e.g. a credit code as it is typed. `field` names a field.
 */
export function domainMessage(key: string, params: Record<string, string | number>, language: Language): string {
  const template = ERROR_MESSAGES[language][key] ?? ERROR_MESSAGES['zh-CN'][key] ?? key;
  const values: Record<string, string | number> = { ...params };
  if (typeof params['field'] === 'string') values['field'] = FIELD_NAMES[language][params['field']] ?? params['field'];
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
