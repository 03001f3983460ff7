import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ACTIVE_LEAD_STATUSES, Actor, canOnChain, LeadAlert, leadAlerts, leadDeadlines, LeadTimeRules } from '@chainboard/domain';
import { ChainNode } from '@chainboard/server-chains';
import { ChainRef, chainRefLoader, Company, companyLoader } from '@chainboard/server-companies';
import { alignByKeys, groupByKeys, IdPipe, LocalDateScalar, requestLoader, unauthenticated } from '@chainboard/server-core';
import { Project } from '@chainboard/server-projects';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { ConvertLeadInput, CreateLeadInput, LeadListInput, MoveLeadInput, UpdateLeadInput } from './dto/lead.inputs';
import { Interaction } from './interaction.entity';
import { isMasked, LeadAccess } from './lead-access';
import { LeadSettingsService } from './lead-settings.service';
import { LeadPage, LeadTiming } from './lead.types';
import { Lead, LeadNode } from './lead.entity';
import { LeadsService } from './leads.service';
import { Prospect } from './prospect.entity';

/** The signed-in user, for field resolvers (the guard put it on the context before any field resolves). */
export function actorOf(ctx: { user?: User | null }): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** Users by id, batched per request. */
export function userLoader(ctx: object, db: DataSource) {
  return requestLoader<string, User | null>(ctx, 'user.byId', async (ids) => {
    const rows = await db.manager.findBy(User, { id: In([...ids]) });
    return alignByKeys(ids, rows, (r) => r.id);
  });
}

/** Leads by id, as the actor may see them, batched per request. */
export function leadLoader(ctx: { user?: User | null }, db: DataSource, access: LeadAccess) {
  return requestLoader<string, Lead | null>(ctx, 'lead.byId', async (ids) => {
    const rows = await access.present(actorOf(ctx), await db.manager.findBy(Lead, { id: In([...ids]) }));
    return alignByKeys(ids, rows, (r) => r.id);
  });
}

/** Contacts of the leads or companies given, newest first; contacts on leads the actor sees masked are left out. */
export function contactsLoader(ctx: { user?: User | null }, db: DataSource, access: LeadAccess, by: 'lead_id' | 'company_id') {
  return requestLoader<string, Interaction[]>(ctx, `contacts.by.${by}`, async (ids) => {
    const visible = access.visibleSql(actorOf(ctx), 'vl');
    const rows = await db.manager
      .createQueryBuilder(Interaction, 'i')
      .leftJoin(Lead, 'vl', 'vl.id = i.lead_id')
      .where(`i.${by} IN (:...ids)`, { ids })
      .andWhere(`(i.lead_id IS NULL OR ${visible.sql})`, visible.params)
      .orderBy('i.occurred_on', 'DESC')
      .addOrderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
    return groupByKeys(ids, rows, (r) => (by === 'lead_id' ? r.leadId! : r.companyId));
  });
}

