import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { createI18n } from '@chainboard/web-ui';
import { ConvertButton } from './components/ConvertButton';
import { SearchHitView } from './components/SearchHitView';
import { StatusControl } from './components/StatusControl';
import type { SearchHit } from './search';

function render(element: ReactElement, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <I18nextProvider i18n={createI18n(language)}>
          <App>{element}</App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('StatusControl and ConvertButton', () => {
  const lead = (status: 'NEW' | 'NEGOTIATING' | 'DROPPED') => ({ id: 'l1', status, version: 1, title: '华日通讯扩产' });

  it('offer a status change while moves remain, and converting only to a negotiating lead', () => {
    expect(render(<StatusControl lead={lead('NEW')} />)).toContain('更改状态');
    expect(render(<StatusControl lead={lead('DROPPED')} />)).not.toContain('更改状态');
    expect(render(<ConvertButton lead={lead('NEGOTIATING')} />)).toContain('转为项目');
    expect(render(<ConvertButton lead={lead('NEW')} />)).not.toContain('转为项目');
  });
});

describe('SearchHitView', () => {
  it('marks the matched characters of the title and the detail', () => {
    const hit: SearchHit = {
      id: 'c1',
      kind: 'COMPANY',
      title: '成都华日通讯有限公司',
      titleHighlights: [{ start: 2, length: 2 }],
      detail: '华日通讯',
      detailHighlights: [{ start: 0, length: 2 }],
      company: { id: 'c1' },
      lead: null,
      contact: null,
    };
    const html = render(<SearchHitView hit={hit} />);
    expect(html.match(/<mark[^>]*>华日<\/mark>/g)).toHaveLength(2);
    expect(html).toContain('成都');
  });

  it('shows a contact hit with its type and date', () => {
    const hit: SearchHit = {
      id: 'i1',
      kind: 'CONTACT',
      title: '上门拜访总经理',
      titleHighlights: [],
      detail: null,
      detailHighlights: [],
      company: null,
      lead: null,
      contact: { id: 'i1', leadId: 'l1', companyId: 'c1', occurredOn: '2025-03-06', type: 'VISIT_OUT' },
    };
    expect(render(<SearchHitView hit={hit} />)).toContain('外出拜访 2025-03-06');
  });
});
