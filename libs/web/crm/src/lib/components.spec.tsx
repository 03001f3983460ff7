import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import type { InteractionFieldsFragment, LeadSummaryFieldsFragment } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import { LeadList } from './common/LeadList';
import { DuplicateHint } from './company-picker/DuplicateHint';
import { ContactsTimeline } from './contacts/ContactsTimeline';

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

const timing = { alerts: [], daysSinceContact: 3, lastContactOn: '2025-03-06', stale: false, nextActionOverdue: false, nextActionDueToday: false, firstContactOverdue: false, assessmentOverdue: false };
const open: LeadSummaryFieldsFragment = {
  id: 'l1',
  title: '华日通讯拟设西南研发中心',
  isDemo: false,
  masked: false,
  confidential: false,
  codeName: null,
  status: 'CONTACTED',
  source: 'DOOR_TO_DOOR',
  createdOn: '2025-03-01',
  nextAction: '寄送人才政策',
  nextActionDue: '2025-03-05',
  intendedInvestment: '12.5',
  canEdit: true,
  chain: { id: 'c1', name: '电子信息' },
  company: { id: 'co1', name: '成都华日通讯有限公司' },
  owner: { id: 'u1', displayName: '招商专员一' },
  timing: { ...timing, alerts: ['NEXT_ACTION_OVERDUE'], nextActionOverdue: true },
};
const masked: LeadSummaryFieldsFragment = {
  ...open,
  id: 'l2',
  title: '项目A',
  masked: true,
  confidential: true,
  codeName: '项目A',
  company: null,
  intendedInvestment: null,
  canEdit: false,
  timing,
};

describe('LeadList', () => {
  it('shows a lead with its company, chain, owner, money in 亿元 exactly as sent, and what it needs today', () => {
    const html = render(<LeadList leads={[open]} />);
    expect(html).toContain('href="/leads/l1"');
    for (const text of ['华日通讯拟设西南研发中心', '成都华日通讯有限公司', '电子信息', '负责人：招商专员一', '12.5 亿元', '已联系', '下一步逾期', '下一步：寄送人才政策（2025-03-05 前）']) {
      expect(html).toContain(text);
    }
  });

  it('marks a lead the seed invented as demo data (演示数据), and only such a lead', () => {
    expect(render(<LeadList leads={[open]} />)).not.toContain('演示数据');
    expect(render(<LeadList leads={[{ ...open, isDemo: true }]} />)).toContain('演示数据');
    expect(render(<LeadList leads={[{ ...open, isDemo: true }]} />, 'en')).toContain('Demo data');
  });

  it('shows a masked confidential lead by its code name only, marked as such', () => {
    const html = render(<LeadList leads={[masked]} />);
    expect(html).toContain('项目A');
    expect(html).toContain('保密（仅显示代号）');
    expect(html).not.toContain('成都华日通讯有限公司');
    expect(html).not.toContain('亿元');
  });

  it('leaves the company out on the company’s own page, and speaks English', () => {
    expect(render(<LeadList leads={[open]} showCompany={false} />)).not.toContain('成都华日通讯有限公司');
    expect(render(<LeadList leads={[open]} />, 'en')).toContain('Next action overdue');
  });
});

describe('DuplicateHint', () => {
  const company = (id: string, name: string, creditCode: string | null = null) => ({ id, name, creditCode, province: '四川省', city: '成都市' });

  it('links each possible duplicate, certain ones first, and says why', () => {
    const html = render(
      <DuplicateHint
        duplicates={[
          { reason: 'SAME_NAME', company: company('a', '华日通讯（成都）') },
          { reason: 'SAME_CREDIT_CODE', company: company('b', '成都华日通讯有限公司', '91510100MA6C8XYZ10') },
        ]}
      />,
    );
    expect(html).toContain('统一社会信用代码相同：该企业已存在');
    expect(html.indexOf('href="/companies/b"')).toBeLessThan(html.indexOf('href="/companies/a"'));
    expect(html).toContain('信用代码相同 · 91510100MA6C8XYZ10 · 四川省 成都市');
    expect(html).toContain('名称相近');
    expect(html).toContain('role="status"');
  });

  it('offers "use this company" in quick entry, and shows nothing without duplicates', () => {
    expect(render(<DuplicateHint duplicates={[{ reason: 'SAME_NAME', company: company('a', '华日') }]} onUse={() => undefined} />)).toContain('aria-label="使用已有企业“华日”"');
    expect(render(<DuplicateHint duplicates={[]} />)).not.toContain('role="status"');
  });
});

describe('ContactsTimeline', () => {
  const contact: InteractionFieldsFragment = {
    id: 'i1',
    type: 'VISIT_OUT',
    occurredOn: '2025-03-06',
    ourPeople: '张三',
    theirPeople: '王总（总经理）',
    summary: '上门拜访，对方有意设立研发中心',
    outcome: '同意来武侯考察',
    nextStep: '安排考察',
    createdAt: '2025-03-06T08:00:00Z',
    companyId: 'co1',
    leadId: 'l1',
    createdBy: { id: 'u1', displayName: '招商专员一' },
    lead: { id: 'l1', title: '华日通讯拟设西南研发中心', masked: false },
    company: { id: 'co1', name: '成都华日通讯有限公司' },
  };

  it('shows a contact with its type, date, people, outcome and next step; edit controls only when allowed', () => {
    const html = render(<ContactsTimeline contacts={[contact]} showLead />);
    for (const text of ['2025-03-06', '外出拜访', '我方：张三 · 对方：王总（总经理）', '结果：同意来武侯考察', '下一步：安排考察', 'href="/leads/l1"', '招商专员一 记录']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('aria-label="编辑 2025-03-06 的联系记录"');
    expect(render(<ContactsTimeline contacts={[contact]} canEdit />)).toContain('aria-label="编辑 2025-03-06 的联系记录"');
  });

  it('says so when there is no contact yet', () => {
    expect(render(<ContactsTimeline contacts={[]} />)).toContain('暂无联系记录');
  });
});
