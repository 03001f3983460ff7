import { hashKey, type Query, type QueryKey } from '@tanstack/react-query';

/**
 * The `placeholderData` of a sub-list's query whose key is the record's key followed by the window: the page shown
 * stays while the next page of the same record is read (no flash), but another record's list never stands in.
 */
export function previousPageOf(recordKey: QueryKey) {
  const record = hashKey(recordKey);
  return <T>(previous: T | undefined, previousQuery: Query<T, Error, T, QueryKey> | undefined): T | undefined =>
    previousQuery && hashKey(previousQuery.queryKey.slice(0, recordKey.length)) === record ? previous : undefined;
}
