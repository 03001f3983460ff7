import { Args, Context, ID, Int, Parent, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canOnChain, LeadAlert, leadAlerts, leadDeadlines } from '@chainboard/domain';
import { ChainLoaders, ChainNode, ChainRef } from '@chainboard/server-chains';
import { Company, CompanyLoaders } from '@chainboard/server-companies';
import { IdPipe, LocalDateScalar, PageArgs, SubListArgs, subListWindow, subListCount, subListRows } from '@chainboard/server-core';
import { Project, ProjectLoaders } from '@chainboard/server-projects';
import { AuditEntry, AuditLoaders } from '@chainboard/server-audit';
import { Allow, CurrentUser, User, UserLoaders } from '@chainboard/server-users';
import { ConvertLeadInput, CreateLeadInput, LeadListInput, MoveLeadInput, UpdateLeadInput } from './dto/lead.inputs';
import { Interaction } from './interaction.entity';
import { isMasked } from './lead-access';
import { actorOf, LeadLoaders } from './lead-loaders';
import { LeadPage, LeadTiming } from './lead.types';
import { Lead } from './lead.entity';
import { LeadsService } from './leads.service';
import { Prospect } from './prospect.entity';

@Resolver(() => Lead)
export class LeadsResolver {
  constructor(
    private readonly service: LeadsService,
    private readonly loaders: LeadLoaders,
    private readonly chains: ChainLoaders,
    private readonly companies: CompanyLoaders,
    private readonly users: UserLoaders,
    private readonly projects: ProjectLoaders,
    private readonly audit: AuditLoaders,
  ) {}

