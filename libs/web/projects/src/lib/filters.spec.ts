import { PROJECT_TABLE, projectFiltersFromSearch, readProjectFilters, toProjectExportInput, toProjectListInput } from './filters';

const CHAIN = '3f0c2a4e-1111-4222-8333-444455556666';
const OWNER = '3f0c2a4e-1111-4222-8333-444455556667';

describe('the ledger filters', () => {
  it('read saved filters, keeping only known, well-typed values', () => {
    expect(
      readProjectFilters({ chainId: CHAIN, stages: ['SIGNED', 'NOPE'], tiers: ['TIER_30_PLUS'], lights: 'RED', signedFrom: '2026-01-01', signedTo: '1 Jan', mine: 'yes', isDemo: false, extra: 1 }),
    ).toEqual({ chainId: CHAIN, stages: ['SIGNED'], tiers: ['TIER_30_PLUS'], signedFrom: '2026-01-01', isDemo: false });
  });

  it('become the ledger query (mine wins over an owner) and the export (every page)', () => {
    const state = { ...PROJECT_TABLE.defaults, page: 3, filters: { query: ' 京东 ', chainId: CHAIN, mine: true, ownerId: OWNER, lights: ['RED' as const] } };
    expect(toProjectListInput(state)).toEqual({ query: '京东', chainId: CHAIN, mine: true, lights: ['RED'], sort: 'UPDATED_AT', direction: 'DESC', offset: 40, limit: 20 });
    expect(toProjectExportInput(state)).toEqual({ query: '京东', chainId: CHAIN, mine: true, lights: ['RED'], sort: 'UPDATED_AT', direction: 'DESC' });
  });
});

describe('ledger filters named in an address', () => {
  const chainId = '2b8f0c1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

  it('reads lists, ids and yes/no the way the ledger reads its saved filters', () => {
    const raw = projectFiltersFromSearch(`?chainId=${chainId}&lights=RED,YELLOW&stages=SIGNED&isDemo=false`);
    expect(readProjectFilters(raw as Record<string, unknown>)).toEqual({ chainId, lights: ['YELLOW', 'RED'], stages: ['SIGNED'], isDemo: false });
  });

  it('names no filter for an address without any, or with only unknown or malformed ones', () => {
    expect(projectFiltersFromSearch('')).toBeUndefined();
    expect(projectFiltersFromSearch('?page=2&lights=PURPLE&chainId=not-an-id')).toBeUndefined();
  });
});
