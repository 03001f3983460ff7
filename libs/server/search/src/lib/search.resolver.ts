import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { SearchInput } from './dto/search.inputs';
import { SearchService } from './search.service';
import { SearchResult } from './search.types';

@Resolver(() => SearchResult)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Allow('lead.read')
  @Query(() => SearchResult, { description: 'One search over company names and aliases, lead titles and contact summaries' })
  search(@CurrentUser() user: User, @Args('input') input: SearchInput): Promise<SearchResult> {
    return this.service.search(user, input);
  }
}
