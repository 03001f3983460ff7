import { QueryClient, QueryClientProvider, QueryObserver, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ApiError } from './api-error';
import { useInvalidatingMutation, type InvalidatedKeys, type InvalidatingMutationOptions } from './query-cache';

// The hook runs in a component rendered to static markup (no DOM needed); the mutation it returns is then run directly.

function renderMutation<TVariables, TData>(
  client: QueryClient,
  mutationFn: (variables: TVariables) => Promise<TData>,
  keys: InvalidatedKeys<TVariables, TData>,
  options?: InvalidatingMutationOptions<TVariables, TData>,
): UseMutationResult<TData, ApiError, TVariables> {
  let result: UseMutationResult<TData, ApiError, TVariables> | undefined;
  function Probe() {
    result = useInvalidatingMutation(mutationFn, keys, options);
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

const invalidated = (client: QueryClient, queryKey: QueryKey) => client.getQueryState(queryKey)?.isInvalidated;

describe('useInvalidatingMutation', () => {
  let client: QueryClient;

  beforeEach(() => {
    client = new QueryClient();
    for (const key of [['companies', 'list', 1], ['companies', 'detail', 'c1'], ['leads'], ['chainMap', 'page', 'ch1'], ['work']]) {
      client.setQueryData(key, 'cached');
    }
  });

  afterEach(() => client.clear());

  it('invalidates every query under the listed keys after success, and no other', async () => {
    const mutation = renderMutation(client, async (id: string) => `saved ${id}`, [['companies'], ['chainMap']]);
    await expect(mutation.mutateAsync('c1')).resolves.toBe('saved c1');

    expect(invalidated(client, ['companies', 'list', 1])).toBe(true);
    expect(invalidated(client, ['companies', 'detail', 'c1'])).toBe(true);
    expect(invalidated(client, ['chainMap', 'page', 'ch1'])).toBe(true);
    expect(invalidated(client, ['leads'])).toBe(false);
    expect(invalidated(client, ['work'])).toBe(false);
  });

  it('invalidates nothing when the mutation fails', async () => {
    const refuse = async (): Promise<string> => {
      throw new Error('refused');
    };
    const mutation = renderMutation<string, string>(client, refuse, [['companies'], ['leads'], ['chainMap'], ['work']]);
    await expect(mutation.mutateAsync('c1')).rejects.toThrow('refused');

    for (const key of [['companies', 'list', 1], ['companies', 'detail', 'c1'], ['leads'], ['chainMap', 'page', 'ch1'], ['work']]) {
      expect(invalidated(client, key)).toBe(false);
    }
  });

  it('works the keys out from the variables and the answer', async () => {
    const keys = jest.fn((id: string, answer: { leadId: string }) => [['companies', 'detail', id], ['leads', answer.leadId]]);
    client.setQueryData(['leads', 'l7'], 'cached');
    const mutation = renderMutation(client, async (id: string) => ({ leadId: `l${id.length + 5}` }), keys);
    await mutation.mutateAsync('c1');

    expect(keys).toHaveBeenCalledWith('c1', { leadId: 'l7' });
    expect(invalidated(client, ['companies', 'detail', 'c1'])).toBe(true);
    expect(invalidated(client, ['leads', 'l7'])).toBe(true);
    expect(invalidated(client, ['companies', 'list', 1])).toBe(false);
    expect(invalidated(client, ['leads'])).toBe(false);
  });

  it('resolves only once the queries on screen have been read again', async () => {
    let reads = 0;
    const queryFn = () => new Promise<number>((resolve) => setTimeout(() => resolve(++reads), 20));
    await client.prefetchQuery({ queryKey: ['work', 'mine'], queryFn });
    const unsubscribe = new QueryObserver(client, { queryKey: ['work', 'mine'], queryFn, staleTime: Infinity }).subscribe(() => undefined);
    try {
      const mutation = renderMutation(client, async () => 'done', [['work']]);
      await mutation.mutateAsync(undefined);
      expect(client.getQueryData(['work', 'mine'])).toBe(2);
    } finally {
      unsubscribe();
    }
  });

  it('writes the answer into the queries that hold the record, and reads only the others again', async () => {
    const read = jest.fn(async () => 'read again');
    client.setQueryData(['leads', 'detail', 'l1'], { id: 'l1', status: 'NEW' });
    client.setQueryData(['leads', 'list', 1], 'cached');
    const observers = [['leads', 'detail', 'l1'], ['leads', 'list', 1]].map((queryKey) =>
      new QueryObserver(client, { queryKey, queryFn: read, staleTime: Infinity }).subscribe(() => undefined),
    );
    try {
      const mutation = renderMutation(client, async (id: string) => ({ id, status: 'CONTACTED' }), [['leads']], {
        writes: (lead) => [{ queryKey: ['leads', 'detail', lead.id], data: lead }],
      });
      await mutation.mutateAsync('l1');

      expect(client.getQueryData(['leads', 'detail', 'l1'])).toEqual({ id: 'l1', status: 'CONTACTED' });
      expect(invalidated(client, ['leads', 'detail', 'l1'])).toBe(false);
      expect(read).toHaveBeenCalledTimes(1); // the list on screen, not the record written
      expect(client.getQueryData(['leads', 'list', 1])).toBe('read again');
    } finally {
      observers.forEach((unsubscribe) => unsubscribe());
    }
  });
});
