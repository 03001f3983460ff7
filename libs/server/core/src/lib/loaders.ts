import DataLoader from 'dataloader';

/**
 * A DataLoader that lives for one request, kept on the GraphQL context under `key`, so that a field resolved
 * on many parents issues one batched query instead of one per parent. Each feature keeps its loaders in one
 * injectable class (ChainLoaders, CompanyLoaders, LeadLoaders, UserLoaders, …) whose methods call this with keys
 * prefixed by the feature; resolvers, theirs and other features', ask that class, never build loaders themselves.
 */
export function requestLoader<K, V>(context: object, key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  const store = context as { loaders?: Map<string, DataLoader<unknown, unknown>> };
  store.loaders ??= new Map();
  let loader = store.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    store.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key, in the order of `keys`, for a DataLoader batch function. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** The row of each key (or null), in the order of `keys`, for a DataLoader batch function. */
export function alignByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map(rows.map((r) => [keyOf(r), r] as const));
  return keys.map((k) => byKey.get(k) ?? null);
}

/**
 * A per-request map kept on the GraphQL context under `key`: what a list resolver loaded ahead for its rows, so that
 * their field resolvers answer from it synchronously instead of each asking a loader (a promise per row and field).
 */
export function requestMemo<K, V>(context: object, key: string): Map<K, V> {
  const store = context as { memos?: Map<string, Map<unknown, unknown>> };
  store.memos ??= new Map();
  let memo = store.memos.get(key) as Map<K, V> | undefined;
  if (!memo) {
    memo = new Map<K, V>();
    store.memos.set(key, memo as Map<unknown, unknown>);
  }
  return memo;
}
