import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Company, CompanyLoaders } from '@chainboard/server-companies';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User, UserLoaders } from '@chainboard/server-users';
import { AddInteractionInput, UpdateInteractionInput } from './dto/interaction.inputs';
import { InteractionsService } from './interactions.service';
import { Interaction } from './interaction.entity';
import { LeadLoaders } from './lead-loaders';
import { Lead } from './lead.entity';

@Resolver(() => Interaction)
export class InteractionsResolver {
  constructor(
    private readonly service: InteractionsService,
    private readonly loaders: LeadLoaders,
    private readonly companies: CompanyLoaders,
    private readonly users: UserLoaders,
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
  async company(contact: Interaction, _args: unknown, ctx: object): Promise<Company> {
    return (await this.companies.company(ctx).load(contact.companyId))!;
  }

  @ResolveField(() => Lead, { nullable: true })
  lead(contact: Interaction, _args: unknown, ctx: object): Promise<Lead | null> | null {
    return contact.leadId ? this.loaders.byId(ctx).load(contact.leadId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who logged it' })
  createdBy(contact: Interaction, _args: unknown, ctx: object): Promise<User | null> | null {
    return contact.createdById ? this.users.user(ctx).load(contact.createdById) : null;
  }
}
