import { Args, Context, Float, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { allowedProjectMoves, canOnChain, HealthLight, Operation, ProjectHealth, ProjectStage } from '@chainboard/domain';
import { ChainLoaders, ChainNode, ChainRef, IndustryChain } from '@chainboard/server-chains';
import { Company, CompanyLoaders } from '@chainboard/server-companies';
import { DecimalScalar, IdPipe, LocalDateScalar, PageArgs, requestedFields, SubListArgs, subListWindow, subListCount, subListRows } from '@chainboard/server-core';
import { AuditEntry, AuditLoaders } from '@chainboard/server-audit';
import { Allow, CachedRead, CurrentUser, Department, User } from '@chainboard/server-users';
import { CreateProjectInput, MoveProjectStageInput, ProjectBoardInput, ProjectListInput, UpdateProjectInput } from './dto/project.inputs';
import { actorOfContext, ProjectLoaders } from './project-loaders';
import { isProjectMasked } from './project-access';
import { CoordinationIssue, ProjectFunds, ProjectMilestone, ProjectStageLog, ProjectUpdate } from './project-records.entity';
import { ProjectSettingsService } from './project-settings.service';
import { fundsSharePercent } from './project-values';
import {
  HealthLightEnum,
  HealthRuleFired,
  ProjectBoard,
  ProjectCounters,
  ProjectEvent,
  ProjectHealthRulesType,
  ProjectPage,
  UpdateProjectHealthRulesInput,
} from './project.types';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';

type Ctx = { user?: User | null };

/** The project pipeline's queries and mutations, and the fields of a project, each batched per request. */
@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly settings: ProjectSettingsService,
    private readonly loaders: ProjectLoaders,
    private readonly chains: ChainLoaders,
    private readonly companies: CompanyLoaders,
    private readonly audit: AuditLoaders,
  ) {}

  @Allow('project.read')
  @Query(() => Project, { description: 'A project; a confidential one is masked for those without access' })
  project(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('projectId')) id: string): Promise<Project> {
    return this.service.get(user, id);
  }

  @Allow('project.delete')
  @Mutation(() => ID, { description: 'Deletes a project into the recycle bin; returns its id' })
  async deleteProject(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('projectId')) id: string): Promise<string> {
    await this.service.softDelete(user, id);
    return id;
  }

  @Allow('record.restore')
  @Mutation(() => Project, { description: 'Restores a project from the recycle bin' })
  restoreProject(@CurrentUser() user: User, @Args('id', { type: () => ID }, new IdPipe('projectId')) id: string): Promise<Project> {
    return this.service.restore(user, id);
  }

  @Allow('record.restore')
  @Query(() => ProjectPage, { description: 'The recycle bin: deleted projects, most recently deleted first' })
  deletedProjects(@CurrentUser() user: User, @Args('page', { type: () => PageArgs, nullable: true }) page?: PageArgs): Promise<ProjectPage> {
    return this.service.deleted(user, page?.offset ?? 0, page?.limit ?? 50);
  }

  @Allow('project.read')
  @CachedRead()
  @Query(() => ProjectPage, { description: 'The project ledger (台账): filters, sort and one page, with the total' })
  async projects(
    @CurrentUser() user: User,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
    @Args('input', { type: () => ProjectListInput, nullable: true }) input?: ProjectListInput,
  ): Promise<ProjectPage> {
    const page = await this.service.list(user, input ?? new ProjectListInput());
    await this.loaders.prepareRows(ctx, page.items, requestedFields(info, ['items']));
    return page;
  }

  @Allow('project.read')
  @CachedRead()
  @Query(() => ProjectBoard, { description: 'The kanban: per stage the count, the total agreed investment and the first cards' })
  async projectBoard(
    @CurrentUser() user: User,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
    @Args('input', { type: () => ProjectBoardInput, nullable: true }) input?: ProjectBoardInput,
  ): Promise<ProjectBoard> {
    const board = await this.service.board(user, input ?? new ProjectBoardInput());
    await this.loaders.prepareRows(
      ctx,
      board.columns.flatMap((c) => c.projects),
      requestedFields(info, ['columns', 'projects']),
    );
    return board;
  }

  @Allow('project.read')
  @Query(() => ProjectCounters, { description: "The plan's project counters on a date, computed from the stage log, beside the plan's targets" })
  projectCounters(
    @Args('asOf', { type: () => LocalDateScalar }) asOf: string,
    @Args('chainId', { type: () => ID, nullable: true }, new IdPipe('chainId', { optional: true })) chainId?: string,
    @Args('from', { type: () => LocalDateScalar, nullable: true, description: 'Count from this date; the plan period (2021-01-01) by default' })
    from?: string | null,
    @Args('includeDemo', { type: () => Boolean, nullable: true, defaultValue: true, description: 'Count demo projects too' }) includeDemo?: boolean,
  ): Promise<ProjectCounters> {
    return this.service.counters({ asOf, chainId: chainId ?? null, from, includeDemo });
  }

  @Allow('project.read')
  @Query(() => ProjectHealthRulesType, { description: 'The health rules in force' })
  projectHealthRules(): Promise<ProjectHealthRulesType> {
    return this.settings.healthRules();
  }

  @Allow('settings.manage')
  @Mutation(() => ProjectHealthRulesType, { description: 'Sets the health rules (admins)' })
  updateProjectHealthRules(@Args('input') input: UpdateProjectHealthRulesInput): Promise<ProjectHealthRulesType> {
    return this.settings.updateHealthRules(input);
  }

  @Allow('project.edit')
  @Mutation(() => Project, { description: 'Enters a project (stage NEGOTIATING), with a new company in the same transaction when company is given' })
  createProject(@CurrentUser() user: User, @Args('input') input: CreateProjectInput): Promise<Project> {
    return this.service.create(user, input);
  }

  @Allow('project.edit')
  @Mutation(() => Project, { description: 'Edits a project at the version you saw (CONFLICT with the current values when someone saved first)' })
  updateProject(@CurrentUser() user: User, @Args('input') input: UpdateProjectInput): Promise<Project> {
    return this.service.update(user, input);
  }

  @Allow('project.stage')
  @Mutation(() => Project, { description: 'Moves a project to another stage with what the stage requires; logged with its effective date' })
  moveProjectStage(@CurrentUser() user: User, @Args('input') input: MoveProjectStageInput): Promise<Project> {
    return this.service.move(user, input);
  }

  @ResolveField(() => [AuditEntry], {
    description: "The project's field history from the audit trail, newest first, one window of it (its records' changes included); none for a project shown masked",
  })
  history(@Parent() project: Project, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<AuditEntry[]> | AuditEntry[] {
    return isProjectMasked(project) ? [] : this.audit.history(ctx, 'project', subListWindow(args)).load(project.id);
  }

  @ResolveField(() => Int, { description: 'Entries in the history (none for a project shown masked)' })
  historyCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> | number {
    return isProjectMasked(project) ? 0 : this.audit.historyCount(ctx, 'project').load(project.id);
  }

  @ResolveField(() => Boolean, { description: 'Confidential and shown to you under its code name' })
  masked(project: Project): boolean {
    return isProjectMasked(project);
  }

  @ResolveField(() => Company, { nullable: true })
  company(project: Project, _args: unknown, ctx: Ctx): Promise<Company | null> | Company | null {
    const ahead = this.loaders.row(ctx, project.id)?.company;
    if (ahead !== undefined) return ahead;
    return project.companyId ? this.companies.company(ctx).load(project.companyId) : null;
  }

  @ResolveField(() => ChainRef)
  chain(project: Project, _args: unknown, ctx: Ctx): Promise<ChainRef> | ChainRef {
    const ahead = this.loaders.row(ctx, project.id)?.chain;
    if (ahead) return ahead;
    return this.chains
      .chain(ctx)
      .load(project.chainId)
      .then((c) => c!);
  }

  @ResolveField(() => [ChainNode], { description: 'The chain-map nodes the project fills' })
  nodes(project: Project, _args: unknown, ctx: Ctx): Promise<ChainNode[]> | ChainNode[] {
    return this.loaders.row(ctx, project.id)?.nodes ?? this.loaders.nodes(ctx).load(project.id);
  }

  @ResolveField(() => User, { nullable: true })
  owner(project: Project, _args: unknown, ctx: Ctx): Promise<User | null> | User | null {
    const ahead = this.loaders.row(ctx, project.id)?.owner;
    if (ahead !== undefined) return ahead;
    return project.ownerId ? this.loaders.users(ctx).load(project.ownerId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  responsibleLeader(project: Project, _args: unknown, ctx: Ctx): Promise<User | null> | User | null {
    const ahead = this.loaders.row(ctx, project.id)?.responsibleLeader;
    if (ahead !== undefined) return ahead;
    return project.responsibleLeaderId ? this.loaders.users(ctx).load(project.responsibleLeaderId) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  responsibleUnit(project: Project, _args: unknown, ctx: Ctx): Promise<Department | null> | Department | null {
    const ahead = this.loaders.row(ctx, project.id)?.responsibleUnit;
    if (ahead !== undefined) return ahead;
    return project.responsibleUnitId ? this.loaders.departments(ctx).load(project.responsibleUnitId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  createdBy(project: Project, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return project.createdById ? this.loaders.users(ctx).load(project.createdById) : null;
  }

  @ResolveField(() => User, { nullable: true })
  updatedBy(project: Project, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return project.updatedById ? this.loaders.users(ctx).load(project.updatedById) : null;
  }

  @ResolveField(() => [ProjectFunds], { description: 'One page of the funds in place (到位资金), latest first; empty when masked' })
  funds(@Parent() project: Project, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<ProjectFunds[]> | ProjectFunds[] {
    return isProjectMasked(project) ? [] : subListRows(ctx, 'project.funds', project.id, this.loaders.funds(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many entries of funds in place there are (0 when masked)' })
  fundsCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> | number {
    return isProjectMasked(project) ? 0 : subListCount(ctx, 'project.funds', project.id, () => this.loaders.fundsCount(ctx).load(project.id));
  }

  @ResolveField(() => DecimalScalar, { nullable: true, description: 'Cumulative funds in place, 亿元 (null when masked)' })
  fundsInPlace(project: Project, _args: unknown, ctx: Ctx): Promise<string> | string | null {
    if (isProjectMasked(project)) return null;
    return this.loaders.row(ctx, project.id)?.facts?.fundsInPlace ?? this.loaders.fundsInPlace(ctx, project.id);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Funds in place as a percentage of the agreed investment (one decimal); null without an agreed amount' })
  fundsInPlacePercent(project: Project, _args: unknown, ctx: Ctx): Promise<number | null> | number | null {
    if (isProjectMasked(project) || !project.agreedInvestment) return null;
    const agreed = project.agreedInvestment;
    const ahead = this.loaders.row(ctx, project.id)?.facts;
    if (ahead) return fundsSharePercent(ahead.fundsInPlace, agreed);
    return this.loaders.fundsInPlace(ctx, project.id).then((funds) => fundsSharePercent(funds, agreed));
  }

  @ResolveField(() => [ProjectMilestone], { description: 'Milestones by planned date' })
  milestones(project: Project, _args: unknown, ctx: Ctx): Promise<ProjectMilestone[]> {
    return this.loaders.milestones(ctx).load(project.id);
  }

  @ResolveField(() => [ProjectUpdate], { description: 'One page of the progress updates, newest first; empty when masked' })
  updates(@Parent() project: Project, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<ProjectUpdate[]> | ProjectUpdate[] {
    return isProjectMasked(project) ? [] : subListRows(ctx, 'project.updates', project.id, this.loaders.updates(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many progress updates there are (0 when masked)' })
  updateCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> | number {
    return isProjectMasked(project) ? 0 : subListCount(ctx, 'project.updates', project.id, () => this.loaders.updateCount(ctx).load(project.id));
  }

  @ResolveField(() => ProjectUpdate, { nullable: true, description: 'The latest progress update (the ledger column)' })
  latestUpdate(project: Project, _args: unknown, ctx: Ctx): Promise<ProjectUpdate | null> | ProjectUpdate | null {
    if (isProjectMasked(project)) return null;
    const ahead = this.loaders.row(ctx, project.id)?.latestUpdate;
    return ahead !== undefined ? ahead : this.loaders.latestUpdate(ctx).load(project.id);
  }

  @ResolveField(() => [CoordinationIssue], { description: 'One page of the coordination issues (问题清单): open first, then by due date; empty when masked' })
  issues(@Parent() project: Project, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<CoordinationIssue[]> | CoordinationIssue[] {
    return isProjectMasked(project) ? [] : subListRows(ctx, 'project.issues', project.id, this.loaders.issues(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many coordination issues there are, closed ones included (0 when masked)' })
  issueCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> | number {
    return isProjectMasked(project) ? 0 : subListCount(ctx, 'project.issues', project.id, () => this.loaders.issueCount(ctx).load(project.id));
  }

  @ResolveField(() => Int, { description: 'Issues not closed out' })
  openIssueCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> | number {
    if (isProjectMasked(project)) return 0;
    const ahead = this.loaders.row(ctx, project.id)?.facts;
    return ahead ? ahead.openIssues : this.loaders.facts(ctx).load(project.id).then((f) => f.openIssues);
  }

  @ResolveField(() => [ProjectStageLog], { description: 'One page of the stage moves, oldest first' })
  stageLog(@Parent() project: Project, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<ProjectStageLog[]> {
    return subListRows(ctx, 'project.stageLog', project.id, this.loaders.stageLog(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many stage moves there are' })
  stageLogCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> {
    return subListCount(ctx, 'project.stageLog', project.id, () => this.loaders.stageLogCount(ctx).load(project.id));
  }

  @ResolveField(() => [ProjectEvent], {
    description: 'One page of the timeline, newest first: stage moves, updates, issues, funds, milestones and field changes; empty when masked',
  })
  timeline(@Parent() project: Project, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<ProjectEvent[]> | ProjectEvent[] {
    return isProjectMasked(project) ? [] : subListRows(ctx, 'project.timeline', project.id, this.loaders.timeline(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many entries the timeline has (0 when masked)' })
  timelineCount(project: Project, _args: unknown, ctx: Ctx): Promise<number> | number {
    return isProjectMasked(project) ? 0 : subListCount(ctx, 'project.timeline', project.id, () => this.loaders.timelineCount(ctx).load(project.id));
  }

  @ResolveField(() => HealthLightEnum, { nullable: true, description: 'Health light today (computed; null for a project at full capacity or dropped)' })
  light(project: Project, _args: unknown, ctx: Ctx): Promise<HealthLight | null> | HealthLight | null {
    const ahead = this.loaders.row(ctx, project.id)?.health;
    if (ahead !== undefined) return ahead?.light ?? null;
    return this.loaders.health(ctx, project).then((h) => h?.light ?? null);
  }

  @ResolveField(() => HealthRuleFired, { nullable: true, description: 'The rule that set a yellow or red light' })
  lightRule(project: Project, _args: unknown, ctx: Ctx): Promise<HealthRuleFired | null> | HealthRuleFired | null {
    const ahead = this.loaders.row(ctx, project.id)?.health;
    if (ahead !== undefined) return ruleFired(ahead);
    return this.loaders.health(ctx, project).then(ruleFired);
  }

  @ResolveField(() => ProjectStage, { nullable: true, description: 'For a project on hold: the stage it was put on hold from' })
  heldFrom(project: Project, _args: unknown, ctx: Ctx): Promise<ProjectStage | null> | ProjectStage | null {
    if (project.stage !== ProjectStage.ON_HOLD) return null;
    const ahead = this.loaders.row(ctx, project.id)?.facts;
    return ahead ? ahead.heldFrom : this.loaders.heldFrom(ctx, project.id);
  }

  @ResolveField(() => [ProjectStage], { description: 'The stages it may move to now (allowedProjectMoves), for the kanban and the move dialog' })
  allowedMoves(project: Project, _args: unknown, ctx: Ctx): Promise<ProjectStage[]> | ProjectStage[] {
    const held = this.heldFrom(project, _args, ctx);
    return held instanceof Promise ? held.then((h) => allowedProjectMoves(project.stage, h)) : allowedProjectMoves(project.stage, held);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit its fields, milestones and updates' })
  canEdit(project: Project, _args: unknown, ctx: Ctx): Promise<boolean> | boolean {
    return this.may(project, ctx, 'project.edit');
  }

  @ResolveField(() => Boolean, { description: 'Whether you may move its stage' })
  canMoveStage(project: Project, _args: unknown, ctx: Ctx): Promise<boolean> | boolean {
    return this.may(project, ctx, 'project.stage');
  }

  @ResolveField(() => Boolean, { description: 'Whether you may raise and move its coordination issues' })
  canManageIssues(project: Project, _args: unknown, ctx: Ctx): Promise<boolean> | boolean {
    return this.may(project, ctx, 'project.issue');
  }

  @ResolveField(() => Boolean, { description: 'Whether you may enter its funds in place' })
  canEnterFunds(project: Project, _args: unknown, ctx: Ctx): Promise<boolean> | boolean {
    return this.may(project, ctx, 'project.funds');
  }

  private may(project: Project, ctx: Ctx, operation: Operation): Promise<boolean> | boolean {
    if (isProjectMasked(project)) return false;
    const allowed = (chain: IndustryChain | null | undefined) => !!chain && canOnChain(actorOfContext(ctx), operation, chain);
    const ahead = this.loaders.row(ctx, project.id)?.chain;
    return ahead !== undefined ? allowed(ahead) : this.chains.chain(ctx).load(project.chainId).then(allowed);
  }
}

function ruleFired(health: ProjectHealth | null): HealthRuleFired | null {
  if (!health?.rule.code) return null;
  return { code: health.rule.code, days: health.rule.days, milestone: health.rule.milestone ?? null };
}

/** The projects on a chain-map node (the node panel), batched per request; confidential ones masked. */
@Resolver(() => ChainNode)
export class NodeProjectsResolver {
  constructor(private readonly loaders: ProjectLoaders) {}

  @ResolveField(() => [Project], { description: 'One page of the projects that fill the node, newest first' })
  projects(@Parent() node: ChainNode, @Args() args: SubListArgs, @Context() ctx: Ctx): Promise<Project[]> {
    return subListRows(ctx, 'node.projects', node.id, this.loaders.ofNode(ctx, args));
  }

  @ResolveField(() => Int, { description: 'How many projects fill the node' })
  projectCount(node: ChainNode, _args: unknown, ctx: Ctx): Promise<number> {
    return subListCount(ctx, 'node.projects', node.id, () => this.loaders.countOnNode(ctx).load(node.id));
  }
}
