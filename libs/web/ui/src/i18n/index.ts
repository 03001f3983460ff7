import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@chainboard/domain';
import zhCN from './zh-CN.json';
import en from './en.json';

/** Where the chosen interface language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'chainboard.language';

/** Every UI text, by language: zh-CN is the default, en the same keys in English. */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language chosen last time, or Chinese. */
export function storedLanguage(): Language {
  const stored = readStoredLanguage();
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** dayjs (antd's date pickers) speaks the UI language too. */
function applyDateLocale(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

/** A ready i18next instance with both languages loaded synchronously. */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes what it renders
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}

/** The app's i18next instance. */
export const i18n = createI18n();
applyDateLocale(currentLanguage());

/** The current interface language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the interface language and remembers it. */
export async function changeLanguage(language: Language): Promise<void> {
  applyDateLocale(language);
  await i18n.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered when storage is unavailable; the switch still applies to this page.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
