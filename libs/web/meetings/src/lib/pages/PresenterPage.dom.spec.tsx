/** @jest-environment jsdom */
import '../../test/dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createI18n } from '@chainboard/web-ui';
import '../../i18n';
import { PresenterPage } from './PresenterPage';

const item = (n: number, kind: string, projectId: string | null = null) => ({
  id: `i${n}`,
  position: n - 1,
  kind,
  refKind: projectId ? 'PROJECT' : null,
  refId: projectId,
  projectId,
  title: `Item ${n}`,
  summary: `Summary ${n}`,
  carriedCount: kind === 'CARRIED_ACTION' ? 2 : 0,
  discussion: null,
  decisions: [],
});

const meeting = {
  id: 'm1',
  title: 'Weekly meeting',
  heldOn: '2025-03-10',
  place: null,
  status: 'IN_PROGRESS',
  allChains: true,
  isDemo: false,
  periodFrom: '2025-03-03',
  periodTo: '2025-03-10',
  chains: [],
  chair: null,
  frozen: false,
  canManage: true,
  canRecord: true,
  attendees: [],
  items: [item(1, 'CARRIED_ACTION'), item(2, 'STAGE_MOVE', 'p1'), item(3, 'COUNTERS')],
  actions: [],
  closures: [],
  figures: { issueClosure: { closed: 0, total: 0, percent: 0 }, actionsOnTime: { onTime: 0, due: 0, percent: 0 }, projectsMoved: 1, signed: 0, signedAmount: '0' },
};

const project = {
  id: 'p1',
  name: 'Project one',
  stage: 'SIGNED',
  light: 'YELLOW',
  agreedInvestment: '12.5',
  fundsInPlace: '3',
  owner: { id: 'u1', displayName: 'Owner One' },
  chain: { id: 'c1', name: 'Chain one' },
  latestUpdate: { text: 'Site chosen', createdOn: '2025-03-07' },
};

jest.mock('@chainboard/web-graphql', () => ({
  ...jest.requireActual('@chainboard/web-graphql'),
  request: jest.fn(async (_doc: unknown, variables: { id: string }) => (variables.id === 'm1' ? { meeting } : { project })),
}));

function renderPresenter() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/meetings/m1/present']}>
        <I18nextProvider i18n={createI18n('en')}>
          <App>
            <Routes>
              <Route path="/meetings/:id/present" element={<PresenterPage />} />
              <Route path="/meetings/:id" element={<div>meeting page</div>} />
            </Routes>
          </App>
        </I18nextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the presenter view', () => {
  it('walks the agenda with the keyboard, showing the project’s key facts and latest update', async () => {
    renderPresenter();
    expect(await screen.findByRole('heading', { name: 'Item 1' })).toBeTruthy();
    expect(screen.getByText(/Item 1 of 3/)).toBeTruthy();
    expect(screen.getByText('Open for 2 meetings')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByRole('heading', { name: 'Item 2' })).toBeTruthy();
    expect(await screen.findByText('Site chosen')).toBeTruthy();
    expect(screen.getByText('Owner One')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByRole('heading', { name: 'Item 3' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(await screen.findByRole('heading', { name: 'Item 2' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByText('meeting page')).toBeTruthy();
  });
});
