import { searchHitPath, searchPagePath, searchQueryOf } from './search';

describe('search', () => {
  it('opens the company, the lead, or the lead (else the company) of a contact', () => {
    expect(searchHitPath({ kind: 'COMPANY', id: 'c1', company: { id: 'c1' }, lead: null, contact: null })).toBe('/companies/c1');
    expect(searchHitPath({ kind: 'LEAD', id: 'l1', company: null, lead: { id: 'l1', masked: true, status: 'NEW' }, contact: null })).toBe('/leads/l1');
    expect(
      searchHitPath({ kind: 'CONTACT', id: 'i1', company: null, lead: null, contact: { id: 'i1', leadId: 'l2', companyId: 'c2', occurredOn: '2025-03-01', type: 'CALL' } }),
    ).toBe('/leads/l2');
    expect(
      searchHitPath({ kind: 'CONTACT', id: 'i2', company: null, lead: null, contact: { id: 'i2', leadId: null, companyId: 'c2', occurredOn: '2025-03-01', type: 'CALL' } }),
    ).toBe('/companies/c2');
  });

  it('searches from one character, trimmed, cut to the longest query the API takes', () => {
    expect(searchQueryOf(' 华 ', 100)).toBe('华');
    expect(searchQueryOf('   ', 100)).toBeNull();
    expect(searchQueryOf(null, 100)).toBeNull();
    expect(searchQueryOf('华日通讯', 2)).toBe('华日');
  });

  it('puts the query in the search page address', () => {
    expect(searchPagePath('华日 & co')).toBe('/search?q=%E5%8D%8E%E6%97%A5%20%26%20co');
  });
});
