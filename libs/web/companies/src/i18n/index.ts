import { CRM_NS } from '@chainboard/web-crm';
import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the company pages. */
export const COMPANIES_NS = 'companies';

/** What the company pages read: their own texts, then the shared CRM texts (then the shared UI texts). */
export const COMPANIES_TEXTS = [COMPANIES_NS, CRM_NS] as const;

export const companiesResources = { 'zh-CN': zhCN, en } as const;

/** Adds this library's texts to the app's i18next instance, and to every instance createI18n makes. */
export function registerCompaniesI18n(): void {
  registerTranslations(COMPANIES_NS, companiesResources);
}

registerCompaniesI18n();
