import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PAGE_LIMIT_MAX } from './page.input';
import { IntInput } from './validation';

/** How many rows of a record's sub-list (a company's contacts, a project's timeline …) one answer holds unless asked. */
export const SUB_LIST_LIMIT = 20;

/**
 * Which rows of a record's sub-list: rows skipped and rows wanted (at most 200). Every list field on a record takes
 * these, beside a count field (`contactCount` beside `contacts`), so that a record with years of history answers one
 * page and the page offers "show more" with the count.
 */
@ArgsType()
export class SubListArgs {
  @Field(() => Int, { nullable: true, defaultValue: SUB_LIST_LIMIT, description: `Rows wanted (at most ${PAGE_LIMIT_MAX})` })
  @IntInput({ min: 1, max: PAGE_LIMIT_MAX })
  limit?: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Rows skipped' })
  @IntInput({ min: 0, max: 1_000_000 })
  offset?: number;
}

/** The window of a sub-list as numbers, the defaults applied. */
export interface SubListWindow {
  offset: number;
  limit: number;
}

export function subListWindow(args?: SubListArgs | null): SubListWindow {
  return { offset: Math.max(0, args?.offset ?? 0), limit: Math.min(Math.max(1, args?.limit ?? SUB_LIST_LIMIT), PAGE_LIMIT_MAX) };
}

/** A key naming a window, for the loader of one sub-list and window within a request (`contacts:20:0`). */
export function subListKey(name: string, window: SubListWindow): string {
  return `${name}:${window.limit}:${window.offset}`;
}

/**
 * The SQL of a sub-list's window for many parents at once (a DataLoader's batch): `sql` reads every candidate row of
 * the parents (with a `parent` column naming the parent's id), and the window keeps, per parent, the rows from
 * offset + 1 to offset + limit in `order` (columns of `sql`'s rows, alias x, e.g. `x.occurred_on DESC, x.id DESC`).
 * One statement whatever the number of parents; the order must be total (end it with the id) for stable pages.
 */
export function windowPerParent(sql: string, order: string, window: SubListWindow): string {
  return `SELECT w.* FROM (SELECT x.*, row_number() OVER (PARTITION BY x.parent ORDER BY ${order}) AS sub_list_row FROM (${sql}) x) w
           WHERE w.sub_list_row > ${window.offset} AND w.sub_list_row <= ${window.offset + window.limit}
           ORDER BY w.parent, w.sub_list_row`;
}
