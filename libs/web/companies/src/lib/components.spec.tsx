import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import type { ProspectFieldsFragment } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import { ProspectList } from './prospects/ProspectList';

// Rendered to static markup (no DOM needed).
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

describe('ProspectList', () => {
  const prospect: ProspectFieldsFragment = {
    id: 'p1',
    isDemo: false,
    priority: 'HIGH',
    reason: '中国企业500强',
    companyId: 'co1',
    nodeId: 'n1',
    assigneeId: 'u1',
    leadId: null,
    company: { id: 'co1', name: '成都华日通讯有限公司', city: '成都市', isListed: false },
    node: { id: 'n1', name: '射频芯片' },
    chain: { id: 'c1', name: '电子信息' },
    assignee: { id: 'u1', displayName: '招商专员一' },
    lead: null,
  };
  const other: ProspectFieldsFragment = { ...prospect, id: 'p2', nodeId: 'n2', node: { id: 'n2', name: '卫星导航' }, chain: { id: 'c2', name: '航空航天' }, assignee: null, assigneeId: null };

  it('shows each prospect with its priority, chain and node, assignee and reason', () => {
    const html = render(<ProspectList prospects={[prospect, other]} />);
    for (const text of ['高', '电子信息 › 射频芯片', '跟进：招商专员一', '中国企业500强', '航空航天 › 卫星导航']) {
      expect(html).toContain(text);
    }
  });

  it('offers "edit" only on the prospects the user may edit (the right depends on the chain)', () => {
    expect(render(<ProspectList prospects={[prospect, other]} />)).not.toContain('aria-label="编辑目标企业');
    const html = render(<ProspectList prospects={[prospect, other]} canEdit={(p) => p.chain.id === 'c1'} />);
    expect(html).toContain('aria-label="编辑目标企业“成都华日通讯有限公司”（射频芯片）"');
    expect(html).not.toContain('（卫星导航）');
    expect(render(<ProspectList prospects={[prospect]} canEdit={() => true} />, 'en')).toContain('aria-label="Edit the prospect &quot;成都华日通讯有限公司&quot; (射频芯片)"');
  });

  it('marks a prospect the seed invented as demo data (演示数据)', () => {
    expect(render(<ProspectList prospects={[prospect]} />)).not.toContain('演示数据');
    expect(render(<ProspectList prospects={[{ ...prospect, isDemo: true }]} />)).toContain('演示数据');
  });

  it('says so when the company is no one’s prospect', () => {
    expect(render(<ProspectList prospects={[]} canEdit={() => true} />)).toContain('暂无目标企业');
  });
});
