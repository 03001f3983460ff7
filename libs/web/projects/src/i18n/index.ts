import { CRM_NS } from '@chainboard/web-crm';
import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the kanban, the ledger and the project pages. */
export const PROJECTS_NS = 'projects';

/** What the project pages read: their own texts, then the shared CRM texts (then the shared UI texts). */
export const PROJECTS_TEXTS = [PROJECTS_NS, CRM_NS] as const;

export const projectsResources = { 'zh-CN': zhCN, en } as const;

/** Adds this library's texts to the app's i18next instance, and to every instance createI18n makes. */
export function registerProjectsI18n(): void {
  registerTranslations(PROJECTS_NS, projectsResources);
}

registerProjectsI18n();
