import { CRM_NS } from '@chainboard/web-crm';
import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the lead, prospect, "My work" and search pages. */
export const LEADS_NS = 'leads';

/** What the lead pages read: their own texts, then the shared CRM texts (then the shared UI texts). */
export const LEADS_TEXTS = [LEADS_NS, CRM_NS] as const;

export const leadsResources = { 'zh-CN': zhCN, en } as const;

/** Adds this library's texts to the app's i18next instance, and to every instance createI18n makes. */
export function registerLeadsI18n(): void {
  registerTranslations(LEADS_NS, leadsResources);
}

registerLeadsI18n();
