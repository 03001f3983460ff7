import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChainLoaders, ChainRef } from '@chainboard/server-chains';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { AddProspectInput, ConvertProspectInput, ProspectListInput, UpdateProspectInput } from './dto/prospect.inputs';
import { LeadLoaders } from './lead-loaders';
import { Lead } from './lead.entity';
import { ProspectPage } from './lead.types';
import { Prospect } from './prospect.entity';
import { ProspectsService } from './prospects.service';

@Resolver(() => Prospect)
export class ProspectsResolver {
  constructor(
    private readonly service: ProspectsService,
    private readonly loaders: LeadLoaders,
    private readonly chains: ChainLoaders,
  ) {}

  @Allow('lead.read')
  @Query(() => ProspectPage, { description: 'Prospects (目标企业) of a chain, a node or an assignee, high priority first' })
  prospects(@Args('input', { type: () => ProspectListInput, nullable: true }) input?: ProspectListInput): Promise<ProspectPage> {
    return this.service.list(input ?? new ProspectListInput());
  }

  @Allow('prospect.edit')
  @Mutation(() => Prospect, { description: 'Adds a company (existing or new) as a prospect on a node' })
  addProspect(@CurrentUser() user: User, @Args('input') input: AddProspectInput): Promise<Prospect> {
    return this.service.add(user, input);
  }

  @Allow('prospect.edit')
  @Mutation(() => Prospect)
  updateProspect(@CurrentUser() user: User, @Args('input') input: UpdateProspectInput): Promise<Prospect> {
    return this.service.update(user, input);
  }

  @Allow('prospect.edit')
  @Mutation(() => ID, { description: 'Removes a prospect; returns its id' })
  removeProspect(@CurrentUser() user: User, @Args('prospectId', { type: () => ID }, new IdPipe('prospectId')) prospectId: string): Promise<string> {
    return this.service.remove(user, prospectId);
  }

  @Allow('lead.edit')
  @Mutation(() => Lead, { description: 'Turns a prospect into a NEW lead (owner: the assignee, or you), linked both ways' })
  convertProspectToLead(@CurrentUser() user: User, @Args('input') input: ConvertProspectInput): Promise<Lead> {
    return this.service.convert(user, input);
  }

  @ResolveField(() => ChainRef, { description: "The node's chain" })
  async chain(prospect: Prospect, _args: unknown, ctx: object): Promise<ChainRef> {
    return (await this.chains.chainOfNode(ctx).load(prospect.nodeId))!;
  }

  @ResolveField(() => Lead, { nullable: true, description: 'The lead it became' })
  lead(prospect: Prospect, _args: unknown, ctx: object): Promise<Lead | null> | null {
    return prospect.leadId ? this.loaders.byId(ctx).load(prospect.leadId) : null;
  }
}
