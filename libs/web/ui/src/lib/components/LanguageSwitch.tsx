import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@chainboard/domain';
import { changeLanguage, currentLanguage } from '../../i18n';

/** 中文 / English: switches the interface language (and the language of the API's messages). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value = i18n.language as Language;
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      value={LANGUAGES.includes(value) ? value : currentLanguage()}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void changeLanguage(language)}
    />
  );
}
