import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Company, companyLoader } from '@chainboard/server-companies';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { AddInteractionInput, UpdateInteractionInput } from './dto/interaction.inputs';
import { InteractionsService } from './interactions.service';
import { Interaction } from './interaction.entity';
import { LeadAccess } from './lead-access';
import { Lead } from './lead.entity';
import { leadLoader, userLoader } from './leads.resolver';

@Resolver(() => Interaction)
export class InteractionsResolver {
  constructor(
    private readonly service: InteractionsService,
    private readonly access: LeadAccess,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow('lead.edit')
  @Mutation(() => Interaction, { description: 'Logs a contact on a lead and/or a company; a NEW lead becomes CONTACTED' })
  addInteraction(@CurrentUser() user: User, @Args('input') input: AddInteractionInput): Promise<Interaction> {
    return this.service.add(user, input);
  }

  @Allow('lead.edit')
  @Mutation(() => Interaction)
  updateInteraction(@CurrentUser() user: User, @Args('input') input: UpdateInteractionInput): Promise<Interaction> {
    return this.service.update(user, input);
  }

  @Allow('lead.edit')
  @Mutation(() => ID, { description: 'Deletes a contact record; returns its id' })
  deleteInteraction(@CurrentUser() user: User, @Args('interactionId', { type: () => ID }, new IdPipe('interactionId')) id: string): Promise<string> {
    return this.service.delete(user, id);
  }

  @ResolveField(() => Company)
  async company(@Parent() contact: Interaction, @Context() ctx: object): Promise<Company> {
    return (await companyLoader(ctx, this.db).load(contact.companyId))!;
  }

  @ResolveField(() => Lead, { nullable: true })
  lead(@Parent() contact: Interaction, @Context() ctx: object): Promise<Lead | null> | null {
    return contact.leadId ? leadLoader(ctx, this.db, this.access).load(contact.leadId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who logged it' })
  createdBy(@Parent() contact: Interaction, @Context() ctx: object): Promise<User | null> | null {
    return contact.createdById ? userLoader(ctx, this.db).load(contact.createdById) : null;
  }
}
