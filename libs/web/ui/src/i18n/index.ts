import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@chainboard/domain';
import zhCN from './zh-CN.json';
import en from './en.json';

/** Where the chosen interface language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'chainboard.language';

/**
 * The shared UI texts (the app's frame, common words, errors, validation, roles), by language: zh-CN is the default,
 * en the same keys in English. Each feature library keeps its own texts in a namespace of its own (registerTranslations).
 */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** The namespace of the shared texts; a key a feature's namespace lacks is looked up here. */
export const SHARED_NS = 'translation';

/** A library's texts, one tree of keys per language (the same keys in each). */
export type TranslationBundle = Readonly<Record<Language, object>>;

/** The feature namespaces registered so far, added to every instance createI18n makes. */
const registered = new Map<string, TranslationBundle>();

function addBundles(instance: I18n, ns: string, bundle: TranslationBundle): void {
  for (const [language, texts] of Object.entries(bundle)) instance.addResourceBundle(language, ns, texts, true, true);
}

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
    fallbackNS: SHARED_NS,
    // useTranslation([ns, other]) reads a key from ns, then from other: a feature reads its own texts and a shared library's.
    react: { nsMode: 'fallback' },
    interpolation: { escapeValue: false }, // React escapes what it renders
    initAsync: false,
    showSupportNotice: false,
  });
  for (const [ns, bundle] of registered) addBundles(instance, ns, bundle);
  return instance;
}

/** The app's i18next instance. */
export const i18n = createI18n();
applyDateLocale(currentLanguage());

/**
 * Adds a feature library's texts as their own i18next namespace, to the app's instance now and to every instance
 * createI18n makes later (safe to call more than once). A component reads them with useTranslation(ns), or with
 * [ns, other] to read a shared library's namespace too; keys found in none of them come from the shared texts.
 */
export function registerTranslations(ns: string, bundle: TranslationBundle): void {
  registered.set(ns, bundle);
  addBundles(i18n, ns, bundle);
}

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
