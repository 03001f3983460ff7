import { QueryClient, QueryClientProvider, QueryObserver } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { request, type LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { leadDetailQuery, leadsQuery, moveLeadMutation } from './documents';
import { leadKeys, leadQueryOptions, useMoveLead } from './hooks';

jest.mock('@chainboard/web-graphql', () => ({ ...jest.requireActual('@chainboard/web-graphql'), request: jest.fn() }));

const requested = jest.mocked(request);

const timing = {
  alerts: [],
  firstContactDue: '2025-03-04',
  firstContactOn: '2025-03-03',
  firstContactOverdue: false,
  assessmentDue: '2025-03-06',
  assessedOn: null,
  assessmentOverdue: false,
  lastContactOn: '2025-03-03',
  daysSinceContact: 2,
  nextActionOverdue: false,
  nextActionDueToday: false,
  stale: false,
};
const lead: LeadDetailFieldsFragment = {
  id: 'l1',
  title: '华日通讯拟设西南研发中心',
  isDemo: false,
  masked: false,
  confidential: false,
  codeName: null,
  status: 'NEW',
  source: 'DOOR_TO_DOOR',
  createdOn: '2025-03-01',
  nextAction: null,
  nextActionDue: null,
  intendedInvestment: null,
  canEdit: true,
  version: 1,
  chainId: 'c1',
  companyId: 'co1',
  ownerId: 'u1',
  closeReason: null,
  createdAt: '2025-03-01T08:00:00Z',
  updatedAt: '2025-03-01T08:00:00Z',
  projectId: null,
  project: null,
  prospect: null,
  nodes: [],
  timing,
  contactCount: 0,
  chain: { id: 'c1', name: '电子信息' },
  company: { id: 'co1', name: '成都华日通讯有限公司' },
  owner: { id: 'u1', displayName: '招商专员一' },
};
const moved: LeadDetailFieldsFragment = { ...lead, status: 'CONTACTED', version: 2, updatedAt: '2025-03-05T08:00:00Z' };

/** Runs the hook in a component rendered to static markup (no DOM needed), then hands back what it returned. */
function renderHook<T>(client: QueryClient, hook: () => T): T {
  let result: T | undefined;
  function Probe() {
    result = hook();
    return null;
  }
  renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <Probe />
    </QueryClientProvider>,
  );
  if (result === undefined) throw new Error('the hook did not run');
  return result;
}

describe('the status move of a lead', () => {
  let client: QueryClient;

  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    requested.mockReset();
  });

  afterEach(() => client.clear());

  it('writes the lead it answers with into the lead page’s query, in one round trip: the lead is not read again', async () => {
    requested.mockImplementation(async (document) => {
      if (document === moveLeadMutation) return { moveLead: moved };
      if (document === leadsQuery) return { leads: { total: 1, offset: 0, limit: 20, items: [] } };
      throw new Error('the lead page would read the lead again');
    });
    // The lead page is on screen (its query observed), and so is a lead list.
    client.setQueryData(leadKeys.detail('l1'), lead);
    const listInput = { limit: 20 };
    client.setQueryData(leadKeys.list(listInput), { total: 1, offset: 0, limit: 20, items: [] });
    const page = new QueryObserver(client, { ...leadQueryOptions('l1'), staleTime: Infinity }).subscribe(() => undefined);
    const list = new QueryObserver(client, {
      queryKey: leadKeys.list(listInput),
      queryFn: async () => (await request(leadsQuery, { input: listInput })).leads,
      staleTime: Infinity,
    }).subscribe(() => undefined);
    try {
      const move = renderHook(client, () => useMoveLead());
      await move.mutateAsync({ leadId: 'l1', status: 'CONTACTED', expectedVersion: 1 });

      expect(client.getQueryData(leadKeys.detail('l1'))).toEqual(moved);
      expect(client.getQueryState(leadKeys.detail('l1'))?.isInvalidated).toBe(false);
      const documents = requested.mock.calls.map(([document]) => document);
      expect(documents.filter((document) => document === leadDetailQuery)).toHaveLength(0);
      expect(documents.filter((document) => document === moveLeadMutation)).toHaveLength(1);
      expect(documents.filter((document) => document === leadsQuery)).toHaveLength(1); // the list still follows the move
    } finally {
      page();
      list();
    }
  });

  it('writes nothing when the move is refused', async () => {
    requested.mockRejectedValue(new Error('refused'));
    client.setQueryData(leadKeys.detail('l1'), lead);
    const move = renderHook(client, () => useMoveLead());
    await expect(move.mutateAsync({ leadId: 'l1', status: 'CONTACTED', expectedVersion: 1 })).rejects.toThrow('refused');
    expect(client.getQueryData(leadKeys.detail('l1'))).toEqual(lead);
  });
});
