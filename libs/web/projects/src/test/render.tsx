import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import type { Language } from '@chainboard/domain';
import { createI18n } from '@chainboard/web-ui';
import '../i18n';

function Providers({ children, language, client }: { children: ReactElement; language: Language; client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <I18nextProvider i18n={createI18n(language)}>
          <App>{children}</App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>
  );
}

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });

/** Renders into jsdom in the given language, with a query cache, a router and antd's <App>. */
export function renderDom(element: ReactElement, language: Language = 'zh-CN', client: QueryClient = newClient()) {
  return { client, ...render(<Providers language={language} client={client}>{element}</Providers>) };
}

/** Renders to static markup (no DOM needed), with the same providers. */
export function renderHtml(element: ReactElement, language: Language = 'zh-CN'): string {
  return renderToStaticMarkup(<Providers language={language} client={newClient()}>{element}</Providers>);
}
