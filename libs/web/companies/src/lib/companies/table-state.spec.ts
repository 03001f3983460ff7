import { COMPANY_TABLE, type CompanyTableState } from './filters';
import { activeFilterCount, applyTableChange, compact, normalizeColumns, readId, sortOrderOf, stateFromSettings, toTableChange, viewSettings, withFilters } from '@chainboard/web-crm';

const CHAIN = '29536753-62de-4959-b6f0-1095e20236df';
const LIST = '86e8c4a4-7d81-41f6-a7b3-9a6b81690f63';

const state: CompanyTableState = {
  filters: { query: '华为', chainId: CHAIN, role: 'ANCHOR', listId: LIST, tagYear: 2024, isListed: true, isLocal: false, city: '成都' },
  sort: 'CITY',
  direction: 'DESC',
  page: 4,
  pageSize: 50,
  columns: ['name', 'region', 'tags'],
};

describe('saved-view settings', () => {
  it('keep filters, sort, page size and columns, and come back as the same table on its first page', () => {
    const settings = JSON.parse(JSON.stringify(viewSettings(state))) as unknown;
    expect(settings).toEqual({ version: 1, filters: state.filters, sort: 'CITY', direction: 'DESC', pageSize: 50, columns: ['name', 'region', 'tags'] });
    expect(stateFromSettings(COMPANY_TABLE, settings)).toEqual({ ...state, page: 1 });
  });

  it('fall back to the defaults for anything unknown or ill-typed, field by field', () => {
    const restored = stateFromSettings(COMPANY_TABLE, {
      filters: { query: 42, chainId: 'not-an-id', role: 'BOSS', tagYear: 1800, isListed: 'yes', city: '成都', extra: 'x' },
      sort: 'RANDOM',
      direction: 'UP',
      pageSize: 7,
      columns: ['region', 'nope', 3],
    });
    expect(restored).toEqual({
      filters: { city: '成都' },
      sort: COMPANY_TABLE.defaults.sort,
      direction: COMPANY_TABLE.defaults.direction,
      page: 1,
      pageSize: COMPANY_TABLE.defaults.pageSize,
      // The name column cannot be hidden; unknown columns are dropped.
      columns: ['name', 'region'],
    });
    expect(stateFromSettings(COMPANY_TABLE, null)).toEqual(COMPANY_TABLE.defaults);
    expect(stateFromSettings(COMPANY_TABLE, 'broken')).toEqual(COMPANY_TABLE.defaults);
  });
});

describe('table state', () => {
  it('keeps columns in the table order with the fixed ones', () => {
    expect(normalizeColumns(COMPANY_TABLE, ['tags', 'creditCode'])).toEqual(['name', 'creditCode', 'tags']);
  });

  it('starts again on page 1 when the filters change', () => {
    expect(withFilters(state, { city: '重庆' })).toMatchObject({ page: 1, filters: { city: '重庆' }, sort: 'CITY' });
  });

  it('pages, and starts on page 1 with a new page size', () => {
    expect(applyTableChange(COMPANY_TABLE, state, { action: 'paginate', current: 5, pageSize: 50 })).toMatchObject({ page: 5, pageSize: 50 });
    expect(applyTableChange(COMPANY_TABLE, state, { action: 'paginate', current: 5, pageSize: 100 })).toMatchObject({ page: 1, pageSize: 100 });
  });

  it('sorts by the clicked column on page 1, and clearing the sort restores the default sort', () => {
    expect(applyTableChange(COMPANY_TABLE, state, { action: 'sort', sortField: 'NAME', order: 'ascend' })).toMatchObject({ sort: 'NAME', direction: 'ASC', page: 1 });
    expect(applyTableChange(COMPANY_TABLE, state, { action: 'sort', sortField: null, order: null })).toMatchObject({
      sort: COMPANY_TABLE.defaults.sort,
      direction: COMPANY_TABLE.defaults.direction,
      page: 1,
    });
    expect(sortOrderOf(state, 'CITY')).toBe('descend');
    expect(sortOrderOf(state, 'NAME')).toBeNull();
  });

  it("reads antd's onChange: the sorted column's key through the column → sort map", () => {
    const map = { name: 'NAME', region: 'CITY' } as const;
    expect(toTableChange({ current: 2, pageSize: 20 }, {}, 'paginate', map)).toEqual({ action: 'paginate', current: 2, pageSize: 20 });
    expect(toTableChange({}, { columnKey: 'region', order: 'descend' }, 'sort', map)).toEqual({ action: 'sort', sortField: 'CITY', order: 'descend' });
    expect(toTableChange({}, [{ columnKey: 'tags', order: 'ascend' }], 'sort', map)).toEqual({ action: 'sort', sortField: null, order: 'ascend' });
    expect(toTableChange({}, {}, 'filter', map)).toBeNull();
  });

  it('counts and drops empty filters', () => {
    expect(compact({ a: '', b: undefined, c: null, d: [], e: false, f: 0, g: ['x'] })).toEqual({ e: false, f: 0, g: ['x'] });
    expect(activeFilterCount({ query: '', isLocal: false, city: '成都' })).toBe(2);
  });
});

describe('saved filter readers', () => {
  it('keeps an id only when it is a UUID', () => {
    expect(readId('6f1c2a9e-4b3d-4c5e-9f8a-1b2c3d4e5f60')).toBe('6f1c2a9e-4b3d-4c5e-9f8a-1b2c3d4e5f60');
    expect(readId('not-an-id')).toBeUndefined();
    expect(readId(42)).toBeUndefined();
    expect(readId(undefined)).toBeUndefined();
  });
});
