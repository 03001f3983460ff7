import type { i18n as I18n } from 'i18next';
import zhCN from './zh-CN.json';
import en from './en.json';

/** This library's own i18next namespace: its texts stay out of the shared translation files. */
export const CHAIN_MAP_NS = 'chainMap';

export const chainMapResources = { 'zh-CN': zhCN, en } as const;

/** Adds the map's texts (Chinese by default, English) to an i18next instance; safe to call more than once. */
export function registerChainMapI18n(instance: I18n): void {
  for (const [language, bundle] of Object.entries(chainMapResources)) {
    if (!instance.hasResourceBundle(language, CHAIN_MAP_NS)) instance.addResourceBundle(language, CHAIN_MAP_NS, bundle, true, true);
  }
}
