import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@chainboard/web-ui';
import { PoliciesTab } from './PoliciesTab';
import type { ChainDetail } from './types';
import { WorkPlanTab } from './WorkPlanTab';

// Rendered to static markup (no DOM needed): what the tabs show depends on the permissions they are given.

const chain = {
  id: 'c1',
  workPlan: {
    id: 'w1',
    title: '高端新材料产业链招商工作方案',
    progress: { done: 1, total: 2, percent: 50 },
    tasks: [
      { id: 't1', title: '举办展示交流会', description: '', status: 'TODO', dueDate: '2020-01-01', completedAt: null, sortOrder: 1, isDemo: true, ownerDepartmentId: null, ownerDepartment: null },
      { id: 't2', title: '打造实验室', description: '', status: 'DONE', dueDate: '2020-01-01', completedAt: null, sortOrder: 2, isDemo: false, ownerDepartmentId: null, ownerDepartment: null },
    ],
  },
  policySet: {
    id: 'ps1',
    title: '高端新材料产业链支持政策',
    policies: [
      { id: 'p1', title: '人才专项', documentNumber: '武人才办〔2022〕5号', issuer: '区委人才办', validFrom: '2022-05-01', validTo: null, summary: '', isDemo: true },
    ],
  },
} as unknown as ChainDetail;

function render(element: ReactElement, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n(language)}>
        <App>{element}</App>
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

describe('WorkPlanTab', () => {
  it('offers "complete" for each open task, named with its title, to those who may edit', () => {
    const html = render(<WorkPlanTab chain={chain} canEdit />);
    expect(html).toContain('aria-label="完成：举办展示交流会"');
    expect(html).not.toContain('aria-label="完成：打造实验室"');
    expect(html).toContain('aria-label="编辑：打造实验室"');
    expect(html).toContain('aria-label="删除：举办展示交流会"');
    expect(html).toContain('新增任务');
  });

  it('shows no edit controls to those who may not edit', () => {
    const html = render(<WorkPlanTab chain={chain} canEdit={false} />);
    expect(html).toContain('举办展示交流会');
    expect(html).not.toMatch(/aria-label="(完成|编辑|删除)：/);
    expect(html).not.toContain('新增任务');
  });

  it('tags the tasks whose owner, deadline and status were invented as demo data, and only those', () => {
    expect(render(<WorkPlanTab chain={chain} canEdit={false} />).match(/演示数据/g)).toHaveLength(1);
    expect(render(<WorkPlanTab chain={chain} canEdit={false} />, 'en').match(/Demo data/g)).toHaveLength(1);
  });

  it('marks open tasks past their due date as overdue, in English too', () => {
    const html = render(<WorkPlanTab chain={chain} canEdit={false} />, 'en');
    expect(html.match(/Overdue/g)).toHaveLength(1);
  });
});

describe('PoliciesTab', () => {
  it('tags demo data and hides edit controls from those who may not edit', () => {
    const readOnly = render(<PoliciesTab chain={chain} canEdit={false} />);
    expect(readOnly).toContain('演示数据');
    expect(readOnly).toContain('2022-05-01 起，长期有效');
    expect(readOnly).not.toContain('aria-label="编辑：人才专项"');
    expect(render(<PoliciesTab chain={chain} canEdit />)).toContain('aria-label="编辑：人才专项"');
  });
});
