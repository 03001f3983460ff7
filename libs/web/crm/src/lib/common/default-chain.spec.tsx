import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { Role, type Actor } from '@chainboard/domain';
import { defaultsOnChain, type TableState } from '../tables/table-state';
import { useDefaultChainId, type DefaultChain } from './default-chain';
import { crmKeys } from './hooks';

const chains = [
  { id: 'new-materials', code: 'new-materials', name: '高端新材料', sortOrder: 1, leaderId: 'u-materials', leadDepartmentId: 'd-jkx' },
  { id: 'health-plus', code: 'health-plus', name: '健康+', sortOrder: 3, leaderId: 'u-health', leadDepartmentId: 'd-wjj' },
];

function defaultChain(actor: Actor | null, cached = true): DefaultChain {
  const client = new QueryClient();
  if (cached) client.setQueryData(crmKeys.chains, chains);
  let result: DefaultChain | undefined;
  function Probe() {
    result = useDefaultChainId(actor);
    return null;
  }
  renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <Probe />
    </QueryClientProvider>,
  );
  if (!result) throw new Error('the hook did not run');
  return result;
}

describe('useDefaultChainId', () => {
  it("is the chain the user leads, else the one their department leads, else none", () => {
    expect(defaultChain({ id: 'u-health', role: Role.CHAIN_LEADER, departmentId: null })).toEqual({ chainId: 'health-plus', isPending: false });
    expect(defaultChain({ id: 'u-jkx', role: Role.LEAD_DEPARTMENT_MEMBER, departmentId: 'd-jkx' })).toEqual({ chainId: 'new-materials', isPending: false });
    expect(defaultChain({ id: 'u-staff', role: Role.INVESTMENT_STAFF, departmentId: null })).toEqual({ chainId: null, isPending: false });
    expect(defaultChain(null)).toEqual({ chainId: null, isPending: false });
  });

  it('is pending while the chains load', () => {
    expect(defaultChain({ id: 'u-health', role: Role.CHAIN_LEADER, departmentId: null }, false)).toEqual({ chainId: null, isPending: true });
  });
});

describe('defaultsOnChain', () => {
  const defaults: TableState<{ chainId?: string; query?: string }, 'NAME'> = { filters: {}, sort: 'NAME', direction: 'ASC', page: 1, pageSize: 20, columns: ['name'] };

  it("filters a table's defaults on the user's own chain, and leaves them as they are without one", () => {
    expect(defaultsOnChain(defaults, 'health-plus')).toEqual({ ...defaults, filters: { chainId: 'health-plus' } });
    expect(defaultsOnChain(defaults, null)).toBe(defaults);
  });
});
