/** @jest-environment jsdom */
import '../../test/dom';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@chainboard/web-graphql';
import { renderDom } from '../../test/render-dom';
import { QueryState } from './QueryState';

function Chains({ fetchChains }: { fetchChains: () => Promise<string[]> }) {
  const query = useQuery({ queryKey: ['chains'], queryFn: fetchChains });
  return (
    <QueryState query={query} emptyDescription="No chains yet">
      {(chains) => (
        <ul>
          {chains.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}

describe('QueryState with a react-query query', () => {
  it('goes from loading to the error, and after Retry to the data', async () => {
    const user = userEvent.setup({ delay: null });
    const fetchChains = jest.fn().mockRejectedValueOnce(new ApiError('NETWORK', '')).mockResolvedValueOnce(['Electronic information']);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderDom(
      <QueryClientProvider client={client}>
        <Chains fetchChains={fetchChains} />
      </QueryClientProvider>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach the server');
    await user.click(screen.getByRole('button', { name: /Retry/ }));
    expect(await screen.findByText('Electronic information')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetchChains).toHaveBeenCalledTimes(2);
  });

  it('shows the empty state when the list is empty', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderDom(
      <QueryClientProvider client={client}>
        <Chains fetchChains={async () => []} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('No chains yet')).toBeTruthy();
  });
});
