import { Field, InputType, Int } from '@nestjs/graphql';
import { IsArray, IsIn, IsOptional } from 'class-validator';
import { SEARCH_QUERY_MAX } from '@chainboard/domain';
import { IntInput, msg, TextInput } from '@chainboard/server-core';
import { SearchKind } from '../search.types';

@InputType()
export class SearchInput {
  @Field({ description: 'Words (Chinese of any length from one character, or Latin), full-width/half-width and case folded; all must appear' })
  @TextInput({ max: SEARCH_QUERY_MAX, allowBlank: true })
  query: string;

  @Field(() => [SearchKind], { nullable: true, description: 'The kinds to search; all by default' })
  @IsOptional()
  @IsArray(msg('input.badFormat'))
  @IsIn(Object.values(SearchKind), msg('input.badEnum', {}, true))
  kinds?: SearchKind[];

  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'Results per kind' })
  @IntInput({ min: 1, max: 50 })
  limit?: number;
}
