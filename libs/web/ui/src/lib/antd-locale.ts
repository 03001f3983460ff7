import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Language } from '@chainboard/domain';

/** antd's own texts (pagination, date pickers, confirmations) in the interface language. */
export function antdLocale(language: Language): Locale {
  return language === 'en' ? enUS : zhCN;
}
