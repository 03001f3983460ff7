import type DataLoader from 'dataloader';
import { requestMemo } from './loaders';

/**
 * One parent's window of a sub-list with the parent's count of rows, read by the same statement (a
 * `count(*) OVER (PARTITION BY parent)` over the candidate rows): null when the window is empty past the first page,
 * where the statement cannot tell.
 */
export interface SubListRows<R> {
  rows: R[];
  total: number | null;
}

/** The count of each parent from a window's rows (with `parent` and `sub_list_total` columns), for SubListRows. */
export function subListTotals(rows: Array<{ sub_list_parent: string; sub_list_total: string | number }>): Map<string, number> {
  return new Map(rows.map((r) => [r.sub_list_parent, Number(r.sub_list_total)]));
}

/** The window of a parent as SubListRows: its rows and its count (0 for an empty first page, unknown past it). */
export function subListRowsOf<R>(rows: R[], total: number | undefined, offset: number): SubListRows<R> {
  return { rows, total: total ?? (offset === 0 ? 0 : null) };
}

/**
 * A sub-list field's answer: the parent's window from its loader, its count noted for the sibling count field of the
 * same request (which then costs no statement of its own).
 */
export function subListRows<R>(ctx: object, name: string, parent: string, loader: DataLoader<string, SubListRows<R>>): Promise<R[]> {
  const answer = loader.load(parent);
  requestMemo<string, Promise<number | null>>(ctx, `subListTotal.${name}`).set(
    parent,
    answer.then(
      (a) => a.total,
      () => null,
    ),
  );
  return answer.then((a) => a.rows);
}

/**
 * A sub-list's count field (`contactCount` beside `contacts`): the count a window of the list asked in the same
 * request read with its rows, else `count` (the count loader: one GROUP BY statement for every parent). It waits until
 * the fields resolved with it have started (one turn of the event loop, shared by every count field waiting then, so
 * that those falling back to the loader still load in one batch).
 */
export async function subListCount(ctx: object, name: string, parent: string, count: () => Promise<number>): Promise<number> {
  await fieldsStarted(ctx);
  const fromWindow = requestMemo<string, Promise<number | null>>(ctx, `subListTotal.${name}`).get(parent);
  const total = fromWindow ? await fromWindow : null;
  return total ?? count();
}

function fieldsStarted(ctx: object): Promise<void> {
  const store = ctx as { subListFieldsStarted?: Promise<void> | null };
  store.subListFieldsStarted ??= new Promise<void>((resolve) =>
    setImmediate(() => {
      store.subListFieldsStarted = null;
      resolve();
    }),
  );
  return store.subListFieldsStarted;
}
