import i18next, { i18n as I18n } from 'i18next';
import { ERROR_MESSAGES, FIELD_NAMES, Language, LANGUAGES, DEFAULT_LANGUAGE } from '@chainboard/domain';

let instance: I18n | undefined;

function messages(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      showSupportNotice: false,
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      resources: Object.fromEntries(
        LANGUAGES.map((lng) => [lng, { errors: ERROR_MESSAGES[lng], fields: FIELD_NAMES[lng] }]),
      ),
      ns: ['errors', 'fields'],
      defaultNS: 'errors',
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

/** Renders an error message in the given language; a `field` parameter is itself translated. */
export function translate(lng: Language, key: string, params: Record<string, string | number> = {}): string {
  const t = messages().getFixedT(lng);
  const field = typeof params['field'] === 'string' ? t(params['field'], { ns: 'fields' }) : undefined;
  return t(key, { ...params, ...(field ? { field } : {}) });
}
