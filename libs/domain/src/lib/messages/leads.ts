/** Error messages and field names of the leads feature, merged into ERROR_MESSAGES and FIELD_NAMES. */
export const LEADS_MESSAGES = {
  'zh-CN': {} as Record<string, string>,
  en: {} as Record<string, string>,
};

export const LEADS_FIELDS = {
  'zh-CN': {} as Record<string, string>,
  en: {} as Record<string, string>,
};
