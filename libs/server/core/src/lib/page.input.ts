import { Field, InputType, Int } from '@nestjs/graphql';
import { FlagInput, IntInput } from './validation';

/** The most rows one page of a table may hold. */
export const PAGE_LIMIT_MAX = 200;

/** Which page of a table: rows skipped and rows wanted. Every table's list input extends it. */
@InputType({ isAbstract: true })
export abstract class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IntInput({ min: 0, max: 1_000_000 })
  offset?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IntInput({ min: 1, max: PAGE_LIMIT_MAX })
  limit?: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Count every matching row (the total is otherwise capped past the page)' })
  @FlagInput()
  exactTotal?: boolean;
}

/** A page of a table that has no filters of its own (e.g. the recycle bin). */
@InputType({ description: 'Which page: rows skipped and rows wanted (at most 200)' })
export class PageArgs extends PageInput {}
