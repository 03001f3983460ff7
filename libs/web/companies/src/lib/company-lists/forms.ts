import { LIST_LEVEL_ORDER } from '@chainboard/domain';
import type { CompanyListCategory, CompanyListFieldsFragment, CreateCompanyListInput, ListLevel, UpdateCompanyListInput } from '@chainboard/web-graphql';

export const LIST_LEVELS: readonly ListLevel[] = LIST_LEVEL_ORDER;

/** The company-list form (add and edit). */
export interface CompanyListFormValues {
  name: string;
  category: CompanyListCategory;
  level?: ListLevel | null;
  publisher?: string | null;
}

export const COMPANY_LIST_FORM_FIELDS = ['name', 'category', 'level', 'publisher'] as const;

type EditedList = Pick<CompanyListFieldsFragment, 'id' | 'name' | 'category' | 'level' | 'publisher'>;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
};

export function companyListFormValues(list: EditedList): CompanyListFormValues {
  return { name: list.name, category: list.category, level: list.level ?? null, publisher: list.publisher ?? null };
}

/** A new list from the form; a level or publisher left blank is left out. */
export function toCreateCompanyListInput(values: CompanyListFormValues): CreateCompanyListInput {
  const publisher = text(values.publisher);
  return {
    name: values.name.trim(),
    category: values.category,
    ...(values.level ? { level: values.level } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

/** Only the fields the user changed are sent; a cleared level or publisher is null (cleared). */
export function toUpdateCompanyListInput(list: EditedList, values: CompanyListFormValues): UpdateCompanyListInput {
  const name = values.name.trim();
  const level = values.level ?? null;
  const publisher = text(values.publisher);
  return {
    listId: list.id,
    ...(name !== list.name ? { name } : {}),
    ...(values.category !== list.category ? { category: values.category } : {}),
    ...(level !== (list.level ?? null) ? { level } : {}),
    ...(publisher !== (list.publisher ?? null) ? { publisher } : {}),
  };
}
