import { registerTranslations } from '@chainboard/web-ui';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: the texts of the chain pages (overview, work plan, policies). */
export const CHAINS_NS = 'chains';

export const chainsResources = { 'zh-CN': zhCN, en } as const;

/** Adds this library's texts to the app's i18next instance, and to every instance createI18n makes. */
export function registerChainsI18n(): void {
  registerTranslations(CHAINS_NS, chainsResources);
}

registerChainsI18n();
