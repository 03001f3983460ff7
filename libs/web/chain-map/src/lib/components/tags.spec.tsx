import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@chainboard/web-ui';
import { registerChainMapI18n } from '../../i18n';
import { StatusSourceTag } from './tags';

function render(element: ReactElement, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  const i18n = createI18n(language);
  registerChainMapI18n(i18n);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

describe('StatusSourceTag', () => {
  it("says whether a node's status rests on the plan or on an editor's judgement, in Chinese and English", () => {
    expect(render(<StatusSourceTag source="PLAN" />)).toContain('依据规划');
    expect(render(<StatusSourceTag source="JUDGEMENT" />)).toContain('编者判断');
    expect(render(<StatusSourceTag source="PLAN" />, 'en')).toContain('Per the plan');
    expect(render(<StatusSourceTag source="JUDGEMENT" />, 'en')).toContain('Editor&#x27;s judgement');
  });
});
