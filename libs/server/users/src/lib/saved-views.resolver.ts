import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badField, IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser } from './auth.decorators';
import { SavedView } from './saved-view.entity';
import { User } from './user.entity';
import { CreateSavedViewInput, TABLE_KEY_PATTERN, UpdateSavedViewInput } from './dto/saved-view.inputs';
import { SavedViewsService } from './saved-views.service';

/**
 * The signed-in user's saved table views. Every role may keep views of the tables it can read; the tables are
 * the company and lead tables, hence the read permission they share.
 */
@Resolver(() => SavedView)
export class SavedViewsResolver {
  constructor(private readonly service: SavedViewsService) {}

  @Allow('company.read')
  @Query(() => [SavedView], { description: "The signed-in user's saved views, of one table or all" })
  savedViews(@CurrentUser() user: User, @Args('tableKey', { type: () => String, nullable: true }) tableKey?: string | null): Promise<SavedView[]> {
    if (tableKey && (tableKey.length > 40 || !TABLE_KEY_PATTERN.test(tableKey))) throw badField('tableKey', 'input.badFormat');
    return this.service.list(user, tableKey ?? undefined);
  }

  @Allow('company.read')
  @Mutation(() => SavedView)
  createSavedView(@CurrentUser() user: User, @Args('input') input: CreateSavedViewInput): Promise<SavedView> {
    return this.service.create(user, input);
  }

  @Allow('company.read')
  @Mutation(() => SavedView)
  updateSavedView(@CurrentUser() user: User, @Args('input') input: UpdateSavedViewInput): Promise<SavedView> {
    return this.service.update(user, input);
  }

  @Allow('company.read')
  @Mutation(() => ID, { description: 'Deletes one of the signed-in user’s views; returns its id' })
  deleteSavedView(@CurrentUser() user: User, @Args('viewId', { type: () => ID }, new IdPipe('viewId')) viewId: string): Promise<string> {
    return this.service.delete(user, viewId);
  }
}
