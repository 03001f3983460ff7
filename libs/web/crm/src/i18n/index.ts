import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts the company, lead and prospect pages share. */
export const CRM_NS = 'crm';

export const crmResources = { 'zh-CN': zhCN, en } as const;

/** Adds this library's texts to the app's i18next instance, and to every instance createI18n makes. */
export function registerCrmI18n(): void {
  registerTranslations(CRM_NS, crmResources);
}

registerCrmI18n();
