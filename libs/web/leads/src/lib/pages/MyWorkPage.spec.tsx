import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { useAuth, type AuthContextValue, type CurrentUser } from '@chainboard/web-auth';
import { crmKeys } from '@chainboard/web-crm';
import type { LeadSummaryFieldsFragment, WorkSummaryFieldsFragment } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import { leadTableHref } from '../filters';
import { leadKeys } from '../hooks';
import { sectionFilters } from '../work';
import { LeadsPage } from './LeadsPage';
import { MyWorkPage } from './MyWorkPage';

// "My work" shows each list's count and first rows, and links a longer list to the lead table filtered the same way;
// the pages are rendered to static markup for a mocked signed-in staff member, with the answers cached.

jest.mock('@chainboard/web-auth', () => ({ ...jest.requireActual('@chainboard/web-auth'), useAuth: jest.fn() }));

const staff: CurrentUser = {
  id: 'u-staff',
  username: 'staff.01',
  displayName: '招商专员一',
  role: 'INVESTMENT_STAFF',
  roles: ['INVESTMENT_STAFF'],
  chainIds: [],
  mustChangePassword: false,
  departmentId: null,
  department: null,
};

const lead = (i: number): LeadSummaryFieldsFragment => ({
  id: `lead-${i}`,
  title: `线索${i}`,
  isDemo: false,
  masked: false,
  confidential: false,
  codeName: null,
  status: 'NEW',
  source: 'OTHER',
  createdOn: '2025-12-01',
  nextAction: null,
  nextActionDue: null,
  intendedInvestment: null,
  canEdit: true,
  chain: { id: 'electronics', name: '电子信息' },
  company: null,
  owner: { id: 'u-staff', displayName: '招商专员一' },
  timing: { alerts: [], daysSinceContact: 0, lastContactOn: null, stale: false, nextActionOverdue: false, nextActionDueToday: false, firstContactOverdue: false, assessmentOverdue: false },
});
const list = (total: number, shown: number) => ({ total, leadIds: Array.from({ length: shown }, (_, i) => `lead-${i}`) });

const summary: WorkSummaryFieldsFragment = {
  today: '2025-12-10',
  chain: null,
  rules: { firstContactWorkingDays: 1, assessmentWorkingDays: 3, staleDays: 14 },
  limit: 20,
  attention: 13_000,
  leads: Array.from({ length: 20 }, (_, i) => lead(i)),
  openLeads: list(13_199, 20),
  dueToday: list(3, 3),
  overdueNextActions: list(4_321, 20),
  firstContactOverdue: list(0, 0),
  assessmentOverdue: list(0, 0),
  stale: list(20, 20),
  prospects: { total: 0, items: [] },
};

function render(element: ReactElement, path: string, work?: WorkSummaryFieldsFragment): { html: string; client: QueryClient } {
  jest.mocked(useAuth).mockReturnValue({ user: staff, token: 't', error: null, ended: null, startSession: jest.fn(), signOut: jest.fn() } satisfies AuthContextValue);
  const client = new QueryClient();
  client.setQueryData(crmKeys.chains, []);
  if (work) client.setQueryData(leadKeys.myWork, work);
  const html = renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <I18nextProvider i18n={createI18n('zh-CN')}>
          <App>{element}</App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { html, client };
}

/** The address of the link with this test id in the markup, or null. */
const linkOf = (html: string, testId: string) => {
  const tag = new RegExp(`<a [^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0];
  return tag ? (/href="([^"]*)"/.exec(tag)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
};

describe('"My work" with more leads than it shows', () => {
  const { html } = render(<MyWorkPage />, '/my-work', summary);

  it('shows each list with its full count, not the rows it shows', () => {
    expect(html).toContain('13,199');
    expect(html).toContain('4,321');
    expect(html).toContain('显示前 20 条，共 13199 条');
    expect(html).toContain('显示前 20 条，共 4321 条');
  });

  it('ends a longer list with a link to the lead table filtered on my open leads with its alarm, and a complete one without', () => {
    expect(linkOf(html, 'work-openLeads-all')).toBe(leadTableHref(sectionFilters('openLeads', null)));
    expect(linkOf(html, 'work-overdueNextActions-all')).toBe(leadTableHref(sectionFilters('overdueNextActions', null)));
    expect(html).toContain('查看全部 13199 条');
    expect(html).toContain('查看全部 4321 条');
    // Three due today, all shown; twenty stale, all shown: no link.
    expect(linkOf(html, 'work-dueToday-all')).toBeNull();
    expect(linkOf(html, 'work-stale-all')).toBeNull();
    expect(html).not.toContain('查看全部 20 条');
  });

  it('links to the chain’s leads in a chain leader’s view', () => {
    expect(leadTableHref(sectionFilters('overdueNextActions', 'health-plus'))).toContain(encodeURIComponent('"chainId":"health-plus"'));
  });
});

describe('the lead table opened from "view all"', () => {
  it('asks for the linked filters and order instead of the table it was left as', () => {
    const href = leadTableHref(sectionFilters('overdueNextActions', null));
    const { client } = render(<LeadsPage />, href);
    const asked = client
      .getQueryCache()
      .findAll({ queryKey: ['leads', 'list'] })
      .map((q) => q.queryKey[q.queryKey.length - 1]);
    expect(asked).toEqual([expect.objectContaining({ open: true, mine: true, alert: 'NEXT_ACTION_OVERDUE', sort: 'NEXT_ACTION_DUE', direction: 'ASC', offset: 0 })]);
  });
});