@Resolver(() => Lead)
export class LeadsResolver {
  constructor(
    private readonly service: LeadsService,
    private readonly access: LeadAccess,
    private readonly settings: LeadSettingsService,
    @InjectDataSource() private readonly db: DataSource,
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

  @Allow('lead.edit')
  @Mutation(() => Lead, { description: 'Turns a negotiating lead into a project; the lead stays, converted, linked to it' })
  convertLeadToProject(@CurrentUser() user: User, @Args('input') input: ConvertLeadInput): Promise<Lead> {
    return this.service.convert(user, input);
  }

  @ResolveField(() => Boolean, { description: 'Confidential and shown to you under its code name: company, investment, contacts hidden' })
  masked(@Parent() lead: Lead): boolean {
    return isMasked(lead);
  }

  @ResolveField(() => Company, { nullable: true })
  company(@Parent() lead: Lead, @Context() ctx: object): Promise<Company | null> | null {
    return lead.companyId ? companyLoader(ctx, this.db).load(lead.companyId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The staff member who works the lead' })
  owner(@Parent() lead: Lead, @Context() ctx: object): Promise<User | null> | null {
    return lead.ownerId ? userLoader(ctx, this.db).load(lead.ownerId) : null;
  }

  @ResolveField(() => ChainRef)
  async chain(@Parent() lead: Lead, @Context() ctx: object): Promise<ChainRef> {
    return (await chainRefLoader(ctx, this.db).load(lead.chainId))!;
  }

  @ResolveField(() => [ChainNode], { description: 'The chain-map nodes the lead would fill' })
  nodes(@Parent() lead: Lead, @Context() ctx: object): Promise<ChainNode[]> {
    return requestLoader<string, ChainNode[]>(ctx, 'lead.nodes', async (ids) => {
      const links = await this.db.manager.find(LeadNode, { where: { leadId: In([...ids]) }, relations: { node: true }, order: { node: { sortOrder: 'ASC' } } });
      return groupByKeys(ids, links, (l) => l.leadId).map((group) => group.map((l) => l.node));
    }).load(lead.id);
  }

  @ResolveField(() => LeadTiming, { description: 'Dates, deadlines and alarms today (first contact, assessment, next action, stale)' })
  async timing(@Parent() lead: Lead, @Context() ctx: object): Promise<LeadTiming> {
    const { today, rules } = await requestLoader<string, { today: string; rules: LeadTimeRules }>(ctx, 'lead.timeContext', async (keys) => {
      const rules = await this.settings.rules();
      const today = this.service.today();
      return keys.map(() => ({ today, rules }));
    }).load('now');
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

  @ResolveField(() => [Interaction], { description: 'The contacts timeline, newest first (empty when masked)' })
  contacts(@Parent() lead: Lead, @Context() ctx: object): Promise<Interaction[]> | Interaction[] {
    return isMasked(lead) ? [] : contactsLoader(ctx, this.db, this.access, 'lead_id').load(lead.id);
  }

  @ResolveField(() => Project, { nullable: true, description: 'The project the lead was converted into' })
  project(@Parent() lead: Lead, @Context() ctx: object): Promise<Project | null> | null {
    if (!lead.projectId) return null;
    return requestLoader<string, Project | null>(ctx, 'project.byId', async (ids) => {
      const rows = await this.db.manager.findBy(Project, { id: In([...ids]) });
      return alignByKeys(ids, rows, (r) => r.id);
    }).load(lead.projectId);
  }

  @ResolveField(() => Prospect, { nullable: true, description: 'The prospect the lead came from' })
  prospect(@Parent() lead: Lead, @Context() ctx: object): Promise<Prospect | null> | null {
    if (isMasked(lead)) return null;
    return requestLoader<string, Prospect | null>(ctx, 'lead.prospect', async (ids) => {
      const rows = await this.db.manager.find(Prospect, { where: { leadId: In([...ids]) } });
      return alignByKeys(ids, rows, (r) => r.leadId);
    }).load(lead.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit the lead (your grant reaches its chain and you see it unmasked)' })
  async canEdit(@Parent() lead: Lead, @Context() ctx: { user?: User | null }): Promise<boolean> {
    if (isMasked(lead)) return false;
    const chain = await chainRefLoader(ctx, this.db).load(lead.chainId);
    return !!chain && canOnChain(actorOf(ctx), 'lead.edit', chain);
  }
}

/** The leads and prospects on a chain-map node (the node panel), batched per request; confidential leads masked. */
@Resolver(() => ChainNode)
export class NodeLeadsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccess,
  ) {}

  @ResolveField(() => [Lead], { description: 'Leads that would fill the node, newest first' })
  leads(@Parent() node: ChainNode, @Context() ctx: { user?: User | null }): Promise<Lead[]> {
    return requestLoader<string, Lead[]>(ctx, 'node.leads', async (ids) => {
      const links = await this.db.manager.find(LeadNode, {
        where: { nodeId: In([...ids]) },
        relations: { lead: true },
        order: { lead: { createdAt: 'DESC' } },
      });
      const shown = await this.access.present(actorOf(ctx), links.map((l) => l.lead));
      const byLink = new Map(links.map((l, i) => [l, shown[i]]));
      return groupByKeys(ids, links, (l) => l.nodeId).map((group) => group.map((l) => byLink.get(l)!));
    }).load(node.id);
  }

  @ResolveField(() => [Prospect], { description: 'Prospects (目标企业) on the node, high priority first' })
  prospects(@Parent() node: ChainNode, @Context() ctx: object): Promise<Prospect[]> {
    return requestLoader<string, Prospect[]>(ctx, 'node.prospects', async (ids) => {
      const rows = await this.db.manager.find(Prospect, { where: { nodeId: In([...ids]) }, order: { createdAt: 'DESC' } });
      const rank = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;
      rows.sort((a, b) => rank[a.priority] - rank[b.priority]);
      return groupByKeys(ids, rows, (r) => r.nodeId);
    }).load(node.id);
  }
}

/** A company's leads, contacts, prospects and projects (the company page), batched per request. */
@Resolver(() => Company)
export class CompanyLeadsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccess,
  ) {}

  @ResolveField(() => [Lead], { description: "The company's leads, newest first; confidential ones you may not see are left out" })
  leads(@Parent() company: Company, @Context() ctx: { user?: User | null }): Promise<Lead[]> {
    return this.visibleLeads(ctx).load(company.id);
  }

  @ResolveField(() => Int, { description: 'Open leads with the company (that you may see)' })
  async openLeadCount(@Parent() company: Company, @Context() ctx: { user?: User | null }): Promise<number> {
    return (await this.visibleLeads(ctx).load(company.id)).filter((l) => ACTIVE_LEAD_STATUSES.includes(l.status)).length;
  }

  @ResolveField(() => [Interaction], { description: 'The contacts timeline, newest first' })
  contacts(@Parent() company: Company, @Context() ctx: { user?: User | null }): Promise<Interaction[]> {
    return contactsLoader(ctx, this.db, this.access, 'company_id').load(company.id);
  }

  @ResolveField(() => LocalDateScalar, { nullable: true, description: 'Date of the latest contact' })
  async lastContactOn(@Parent() company: Company, @Context() ctx: { user?: User | null }): Promise<string | null> {
    const contacts = await contactsLoader(ctx, this.db, this.access, 'company_id').load(company.id);
    return contacts[0]?.occurredOn ?? null;
  }

  @ResolveField(() => [Prospect], { description: 'Where the company is a prospect' })
  prospects(@Parent() company: Company, @Context() ctx: object): Promise<Prospect[]> {
    return requestLoader<string, Prospect[]>(ctx, 'company.prospects', async (ids) => {
      const rows = await this.db.manager.find(Prospect, { where: { companyId: In([...ids]) }, order: { createdAt: 'DESC' } });
      return groupByKeys(ids, rows, (r) => r.companyId);
    }).load(company.id);
  }

  @ResolveField(() => [Project], { description: "The company's projects, newest first" })
  projects(@Parent() company: Company, @Context() ctx: object): Promise<Project[]> {
    return requestLoader<string, Project[]>(ctx, 'company.projects', async (ids) => {
      const rows = await this.db.manager.find(Project, { where: { companyId: In([...ids]) }, order: { createdAt: 'DESC' } });
      return groupByKeys(ids, rows, (r) => r.companyId!);
    }).load(company.id);
  }

  private visibleLeads(ctx: { user?: User | null }) {
    return requestLoader<string, Lead[]>(ctx, 'company.leads', async (ids) => {
      const actor: Actor = actorOf(ctx);
      const visible = this.access.visibleSql(actor, 'l');
      const rows = await this.db.manager
        .createQueryBuilder(Lead, 'l')
        .where('l.company_id IN (:...ids)', { ids })
        .andWhere(visible.sql, visible.params)
        .orderBy('l.created_on', 'DESC')
        .addOrderBy('l.created_at', 'DESC')
        .getMany();
      return groupByKeys(ids, await this.access.present(actor, rows), (r) => r.companyId!);
    });
  }
}

/** The lead a project came from (the other end of lead.project). */
@Resolver(() => Project)
export class ProjectLeadResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccess,
  ) {}

  @ResolveField(() => Lead, { nullable: true, description: 'The lead converted into this project' })
  lead(@Parent() project: Project, @Context() ctx: { user?: User | null }): Promise<Lead | null> {
    return requestLoader<string, Lead | null>(ctx, 'project.lead', async (ids) => {
      const rows = await this.access.present(actorOf(ctx), await this.db.manager.find(Lead, { where: { projectId: In([...ids]) } }));
      return alignByKeys(ids, rows, (r) => r.projectId);
    }).load(project.id);
  }
}
