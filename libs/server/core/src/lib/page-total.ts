import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * How far past the page a table's total is counted when the exact total was not asked for. Counting every row a
 * filter matches costs as much as reading them (30 ms of a 45 ms company page at 100,000 companies); counting to
 * a cap costs what the cap costs, whatever the table's size. A capped total reads "1,000+" and the table offers
 * the exact count on request.
 */
export const TOTAL_CAP = 1000;

/** The total of one page of a table: exact, or a lower bound when `totalCapped` says so. */
export interface PageTotal {
  total: number;
  totalCapped: boolean;
}

/**
 * The total rows a list query matches, as cheaply as the answer allows:
 * - a page that is not full (and not past the end) tells the total itself, without a statement;
 * - otherwise the rows are counted up to `offset + TOTAL_CAP + 1` (one statement whose cost does not grow with the
 *   table), so the total is exact below that and "at least offset + TOTAL_CAP" above it;
 * - `exact` counts them all (what the user asks for with "count exactly", and exports).
 * `qb` is the list's query with its filters (its order, offset and limit are ignored).
 */
export async function pageTotal<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: { offset: number; limit: number; rows: number; exact?: boolean | null },
): Promise<PageTotal> {
  const { offset, limit, rows, exact } = page;
  if (rows < limit && (rows > 0 || offset === 0)) return { total: offset + rows, totalCapped: false };
  const matching = qb.clone().orderBy().offset(undefined).limit(undefined);
  if (exact) return { total: await matching.getCount(), totalCapped: false };
  const cap = offset + TOTAL_CAP;
  const [sql, params] = matching.select('1', 'one').getQueryAndParameters();
  const [{ n }]: Array<{ n: number }> = await qb.connection.query(`SELECT count(*)::int AS n FROM (${sql} LIMIT ${cap + 1}) capped`, params);
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}

/** The GraphQL fields every page type carries for its total (class fields, so page types extend it). */
@ObjectType({ isAbstract: true })
export abstract class PageTotalFields implements PageTotal {
  @Field(() => Int, {
    description: 'Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count)',
  })
  total: number;

  @Field(() => Boolean, { description: `True when there are more than total rows: counting stopped ${TOTAL_CAP.toLocaleString('en')} rows past the page` })
  totalCapped: boolean;
}
