import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { AuthProvider } from '@chainboard/web-auth';
import { configureApiClient } from '@chainboard/web-graphql';
import { antdLocale, currentLanguage, i18n } from '@chainboard/web-ui';
import { createQueryClient } from './query-client';

// Every request tells the API the interface language, so its messages come back in it.
configureApiClient({ language: currentLanguage });

/** antd's locale and the page's lang attribute follow the interface language. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const language = currentLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${instance.t('app.name')} / ${instance.t('app.brand')}`;
  }, [language, instance]);
  return (
    <ConfigProvider locale={antdLocale(language)} theme={{ token: { colorPrimary: '#1f5fbf' } }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LocalizedAntd>
          <AuthProvider>{children}</AuthProvider>
        </LocalizedAntd>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
