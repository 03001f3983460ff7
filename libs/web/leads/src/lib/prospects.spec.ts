import { prospectListChainId, toAddProspectInput, toProspectListInput } from './prospects';

describe('prospects', () => {
  it('adds an existing company, or a new one by name, with priority, assignee and reason', () => {
    expect(toAddProspectInput({ companyMode: 'existing', companyId: 'co1', nodeId: 'n1', priority: 'HIGH', assigneeId: 'u1', reason: ' 中国企业500强 ' })).toEqual({
      companyId: 'co1',
      nodeId: 'n1',
      priority: 'HIGH',
      assigneeId: 'u1',
      reason: '中国企业500强',
    });
    expect(toAddProspectInput({ companyMode: 'new', companyName: ' 蓉芯微测 ', companyId: 'ignored', nodeId: 'n1', priority: 'LOW', reason: '' })).toEqual({
      company: { name: '蓉芯微测' },
      nodeId: 'n1',
      priority: 'LOW',
    });
  });

  it('lists a chain’s or a node’s prospects, converted or not, page by page', () => {
    expect(toProspectListInput({ chainId: 'c1', nodeId: null, state: 'open' }, 1, 20)).toEqual({ chainId: 'c1', converted: false, offset: 0, limit: 20 });
    expect(toProspectListInput({ chainId: 'c1', nodeId: 'n1', priority: 'HIGH', state: 'converted' }, 3, 10)).toEqual({
      chainId: 'c1',
      nodeId: 'n1',
      priority: 'HIGH',
      converted: true,
      offset: 20,
      limit: 10,
    });
    expect(toProspectListInput({ chainId: 'c1', state: 'all' }, 1, 50)).not.toHaveProperty('converted');
  });

  it('opens on the user’s own chain when the address names none, else on the first chain', () => {
    const chains = [{ id: 'new-materials' }, { id: 'health-plus' }];
    expect(prospectListChainId('health-plus', chains)).toBe('health-plus');
    expect(prospectListChainId(null, chains)).toBe('new-materials');
    expect(prospectListChainId(null, [])).toBeNull();
  });
});
