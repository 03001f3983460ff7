import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { useAuth, type AuthContextValue, type CurrentUser } from '@chainboard/web-auth';
import { companyKeys, crmKeys } from '@chainboard/web-crm';
import { createI18n } from '@chainboard/web-ui';
import { CompaniesPage } from './CompaniesPage';

// The company table opens on the signed-in user's own chain (rendered to static markup for a mocked user).

jest.mock('@chainboard/web-auth', () => ({ ...jest.requireActual('@chainboard/web-auth'), useAuth: jest.fn() }));

const chains = [
  { id: 'new-materials', code: 'new-materials', name: '高端新材料', sortOrder: 1, leaderId: 'u-materials', leadDepartmentId: 'd-jkx' },
  { id: 'health-plus', code: 'health-plus', name: '健康+', sortOrder: 3, leaderId: 'u-health', leadDepartmentId: 'd-wjj' },
];

function companyListsAsked(user: CurrentUser): unknown[] {
  jest.mocked(useAuth).mockReturnValue({ user, token: 't', error: null, ended: null, startSession: jest.fn(), signOut: jest.fn() } satisfies AuthContextValue);
  const client = new QueryClient();
  client.setQueryData(crmKeys.chains, chains);
  renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/companies']}>
        <I18nextProvider i18n={createI18n('zh-CN')}>
          <App>
            <CompaniesPage />
          </App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client
    .getQueryCache()
    .findAll({ queryKey: [...companyKeys.all, 'list'] })
    .map((query) => query.queryKey[query.queryKey.length - 1]);
}

describe('the company table', () => {
  it("opens filtered on the chain leader's own chain, and unfiltered for a user without one", () => {
    const base = { username: 'u', displayName: 'u', department: null, departmentId: null, chainIds: [], mustChangePassword: false };
    expect(companyListsAsked({ ...base, id: 'u-health', role: 'CHAIN_LEADER', roles: ['CHAIN_LEADER'] })).toEqual([expect.objectContaining({ chainId: 'health-plus' })]);
    expect(companyListsAsked({ ...base, id: 'u-staff', role: 'INVESTMENT_STAFF', roles: ['INVESTMENT_STAFF'] })).toEqual([
      expect.not.objectContaining({ chainId: expect.anything() }),
    ]);
  });
});
