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

const versionMemos = new WeakMap<object, Map<string, { version: string; value: Promise<unknown> }>>();

/**
 * Reference data kept for as long as the data version the request read is current: a few rows that nearly every page
 * shows and that rarely change (chains, departments, accounts, settings). `owner` scopes the memo (the data source,
 * so that two databases never share one); the request's data version comes with its session (`dataVersion` on the
 * GraphQL context, set by the auth guard). Any committed change moves the version on, so the next request loads
 * again: the values are never older than what the request would have read itself. Without a version (no session)
 * it simply loads. The values are shared by requests and frozen: whoever needs to change one copies it.
 */
export function versionMemo<V extends object>(owner: object, ctx: object, key: string, load: () => Promise<V[]>): Promise<ReadonlyArray<Readonly<V>>> {
  const version = (ctx as { dataVersion?: string }).dataVersion;
  if (!version) return load();
  let memos = versionMemos.get(owner);
  if (!memos) versionMemos.set(owner, (memos = new Map()));
  const kept = memos.get(key);
  if (kept && kept.version === version) return kept.value as Promise<ReadonlyArray<Readonly<V>>>;
  const value = load().then((rows) => Object.freeze(rows.map(deepFreeze)));
  memos.set(key, { version, value });
  value.catch(() => {
    if (memos?.get(key)?.value === value) memos.delete(key);
  });
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const versionKeyMemos = new WeakMap<object, Map<string, { version: string; rows: Map<string, Promise<unknown>> }>>();

/**
 * Like versionMemo, by key: rows of a larger reference table (accounts) kept one by one for the data version the
 * request read, so that only the keys not yet kept are loaded (one statement for all of them).
 */
export function versionMemoByKey<V extends object>(
  owner: object,
  ctx: object,
  key: string,
  ids: readonly string[],
  load: (ids: string[]) => Promise<V[]>,
  idOf: (row: V) => string,
): Promise<Array<Readonly<V> | null>> {
  const version = (ctx as { dataVersion?: string }).dataVersion;
  if (!version) return load([...ids]).then((rows) => alignByKeys(ids, rows, idOf));
  let memos = versionKeyMemos.get(owner);
  if (!memos) versionKeyMemos.set(owner, (memos = new Map()));
  let kept = memos.get(key);
  if (!kept || kept.version !== version) memos.set(key, (kept = { version, rows: new Map() }));
  const rows = kept.rows;
  const missing = [...new Set(ids.filter((id) => !rows.has(id)))];
  if (missing.length) {
    const loaded = load(missing).then((found) => new Map(found.map((row) => [idOf(row), deepFreeze(row)])));
    for (const id of missing) {
      const one = loaded.then((byId) => byId.get(id) ?? null);
      rows.set(id, one);
      one.catch(() => rows.get(id) === one && rows.delete(id));
    }
  }
  return Promise.all(ids.map((id) => rows.get(id) as Promise<Readonly<V> | null>));
}