  @Allow('lead.read')
  @Query(() => Lead, { description: 'A lead; a confidential one is masked for those without access' })
  lead(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('leadId')) id: string): Promise<Lead> {
    return this.service.get(user, id);
  }

  @Allow('lead.read')
  @Query(() => LeadPage, { description: 'The lead table: filters, sort and one page, with the total' })
  leads(@CurrentUser() user: User, @Args('input', { type: () => LeadListInput, nullable: true }) input?: LeadListInput): Promise<LeadPage> {
    return this.service.list(user, input ?? new LeadListInput());
  }

  @Allow('lead.edit')
  @Mutation(() => Lead, { description: 'Logs a lead, with a new company in the same transaction when company is given (quick entry)' })
  createLead(@CurrentUser() user: User, @Args('input') input: CreateLeadInput): Promise<Lead> {
    return this.service.create(user, input);
  }

  @Allow('lead.edit')
  @Mutation(() => Lead)
  updateLead(@CurrentUser() user: User, @Args('input') input: UpdateLeadInput): Promise<Lead> {
    return this.service.update(user, input);
  }

  @Allow('lead.edit')
  @Mutation(() => Lead, { description: 'Moves a lead to another status: new → contacted → visited → negotiating, shelved, dropped (with a reason)' })
  moveLead(@CurrentUser() user: User, @Args('input') input: MoveLeadInput): Promise<Lead> {
    return this.service.move(user, input);
  }

  @Allow('lead.delete')
  @Mutation(() => ID, { description: 'Deletes a lead into the recycle bin; returns its id' })
  async deleteLead(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('leadId')) id: string): Promise<string> {
    await this.service.softDelete(user, id);
    return id;
  }

  @Allow('record.restore')
  @Mutation(() => Lead, { description: 'Restores a lead from the recycle bin' })
  restoreLead(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('leadId')) id: string): Promise<Lead> {
    return this.service.restore(user, id);
  }

  @Allow('record.restore')
  @Query(() => LeadPage, { description: 'The recycle bin: deleted leads, most recently deleted first' })
  deletedLeads(@CurrentUser() user: User, @Args('page', { type: () => PageArgs, nullable: true }) page?: PageArgs): Promise<LeadPage> {
    return this.service.deleted(user, page?.offset ?? 0, page?.limit ?? 50);
  }

  @Allow('lead.edit')
  @Mutation(() => Lead, { description: 'Turns a negotiating lead into a project; the lead stays, converted, linked to it' })
  convertLeadToProject(@CurrentUser() user: User, @Args('input') input: ConvertLeadInput): Promise<Lead> {
    return this.service.convert(user, input);
  }

  @ResolveField(() => [AuditEntry], {
    description: "The lead's field history from the audit trail, newest first, one window of it (its nodes and contacts included); none for a lead shown masked",
  })
  history(@Parent() lead: Lead, @Args() args: SubListArgs, @Context() ctx: object): Promise<AuditEntry[]> | AuditEntry[] {
    return isMasked(lead) ? [] : this.audit.history(ctx, 'lead', subListWindow(args)).load(lead.id);
  }

  @ResolveField(() => Int, { description: 'Entries in the history (none for a lead shown masked)' })
  historyCount(lead: Lead, _args: unknown, ctx: object): Promise<number> | number {
    return isMasked(lead) ? 0 : this.audit.historyCount(ctx, 'lead').load(lead.id);
  }

  @ResolveField(() => Boolean, { description: 'Confidential and shown to you under its code name: company, investment, contacts hidden' })
  masked(lead: Lead): boolean {
    return isMasked(lead);
  }

  @ResolveField(() => Company, { nullable: true })
  company(lead: Lead, _args: unknown, ctx: object): Promise<Company | null> | null {
    return lead.companyId ? this.companies.company(ctx).load(lead.companyId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who works the lead' })
  owner(lead: Lead, _args: unknown, ctx: object): Promise<User | null> | null {
    return lead.ownerId ? this.users.user(ctx).load(lead.ownerId) : null;
  }

  @ResolveField(() => ChainRef)
  async chain(lead: Lead, _args: unknown, ctx: object): Promise<ChainRef> {
    return (await this.chains.chain(ctx).load(lead.chainId))!;
  }

  @ResolveField(() => [ChainNode], { description: 'The chain-map nodes the lead would fill' })
  nodes(lead: Lead, _args: unknown, ctx: object): Promise<ChainNode[]> {
    return this.loaders.nodes(ctx).load(lead.id);
  }

  @ResolveField(() => LeadTiming, { description: 'Dates, deadlines and alarms today (first contact, assessment, next action, stale)' })
  async timing(lead: Lead, _args: unknown, ctx: object): Promise<LeadTiming> {
    const { today, rules } = await this.loaders.timeContext(ctx);
    const d = leadDeadlines(lead, today, rules);
    const alerts = leadAlerts(lead, today, rules);
    return {
      firstContactOn: lead.firstContactOn,
      assessedOn: lead.assessedOn,
      lastContactOn: lead.lastContactOn,
      firstContactDue: d.firstContactDue,
      assessmentDue: d.assessmentDue,
      firstContactOverdue: d.firstContactOverdue,
      assessmentOverdue: d.assessmentOverdue,
      nextActionOverdue: d.nextActionOverdue,
      nextActionDueToday: alerts.includes(LeadAlert.NEXT_ACTION_TODAY),
      stale: d.stale,
      daysSinceContact: d.daysSinceContact,
      alerts,
    };
  }

  @ResolveField(() => [Interaction], { description: 'The contacts timeline, newest first, one window of it (empty when masked)' })
  contacts(@Parent() lead: Lead, @Args() args: SubListArgs, @Context() ctx: object): Promise<Interaction[]> | Interaction[] {
    return isMasked(lead) ? [] : this.loaders.contacts(ctx, 'lead_id', subListWindow(args)).load(lead.id);
  }

  @ResolveField(() => Int, { description: 'Contacts in the timeline (none when masked)' })
  contactCount(lead: Lead, _args: unknown, ctx: object): Promise<number> | number {
    return isMasked(lead) ? 0 : this.loaders.contactCount(ctx, 'lead_id').load(lead.id);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project the lead was converted into' })
  project(lead: Lead, _args: unknown, ctx: object): Promise<Project | null> | null {
    return lead.projectId ? this.projects.byId(ctx).load(lead.projectId) : null;
  }

  @ResolveField(() => Prospect, { nullable: true, description: 'The prospect the lead came from' })
  prospect(lead: Lead, _args: unknown, ctx: object): Promise<Prospect | null> | null {
    if (isMasked(lead)) return null;
    return this.loaders.prospectOfLead(ctx).load(lead.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit the lead (your grant reaches its chain and you see it unmasked)' })
  async canEdit(lead: Lead, _args: unknown, ctx: { user?: User | null }): Promise<boolean> {
    if (isMasked(lead)) return false;
    const chain = await this.chains.chain(ctx).load(lead.chainId);
    return !!chain && canOnChain(actorOf(ctx), 'lead.edit', chain);
  }
}

/** The leads and prospects on a chain-map node (the node panel), batched per request; confidential leads masked. */
@Resolver(() => ChainNode)
export class NodeLeadsResolver {
  constructor(private readonly loaders: LeadLoaders) {}

  @ResolveField(() => [Lead], { description: 'One page of the leads that would fill the node, newest first' })
  leads(@Parent() node: ChainNode, @Args() args: SubListArgs, @Context() ctx: { user?: User | null }): Promise<Lead[]> {
    return subListRows(ctx, 'node.leads', node.id, this.loaders.onNode(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many leads would fill the node' })
  leadCount(node: ChainNode, _args: unknown, ctx: { user?: User | null }): Promise<number> {
    return subListCount(ctx, 'node.leads', node.id, () => this.loaders.leadCountOnNode(ctx).load(node.id));
  }

  @ResolveField(() => [Prospect], { description: 'One page of the prospects (目标企业) on the node, high priority first, then newest first' })
  prospects(@Parent() node: ChainNode, @Args() args: SubListArgs, @Context() ctx: object): Promise<Prospect[]> {
    return subListRows(ctx, 'node.prospects', node.id, this.loaders.prospectsOnNode(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many prospects are on the node' })
  prospectCount(node: ChainNode, _args: unknown, ctx: object): Promise<number> {
    return subListCount(ctx, 'node.prospects', node.id, () => this.loaders.prospectCountOnNode(ctx).load(node.id));
  }
}

/** A company's leads, contacts, prospects and projects (the company page), batched per request. */
@Resolver(() => Company)
export class CompanyLeadsResolver {
  constructor(
    private readonly loaders: LeadLoaders,
    private readonly projectLoaders: ProjectLoaders,
  ) {}

  @ResolveField(() => [Lead], { description: "The company's leads, newest first, one window of them; confidential ones you may not see are left out" })
  leads(@Parent() company: Company, @Args() args: SubListArgs, @Context() ctx: { user?: User | null }): Promise<Lead[]> {
    return this.loaders.ofCompany(ctx, subListWindow(args)).load(company.id);
  }

  @ResolveField(() => Int, { description: "The company's leads (that you may see), on every window" })
  leadCount(company: Company, _args: unknown, ctx: { user?: User | null }): Promise<number> {
    return this.loaders.leadCountOfCompany(ctx).load(company.id);
  }

  @ResolveField(() => Int, { description: 'Open leads with the company (that you may see)' })
  async openLeadCount(company: Company, _args: unknown, ctx: { user?: User | null }): Promise<number> {
    return (await this.loaders.companyFacts(ctx).load(company.id)).openLeadCount;
  }

  @ResolveField(() => [Interaction], { description: 'The contacts timeline, newest first, one window of it; contacts on leads you see masked are left out' })
  contacts(@Parent() company: Company, @Args() args: SubListArgs, @Context() ctx: { user?: User | null }): Promise<Interaction[]> {
    return this.loaders.contacts(ctx, 'company_id', subListWindow(args)).load(company.id);
  }

  @ResolveField(() => Int, { description: 'Contacts in the timeline (that you may see), on every window' })
  contactCount(company: Company, _args: unknown, ctx: { user?: User | null }): Promise<number> {
    return this.loaders.contactCount(ctx, 'company_id').load(company.id);
  }

  @ResolveField(() => LocalDateScalar, { nullable: true, description: 'Date of the latest contact' })
  async lastContactOn(company: Company, _args: unknown, ctx: { user?: User | null }): Promise<string | null> {
    return (await this.loaders.companyFacts(ctx).load(company.id)).lastContactOn;
  }

  @ResolveField(() => [Prospect], { description: 'Where the company is a prospect, newest first, one window of them' })
  prospects(@Parent() company: Company, @Args() args: SubListArgs, @Context() ctx: object): Promise<Prospect[]> {
    return this.loaders.prospectsOfCompany(ctx, subListWindow(args)).load(company.id);
  }

  @ResolveField(() => Int, { description: 'Where the company is a prospect: the entries on every window' })
  prospectCount(company: Company, _args: unknown, ctx: object): Promise<number> {
    return this.loaders.prospectCountOfCompany(ctx).load(company.id);
  }

  @ResolveField(() => [Project], { description: "The company's projects, newest first, one window of them; confidential ones you may not see are left out" })
  projects(@Parent() company: Company, @Args() args: SubListArgs, @Context() ctx: { user?: User | null }): Promise<Project[]> {
    return this.projectLoaders.ofCompany(ctx, subListWindow(args)).load(company.id);
  }

  @ResolveField(() => Int, { description: "The company's projects (that you may see), on every window" })
  projectCount(company: Company, _args: unknown, ctx: { user?: User | null }): Promise<number> {
    return this.projectLoaders.countOfCompany(ctx).load(company.id);
  }
}

/** The lead a project came from (the other end of lead.project). */
@Resolver(() => Project)
export class ProjectLeadResolver {
  constructor(private readonly loaders: LeadLoaders) {}

  @ResolveField(() => Lead, { nullable: true, description: 'The lead converted into this project' })
  lead(project: Project, _args: unknown, ctx: { user?: User | null }): Promise<Lead | null> {
    return this.loaders.ofProject(ctx).load(project.id);
  }
}
