import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import type { Language } from '@chainboard/domain';
import { createI18n } from '@chainboard/web-ui';
import '../i18n';

/** Renders into jsdom in the given language, with a query cache (optionally filled), a router and antd's <App>. */
export function renderDom(element: ReactElement, language: Language = 'zh-CN', client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })) {
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <I18nextProvider i18n={createI18n(language)}>
            <App>{element}</App>
          </I18nextProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}
