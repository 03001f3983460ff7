/** @jest-environment jsdom */
import '../../test/dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { request } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import '../../i18n';
import { MyActionItemsCard } from './MyActionItemsCard';

const actions = [
  {
    id: 'a1',
    text: '协调落实项目用地指标',
    dueOn: '2025-03-07',
    status: 'OPEN',
    issueId: 'i1',
    issueTitle: '用地指标',
    meeting: { id: 'm1', title: '高端新材料产业链项目推进会', heldOn: '2025-03-03' },
    project: { id: 'p1', name: '碳纤维复合材料项目' },
  },
  { id: 'a2', text: '督促企业提交开工申请', dueOn: '2025-03-20', status: 'OPEN', issueId: null, issueTitle: null, meeting: { id: 'm2', title: '调度会', heldOn: '2025-03-10' }, project: null },
];
let open = [...actions];

jest.mock('@chainboard/web-graphql', () => ({
  ...jest.requireActual('@chainboard/web-graphql'),
  request: jest.fn(),
}));

function renderCard(lng: 'zh-CN' | 'en', props: { hideWhenEmpty?: boolean } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <I18nextProvider i18n={createI18n(lng)}>
          <App>
            <MyActionItemsCard today="2025-03-10" {...props} />
          </App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  open = [...actions];
  jest.mocked(request).mockImplementation((async (_doc: unknown, variables: { actionId?: string }) => {
    if (variables.actionId) {
      open = open.filter((a) => a.id !== variables.actionId);
      return { completeActionItem: { id: variables.actionId, status: 'DONE' } };
    }
    return { myActionItems: open };
  }) as never);
});

describe('my action items (督办事项) on My work', () => {
  it('lists each open item with its meeting, due date, lateness and the project and issue it links to', async () => {
    renderCard('zh-CN');
    const late = await screen.findByRole('listitem', { name: '协调落实项目用地指标' });
    expect(within(late).getByText('已逾期3天')).toBeTruthy();
    expect(within(late).getByRole('link', { name: '高端新材料产业链项目推进会（2025-03-03）' }).getAttribute('href')).toBe('/meetings/m1');
    expect(within(late).getByRole('link', { name: '碳纤维复合材料项目' }).getAttribute('href')).toBe('/projects/p1');
    expect(within(late).getByRole('link', { name: '用地指标' }).getAttribute('href')).toBe('/projects/p1');
    const later = screen.getByRole('listitem', { name: '督促企业提交开工申请' });
    expect(within(later).queryByText(/已逾期/)).toBeNull();
    expect(screen.getByText('1项已逾期')).toBeTruthy();
  });

  it('ticks an item off and drops it from the list', async () => {
    renderCard('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Mark “协调落实项目用地指标” done' }));
    expect(await screen.findByText('Done: 协调落实项目用地指标')).toBeTruthy();
    expect(jest.mocked(request)).toHaveBeenCalledWith(expect.anything(), { actionId: 'a1' });
    await screen.findByRole('listitem', { name: '督促企业提交开工申请' });
    expect(screen.queryByRole('listitem', { name: '协调落实项目用地指标' })).toBeNull();
    expect(screen.queryByText(/Overdue/)).toBeNull();
  });

  it('says when there is nothing open, or shows nothing where asked', async () => {
    open = [];
    jest.mocked(request).mockResolvedValue({ myActionItems: [] } as never);
    const { unmount } = renderCard('en');
    expect(await screen.findByText('No open action items')).toBeTruthy();
    unmount();
    jest.mocked(request).mockClear();
    const { container } = renderCard('en', { hideWhenEmpty: true });
    await waitFor(() => expect(jest.mocked(request)).toHaveBeenCalled());
    expect(container.querySelector('[data-testid="my-action-items"]')).toBeNull();
  });

  it('shows the first twenty, earliest due first, and twenty more at a time while there are more', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...actions[1], id: `m${i}`, text: `督办事项${i + 1}`, dueOn: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}` }));
    jest.mocked(request).mockImplementation((async (_doc: unknown, variables: { limit?: number }) => ({ myActionItems: many.slice(0, variables.limit) })) as never);
    renderCard('zh-CN');
    await screen.findByRole('listitem', { name: '督办事项20' });
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(jest.mocked(request)).toHaveBeenLastCalledWith(expect.anything(), { limit: 21 });
    expect(screen.getByText('9项已逾期')).toBeTruthy();
    expect(screen.getByRole('button', { name: '再显示20项' })).toBeTruthy();
    const more = async () => {
      // The button waits while the previous "more" is read.
      await waitFor(() => expect(screen.getByTestId('my-action-items-more').className).not.toContain('ant-btn-loading'));
      fireEvent.click(screen.getByTestId('my-action-items-more'));
    };
    await more();
    await screen.findByRole('listitem', { name: '督办事项40' }, { timeout: 5000 });
    expect(jest.mocked(request)).toHaveBeenLastCalledWith(expect.anything(), { limit: 41 });
    await more();
    await screen.findByRole('listitem', { name: '督办事项45' }, { timeout: 5000 });
    expect(screen.getAllByRole('listitem')).toHaveLength(45);
    expect(screen.queryByTestId('my-action-items-more')).toBeNull();
  });
});
