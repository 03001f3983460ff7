import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@chainboard/domain';
import { createI18n } from '../i18n';

/** Renders into jsdom in the given language, inside antd's <App> (for its message toasts). */
export function renderDom(element: ReactElement, language: Language = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <App>{element}</App>
    </I18nextProvider>,
  );
}
