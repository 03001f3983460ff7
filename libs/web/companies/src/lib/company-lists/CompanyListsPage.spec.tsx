import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { AuthProvider, authKeys, type CurrentUser } from '@chainboard/web-auth';
import { tokenStore, type CompanyListFieldsFragment, type Role } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import { CompanyListsPage } from './CompanyListsPage';
import { companyListKeys } from './hooks';

// Rendered to static markup (no DOM needed), signed in as the given user, with the lists already fetched.

const lists: CompanyListFieldsFragment[] = [
  { id: 'l1', name: '世界500强', category: 'TOP_500', level: null, publisher: '《财富》（Fortune Global 500）', tagCount: 3 },
  { id: 'l2', name: '专精特新“小巨人”企业（省级）', category: 'LITTLE_GIANT', level: 'PROVINCIAL', publisher: null, tagCount: 0 },
];

const user = (role: Role): CurrentUser => ({ id: 'u1', username: 'someone', displayName: '某用户', role, roles: [role], chainIds: [], mustChangePassword: false, departmentId: null });

function render(role: Role, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  const client = new QueryClient();
  client.setQueryData(authKeys.me, user(role));
  client.setQueryData(companyListKeys.managed, lists);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <I18nextProvider i18n={createI18n(language)}>
          <App>
            <AuthProvider>
              <CompanyListsPage />
            </AuthProvider>
          </App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeAll(() => tokenStore.set('token'));
afterAll(() => tokenStore.clear());

describe('CompanyListsPage', () => {
  it('shows an admin every list with its category, level (or none), publisher and tag count', () => {
    const html = render('ADMIN');
    expect(html).toContain('企业名录');
    for (const text of ['世界500强', '《财富》（Fortune Global 500）', '专精特新“小巨人”企业（省级）', '>500强</span>', '>专精特新“小巨人”</span>', '>省级</td>', '>—</td>', '>3</td>', '标签数']) {
      expect(html).toContain(text);
    }
  });

  it('speaks English: categories and levels translated', () => {
    const html = render('ADMIN', 'en');
    for (const text of ['Company lists', '>Top 500</span>', '>Little giant</span>', '>provincial</td>', 'Publisher', 'Tags']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('>省级</td>');
    expect(html).toContain('aria-label="Edit the list &quot;世界500强&quot;"');
  });

  it('offers an admin to add, edit and delete each list', () => {
    const html = render('ADMIN');
    expect(html).toContain('新增名单');
    for (const list of lists) {
      expect(html).toContain(`aria-label="编辑名单“${list.name}”"`);
      expect(html).toContain(`aria-label="删除名单“${list.name}”"`);
    }
  });

  it('shows anyone else that they may not, without the lists or their actions', () => {
    for (const role of ['INVESTMENT_STAFF', 'DISTRICT_LEADER', 'VIEWER'] as const) {
      const html = render(role);
      expect(html).toContain('您没有访问此页面的权限');
      expect(html).toContain('href="/"');
      expect(html).not.toContain('世界500强');
      expect(html).not.toContain('新增名单');
      expect(html).not.toContain('aria-label="编辑名单');
    }
    expect(render('VIEWER', 'en')).toContain('You do not have permission to view this page');
  });
});

describe('companyListKeys', () => {
  it('sit under the key of the company filters and tag pickers: a change to the lists refreshes them all', async () => {
    const client = new QueryClient();
    client.setQueryData(companyListKeys.all, lists);
    client.setQueryData(companyListKeys.managed, lists);
    await client.invalidateQueries({ queryKey: companyListKeys.all });
    expect(client.getQueryState(companyListKeys.all)?.isInvalidated).toBe(true);
    expect(client.getQueryState(companyListKeys.managed)?.isInvalidated).toBe(true);
  });
});
