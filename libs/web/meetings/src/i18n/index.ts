import { CRM_NS } from '@chainboard/web-crm';
import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the meeting pages. */
export const MEETINGS_NS = 'meetings';

/** What the meeting pages read: their own texts, then the shared CRM texts (then the shared UI texts). */
export const MEETINGS_TEXTS = [MEETINGS_NS, CRM_NS] as const;

export const meetingsResources = { 'zh-CN': zhCN, en } as const;

export function registerMeetingsI18n(): void {
  registerTranslations(MEETINGS_NS, meetingsResources);
}

registerMeetingsI18n();
