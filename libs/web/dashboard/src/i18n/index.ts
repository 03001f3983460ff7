import { CRM_NS } from '@chainboard/web-crm';
import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the dashboard (驾驶舱) and the monthly ranking. */
export const DASHBOARD_NS = 'dashboard';

/** What the dashboard pages read: their own texts, then the shared CRM texts (stages, demo tag), then the shared UI texts. */
export const DASHBOARD_TEXTS = [DASHBOARD_NS, CRM_NS] as const;

export const dashboardResources = { 'zh-CN': zhCN, en } as const;

export function registerDashboardI18n(): void {
  registerTranslations(DASHBOARD_NS, dashboardResources);
}

registerDashboardI18n();
