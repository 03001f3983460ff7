import { stateFromSettings, viewSettings } from '@chainboard/web-crm';
import { LEAD_TABLE, toLeadExportInput, toLeadListInput, type LeadTableState } from './filters';

const CHAIN = '29536753-62de-4959-b6f0-1095e20236df';
const NODE = '3f0c2a4e-0c57-4c1e-9a53-7f5f0e0c2d11';
const OWNER = '5b1f6d0e-7c8a-4d2b-9e3f-0a1b2c3d4e5f';

const base: LeadTableState = { ...LEAD_TABLE.defaults, filters: {}, page: 2, pageSize: 20 };

describe('toLeadListInput', () => {
  it('sends each filter as LeadListInput names it, with the sort and the page', () => {
    expect(
      toLeadListInput({
        ...base,
        filters: { query: ' 研发中心 ', chainId: CHAIN, nodeId: NODE, statuses: ['NEW', 'CONTACTED'], open: true, ownerId: OWNER, source: 'EXHIBITION', isLocal: false },
        sort: 'NEXT_ACTION_DUE',
        direction: 'ASC',
      }),
    ).toEqual({
      query: '研发中心',
      chainId: CHAIN,
      nodeId: NODE,
      statuses: ['NEW', 'CONTACTED'],
      open: true,
      ownerId: OWNER,
      source: 'EXHIBITION',
      isLocal: false,
      sort: 'NEXT_ACTION_DUE',
      direction: 'ASC',
      offset: 20,
      limit: 20,
    });
  });

  it('asks for "mine" instead of an owner when both are set', () => {
    const input = toLeadListInput({ ...base, filters: { mine: true, ownerId: OWNER } });
    expect(input).toMatchObject({ mine: true });
    expect(input).not.toHaveProperty('ownerId');
  });

  it('asks for open leads with an alert (only open leads raise one), and leaves unset flags out', () => {
    expect(toLeadListInput({ ...base, filters: { alert: 'STALE' } })).toMatchObject({ alert: 'STALE', open: true });
    const plain = toLeadListInput({ ...base, filters: { open: false, mine: false, statuses: [] } });
    expect(plain).not.toHaveProperty('open');
    expect(plain).not.toHaveProperty('mine');
    expect(plain).not.toHaveProperty('statuses');
  });

  it('exports every page of the same filters', () => {
    expect(toLeadExportInput({ ...base, filters: { mine: true } })).toEqual({ mine: true, sort: base.sort, direction: base.direction });
  });
});

describe('lead table saved views', () => {
  it('come back as they were saved, on the first page', () => {
    const state: LeadTableState = {
      filters: { alert: 'FIRST_CONTACT_OVERDUE', chainId: CHAIN, statuses: ['VISITED'], mine: true, source: 'ONLINE' },
      sort: 'LAST_CONTACT_ON',
      direction: 'ASC',
      page: 5,
      pageSize: 100,
      columns: ['title', 'status', 'alerts'],
    };
    expect(stateFromSettings(LEAD_TABLE, JSON.parse(JSON.stringify(viewSettings(state))))).toEqual({ ...state, page: 1 });
  });

  it('drop unknown statuses and values', () => {
    const restored = stateFromSettings(LEAD_TABLE, { filters: { statuses: ['NEW', 'LOST'], alert: 'LATE', open: 1 }, columns: ['owner'] });
    expect(restored.filters).toEqual({ statuses: ['NEW'] });
    expect(restored.columns).toEqual(['title', 'owner']);
  });
});
