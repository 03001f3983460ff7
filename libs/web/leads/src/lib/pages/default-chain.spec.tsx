import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { useAuth, type AuthContextValue, type CurrentUser } from '@chainboard/web-auth';
import { crmKeys } from '@chainboard/web-crm';
import type { CrmChainFieldsFragment, ProspectListInput } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import { LEAD_TABLE } from '../filters';
import { leadKeys } from '../hooks';
import { LeadsPage } from './LeadsPage';
import { MyWorkPage } from './MyWorkPage';
import { ProspectsPage } from './ProspectsPage';

// Every page with a chain filter opens on the signed-in user's own chain (the domain's defaultChainId, through
// useDefaultChainId): the pages are rendered to static markup for a mocked signed-in user, with the chains cached.

jest.mock('@chainboard/web-auth', () => ({ ...jest.requireActual('@chainboard/web-auth'), useAuth: jest.fn() }));

const chains: CrmChainFieldsFragment[] = [
  { id: 'new-materials', code: 'new-materials', name: '高端新材料', sortOrder: 1, leaderId: 'u-materials', leadDepartmentId: 'd-jkx' },
  { id: 'electronics', code: 'electronic-information', name: '电子信息', sortOrder: 2, leaderId: 'u-electronics', leadDepartmentId: 'd-xjj' },
  { id: 'health-plus', code: 'health-plus', name: '健康+', sortOrder: 3, leaderId: 'u-health', leadDepartmentId: 'd-wjj' },
  { id: 'fashion-plus', code: 'fashion-plus', name: '时尚+', sortOrder: 4, leaderId: 'u-fashion', leadDepartmentId: 'd-wgl' },
];

const user = (id: string, role: CurrentUser['role'], departmentId: string | null = null): CurrentUser => ({
  id,
  username: id,
  displayName: id,
  role,
  roles: [role],
  chainIds: [],
  mustChangePassword: false,
  departmentId,
  department: null,
});
const healthLeader = user('u-health', 'CHAIN_LEADER');
const staff = user('u-staff', 'INVESTMENT_STAFF');
const wjjMember = user('u-wjj', 'LEAD_DEPARTMENT_MEMBER', 'd-wjj');

function signedIn(current: CurrentUser) {
  jest.mocked(useAuth).mockReturnValue({ user: current, token: 't', error: null, ended: null, startSession: jest.fn(), signOut: jest.fn() } satisfies AuthContextValue);
}

function render(element: ReactElement, path: string): { html: string; client: QueryClient } {
  const client = new QueryClient();
  client.setQueryData(crmKeys.chains, chains);
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

/** The inputs of the queries a page asked for under a key root (what it would fetch). */
function askedInputs(client: QueryClient, root: readonly unknown[]): unknown[] {
  return client
    .getQueryCache()
    .findAll({ queryKey: root })
    .map((query) => query.queryKey[query.queryKey.length - 1]);
}

describe('the prospects page (目标企业)', () => {
  it("opens on the chain leader's own chain, not on the first chain", () => {
    signedIn(healthLeader);
    const { html, client } = render(<ProspectsPage />, '/prospects');
    expect(html).toContain('健康+');
    expect(html).not.toContain('高端新材料');
    expect(askedInputs(client, leadKeys.prospects({}).slice(0, 1))).toEqual([expect.objectContaining({ chainId: 'health-plus' } satisfies Partial<ProspectListInput>)]);
  });

  it('opens on the chain the lead department leads, for its members', () => {
    signedIn(wjjMember);
    expect(render(<ProspectsPage />, '/prospects').html).toContain('健康+');
  });

  it('opens on the first chain for a user without one, and on the chain the address names for anyone', () => {
    signedIn(staff);
    expect(render(<ProspectsPage />, '/prospects').html).toContain('高端新材料');
    signedIn(healthLeader);
    const named = render(<ProspectsPage />, '/prospects?chain=fashion-plus').html;
    expect(named).toContain('时尚+');
    expect(named).not.toContain('健康+');
  });
});

describe('the lead table', () => {
  it("opens filtered on the chain leader's own chain, and unfiltered for a user without one", () => {
    signedIn(healthLeader);
    const leader = render(<LeadsPage />, '/leads');
    expect(leader.html).toContain('健康+');
    expect(askedInputs(leader.client, ['leads', 'list'])).toEqual([expect.objectContaining({ chainId: 'health-plus' })]);

    signedIn(staff);
    const other = render(<LeadsPage />, '/leads');
    expect(askedInputs(other.client, ['leads', 'list'])).toEqual([expect.not.objectContaining({ chainId: expect.anything() })]);
    expect(LEAD_TABLE.defaults.filters).not.toHaveProperty('chainId');
  });
});

describe('"My work"', () => {
  it("opens on the chain the leader leads, and on one's own leads for anyone else", () => {
    signedIn(healthLeader);
    const leader = render(<MyWorkPage />, '/my-work');
    expect(askedInputs(leader.client, leadKeys.chainWork('health-plus').slice(0, 2))).toEqual(['health-plus']);

    signedIn(staff);
    const other = render(<MyWorkPage />, '/my-work');
    expect(other.client.getQueryCache().findAll({ queryKey: leadKeys.chainWork('health-plus') })).toEqual([]);
    expect(other.client.getQueryCache().find({ queryKey: leadKeys.myWork })).toBeDefined();
  });
});
