import type DataLoader from 'dataloader';
import { DataSource, FindOperator, ObjectLiteral, Raw } from 'typeorm';
import { requestLoader } from './loaders';
import { SubListWindow, windowPerParent } from './sub-list';

/**
 * A `where` condition on an entity's id for a DataLoader's batch of sub-list windows: the ids of the rows that
 * `windowPerParent(sql, order, window)` keeps, as a sub-select of the find's one statement (so that eager relations
 * still come with the rows). `sql` reads every candidate row with its `id`, its `parent` and the columns of `order`;
 * its named parameters (`:ids`) are taken from `params`. Order the find as `order` does, so the rows come out paged.
 */
export function inSubListWindow(sql: string, order: string, window: SubListWindow, params: ObjectLiteral): FindOperator<string> {
  return Raw((id) => `${id} IN (SELECT w.id FROM (${windowPerParent(sql, order, window)}) w)`, params);
}

/**
 * How many candidate rows of `sql` (as given to inSubListWindow) each parent has, in the order of `parents`: one
 * `GROUP BY parent` statement for a DataLoader's batch of count fields.
 */
export async function countPerParent(db: DataSource, parents: readonly string[], sql: string, params: ObjectLiteral): Promise<number[]> {
  const [query, values] = db.driver.escapeQueryWithParameters(`SELECT x.parent::text AS parent, count(*)::int AS n FROM (${sql}) x GROUP BY x.parent`, params);
  const rows: Array<{ parent: string; n: number }> = await db.query(query, values);
  const byParent = new Map(rows.map((r) => [r.parent, r.n]));
  return parents.map((p) => byParent.get(p) ?? 0);
}

/**
 * A sub-list's count loader for one request (kept on the context under `key`): countPerParent of `sql`, whose rows name
 * their `parent` and which reads the parents' ids from `:ids` (and any other `params`).
 */
export function countLoader(ctx: object, key: string, db: DataSource, sql: string, params: ObjectLiteral = {}): DataLoader<string, number> {
  return requestLoader<string, number>(ctx, key, (ids) => countPerParent(db, ids, sql, { ...params, ids: [...ids] }));
}
