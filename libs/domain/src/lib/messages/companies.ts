/** Error messages and field names of the companies feature, merged into ERROR_MESSAGES and FIELD_NAMES. */
export const COMPANIES_MESSAGES = {
  'zh-CN': {} as Record<string, string>,
  en: {} as Record<string, string>,
};

export const COMPANIES_FIELDS = {
  'zh-CN': {} as Record<string, string>,
  en: {} as Record<string, string>,
};
