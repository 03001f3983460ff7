import { splitAliases, storedCreditCode } from '@chainboard/domain';
import type { CompanyRowFieldsFragment, CreateCompanyInput, NewCompanyInput, UpdateCompanyInput } from '@chainboard/web-graphql';

/** The company form (create and edit). */
export interface CompanyFormValues {
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

export const COMPANY_FORM_FIELDS = ['name', 'englishName', 'aliases', 'creditCode', 'province', 'city', 'headquarters', 'isListed', 'isLocal'] as const;

/** Aliases as typed: each tag may itself hold several, separated as people write them (、，; …). */
const aliasesOf = (values: readonly string[] | undefined, name: string): string[] => splitAliases((values ?? []).join('\n')).filter((a) => a !== name);

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
};

export function companyFormValues(company: CompanyRowFieldsFragment): CompanyFormValues {
  return {
    name: company.name,
    englishName: company.englishName ?? null,
    aliases: [...company.aliases],
    creditCode: company.creditCode ?? null,
    province: company.province ?? null,
    city: company.city ?? null,
    headquarters: company.headquarters ?? null,
    isListed: company.isListed,
    isLocal: company.isLocal,
  };
}

/** A new company from the form; optional fields left blank are left out. */
export function toNewCompanyInput(values: CompanyFormValues, allowDuplicate = false): NewCompanyInput & CreateCompanyInput {
  const input: NewCompanyInput = { name: values.name.trim() };
  const optional = {
    englishName: text(values.englishName),
    creditCode: storedCreditCode(values.creditCode),
    province: text(values.province),
    city: text(values.city),
    headquarters: text(values.headquarters),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== null) (input as Record<string, unknown>)[key] = value;
  const aliases = aliasesOf(values.aliases, input.name);
  if (aliases.length) input.aliases = aliases;
  if (values.isListed !== undefined) input.isListed = values.isListed;
  if (values.isLocal !== undefined) input.isLocal = values.isLocal;
  if (allowDuplicate) input.allowDuplicate = true;
  return input;
}

/** Every field is sent: a field emptied in the form is cleared (null), as UpdateCompanyInput describes. */
export function toUpdateCompanyInput(company: { id: string; version: number }, values: CompanyFormValues, allowDuplicate = false): UpdateCompanyInput {
  const name = values.name.trim();
  return {
    companyId: company.id,
    expectedVersion: company.version,
    name,
    englishName: text(values.englishName),
    aliases: aliasesOf(values.aliases, name),
    creditCode: storedCreditCode(values.creditCode),
    province: text(values.province),
    city: text(values.city),
    headquarters: text(values.headquarters),
    isListed: values.isListed ?? false,
    isLocal: values.isLocal ?? false,
    ...(allowDuplicate ? { allowDuplicate: true } : {}),
  };
}
