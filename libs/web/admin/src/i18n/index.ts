import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the account and department administration. */
export const ADMIN_NS = 'admin';

export const adminResources = { 'zh-CN': zhCN, en } as const;

/** Adds this library's texts to the app's i18next instance, and to every instance createI18n makes. */
export function registerAdminI18n(): void {
  registerTranslations(ADMIN_NS, adminResources);
}

registerAdminI18n();
