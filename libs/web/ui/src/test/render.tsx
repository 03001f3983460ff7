import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@chainboard/domain';
import { createI18n } from '../i18n';

/** Renders to static markup (no DOM needed) in the given language, inside antd's <App>, as the feature tests do. */
export function renderHtml(element: ReactElement, language: Language = 'zh-CN'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language)}>
      <App>{element}</App>
    </I18nextProvider>,
  );
}
