import { COMPANY_TABLE, readCompanyFilters, toCompanyExportInput, toCompanyListInput, type CompanyTableState } from './filters';

const CHAIN = '29536753-62de-4959-b6f0-1095e20236df';
const NODE = '3f0c2a4e-0c57-4c1e-9a53-7f5f0e0c2d11';
const LIST = '86e8c4a4-7d81-41f6-a7b3-9a6b81690f63';

const base: CompanyTableState = { ...COMPANY_TABLE.defaults, page: 3, pageSize: 20 };

describe('toCompanyListInput', () => {
  it('sends the filters, the sort and the page as offset and limit, leaving empty filters out', () => {
    const input = toCompanyListInput({
      ...base,
      filters: { query: '  新材料 ', chainId: CHAIN, nodeId: NODE, role: 'ANCHOR', listId: LIST, tagYear: 2024, isListed: false, province: ' ', city: '成都 ' },
      sort: 'NAME',
      direction: 'ASC',
    });
    expect(input).toEqual({
      query: '新材料',
      chainId: CHAIN,
      nodeId: NODE,
      role: 'ANCHOR',
      listId: LIST,
      tagYear: 2024,
      isListed: false,
      city: '成都',
      sort: 'NAME',
      direction: 'ASC',
      offset: 40,
      limit: 20,
    });
  });

  it('sends a role only with a chain or node, and a tag year only with a list or category', () => {
    const input = toCompanyListInput({ ...base, filters: { role: 'TARGET', tagYear: 2023, listCategory: undefined } });
    expect(input).not.toHaveProperty('role');
    expect(input).not.toHaveProperty('tagYear');
    expect(toCompanyListInput({ ...base, filters: { listCategory: 'TOP_500', tagYear: 2023 } })).toMatchObject({ listCategory: 'TOP_500', tagYear: 2023 });
  });

  it('exports the same filters and sort over every page', () => {
    const state = { ...base, filters: { city: '成都' } };
    const exported = toCompanyExportInput(state);
    expect(exported).toEqual({ city: '成都', sort: base.sort, direction: base.direction });
  });
});

describe('readCompanyFilters', () => {
  it('keeps known, well-typed filters and drops the rest', () => {
    expect(readCompanyFilters({ query: '华', listCategory: 'LITTLE_GIANT', isLocal: true, tagYear: 2024.5, nodeId: 5, listId: LIST })).toEqual({
      query: '华',
      listCategory: 'LITTLE_GIANT',
      isLocal: true,
      listId: LIST,
    });
  });
});
