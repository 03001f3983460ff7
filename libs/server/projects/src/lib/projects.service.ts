import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import {
  Actor,
  can,
  CLOSED_PROJECT_STAGES,
  countProjects,
  ErrorCode,
  HEALTH_LIGHTS,
  HealthLight,
  projectHealth,
  InvestmentTier,
  canLeadChain,
  mayOwnProjectOn,
  PLAN_PERIOD,
  PLAN_PROJECT_TARGETS,
  PROJECT_STAGE_ON_CONVERSION,
  PROJECT_STAGES,
  projectMoveEffectiveOn,
  ProjectMoveProblem,
  projectMoveProblems,
  ProjectMoveValues,
  ProjectStage,
  ProjectStageField,
  ProjectType,
  requiredFieldsForMove,
  searchCondition,
  searchIndex,
  TIER_THRESHOLDS_YI,
  FundsKind,
  ProjectHealthRules,
} from '@chainboard/domain';
import { AppError, badField, pageTotal, CLOCK, Clock, currentLanguage, deletedPage, forbidden, notFound, restoreIn, softDeleteIn, todayOf, translate } from '@chainboard/server-core';
import { ChainsService, IndustryChain } from '@chainboard/server-chains';
import { CompaniesService, Company, companyMatchesTextSql, NewCompanyInput, SortDirection } from '@chainboard/server-companies';
import { Department, User, UsersService } from '@chainboard/server-users';
import { CreateProjectInput, MoveProjectStageInput, ProjectBoardInput, ProjectFilterInput, ProjectListInput, UpdateProjectInput } from './dto/project.inputs';
import { isProjectMasked, ProjectAccess } from './project-access';
import { ProjectEventData, ProjectEventKind, ProjectEventRow, ProjectMilestone, ProjectStageLog, StageMoveSource } from './project-records.entity';
import { ProjectSettingsService } from './project-settings.service';
import { ProjectBoard, ProjectCounters, ProjectPage, ProjectSortField } from './project.types';
import { Project, ProjectNode } from './project.entity';
import { namesText, sameValue } from './project-values';

/** A project as a form, a converted lead or the seed gives it (CreateProjectInput without the class). */
export type ProjectFields = Omit<CreateProjectInput, never>;

/** A project of the exported ledger with the names and facts shown beside it. */
export interface ProjectExportRow {
  project: Project;
  company: string | null;
  chain: string;
  nodes: string[];
  owner: string | null;
  responsibleLeader: string | null;
  responsibleUnit: string | null;
  fundsInPlace: string | null;
  light: HealthLight | null;
  latestUpdate: string | null;
  openIssues: number;
}

/** How a project came to be: the lead it was converted from, where it was entered, whether it is demo data. */
export interface ProjectOrigin {
  leadId?: string | null;
  isDemo?: boolean;
}

const stageLabel = (stage: ProjectStage) => translate(currentLanguage(), `project.stage.${stage}`);

/** The column of a stage field on the project (the reason goes to the hold or the drop reason). */
const STAGE_FIELD_COLUMN: Record<Exclude<ProjectStageField, 'reason'>, keyof Project> = {
  signedOn: 'signedOn',
  agreedInvestment: 'agreedInvestment',
  registeredCompanyName: 'registeredCompanyName',
  registeredCreditCode: 'registeredCreditCode',
  startedOn: 'startedOn',
  carrier: 'carrier',
  productionOn: 'productionOn',
  capacityOn: 'capacityOn',
};

/** The message of a refused stage move, by the domain's problem code; amounts and dates are named for what they are. */
const MOVE_PROBLEM_KEYS: Record<ProjectMoveProblem['code'], string> = {
  notAllowed: 'project.move.notAllowed',
  required: 'project.move.required',
  invalid: 'project.move.invalid',
  futureEffectiveDate: 'project.move.futureDate',
  beforeLastMove: 'project.move.beforeLastMove',
};

/** Editable columns an update records in the timeline, as the input names them. */
const UPDATE_FIELDS = [
  'name',
  'chainId',
  'companyId',
  'type',
  'agreedInvestment',
  'foreignAmount',
  'foreignCurrency',
  'responsibleLeaderId',
  'responsibleUnitId',
  'ownerId',
  'carrier',
  'landAreaMu',
  'floorSpaceM2',
  'expectedOutput',
  'expectedTax',
  'expectedJobs',
  'confidential',
  'codeName',
  'registeredCompanyName',
  'registeredCreditCode',
] as const satisfies ReadonlyArray<keyof UpdateProjectInput & keyof Project>;

type UpdateField = (typeof UPDATE_FIELDS)[number];

/** What a conflict answer leaves out of a project: the search index and the related records. */
const NOT_IN_SNAPSHOT = new Set(['searchTokens', 'searchText', 'company', 'chain', 'owner', 'responsibleLeader', 'responsibleUnit', 'createdBy', 'updatedBy']);

/** A project's values as plain JSON, for a conflict answer (the values the other editor saved). */
export function projectSnapshot(p: Project): Record<string, unknown> {
  const values = Object.fromEntries(Object.entries(p).filter(([key]) => !NOT_IN_SNAPSHOT.has(key)));
  return { ...values, tier: p.tier, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
}

/** The 'ORDER BY' of each ledger sort; a masked project sorts by what its reader sees. */
const SORTS: Record<ProjectSortField, (visible: string) => string> = {
  [ProjectSortField.NAME]: (visible) => `CASE WHEN ${visible} THEN p.name ELSE COALESCE(p.code_name, '') END`,
  [ProjectSortField.STAGE]: () => `array_position(ARRAY[${PROJECT_STAGES.map((s) => `'${s}'`).join(',')}]::varchar[], p.stage)`,
  [ProjectSortField.AGREED_INVESTMENT]: (visible) => `CASE WHEN ${visible} THEN p.agreed_investment END`,
  [ProjectSortField.SIGNED_ON]: () => 'p.signed_on',
  [ProjectSortField.CREATED_ON]: () => 'p.created_on',
  [ProjectSortField.UPDATED_AT]: () => 'p.updated_at',
  [ProjectSortField.LAST_UPDATE_ON]: () => 'p.last_update_on',
};

/**
 * The projects feature: create, edit and move projects (every move logged in its transaction), the ledger, the
 * kanban and the plan's counters. Stage rules, tiers, the light and the counts are libs/domain's; this service
 * applies them and mirrors them in SQL where a filter needs it (tiers by TIER_THRESHOLDS_YI, the light by the rules).
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly companies: CompaniesService,
    private readonly access: ProjectAccess,
    private readonly settings: ProjectSettingsService,
    private readonly chains: ChainsService,
    private readonly users: UsersService,
  ) {}

  today(): string {
    return todayOf(this.clock);
  }

  /** A project as the actor may see it. */
  async get(actor: Actor, id: string, m: EntityManager = this.db.manager): Promise<Project> {
    const project = await m.findOne(Project, { where: { id } });
    if (!project) throw notFound('project', id);
    return this.access.presentOne(actor, project, m);
  }

  async create(actor: Actor, input: CreateProjectInput): Promise<Project> {
    const id = await this.db.transaction(async (m) => (await this.createIn(m, actor, input)).id);
    return this.get(actor, id);
  }

  /**
   * Creates a project in the caller's transaction (a form, a converted lead, the seed), in stage NEGOTIATING.
   * Company: an existing one by id, or a new one created here. Defaults: type INDUSTRIALISATION; owner the actor
   * when the actor may own projects on the chain.
   */
  async createIn(m: EntityManager, actor: Actor, input: ProjectFields, origin: ProjectOrigin = {}): Promise<Project> {
    if (input.companyId && input.company) throw badField('companyId', 'project.companyTwice');
    if (!input.companyId && !input.company) throw badField('companyId', 'project.companyRequired');
    const chain = await this.chains.authorize(actor, 'project.edit', input.chainId, m);
    for (const field of ['agreedInvestment', 'foreignAmount', 'landAreaMu', 'floorSpaceM2', 'expectedOutput', 'expectedTax'] as const) this.assertNotNegative(field, input[field]);
    this.assertForeignPair(input.foreignAmount ?? null, input.foreignCurrency ?? null);
    const ownerId =
      input.ownerId === undefined ? (mayOwnProjectOn(actor, chain) ? actor.id : null) : input.ownerId === null ? null : (await this.checkedOwner(m, input.ownerId, chain)).id;
    const responsibleLeaderId = input.responsibleLeaderId ? (await this.checkedLeader(m, input.responsibleLeaderId)).id : null;
    const responsibleUnitId = input.responsibleUnitId ? (await this.checkedUnit(m, input.responsibleUnitId)).id : null;
    const nodeIds = await this.checkedNodes(m, chain.id, input.nodeIds ?? []);
    const companyId = (await this.companyFor(m, actor, input)).id;
    const today = this.today();
    const project = await m.save(
      m.create(Project, {
        name: input.name,
        companyId,
        chainId: chain.id,
        type: input.type ?? ProjectType.INDUSTRIALISATION,
        // A project from a lead starts where the domain says conversions start; one from a form, in negotiation.
        stage: origin.leadId ? PROJECT_STAGE_ON_CONVERSION : ProjectStage.NEGOTIATING,
        stageOn: today,
        agreedInvestment: input.agreedInvestment ?? null,
        foreignAmount: input.foreignAmount ?? null,
        foreignCurrency: input.foreignCurrency?.toUpperCase() ?? null,
        leadId: origin.leadId ?? null,
        responsibleLeaderId,
        responsibleUnitId,
        ownerId,
        carrier: input.carrier?.trim() || null,
        landAreaMu: input.landAreaMu ?? null,
        floorSpaceM2: input.floorSpaceM2 ?? null,
        expectedOutput: input.expectedOutput ?? null,
        expectedTax: input.expectedTax ?? null,
        expectedJobs: input.expectedJobs ?? null,
        confidential: input.confidential ?? false,
        codeName: input.codeName?.trim() || null,
        isDemo: origin.isDemo ?? false,
        createdOn: today,
        createdById: actor.id,
        updatedById: actor.id,
        version: 1,
        ...searchIndex(input.name),
      }),
    );
    if (nodeIds.length) await m.insert(ProjectNode, nodeIds.map((nodeId) => ({ projectId: project.id, nodeId })));
    await this.recordEvent(m, project.id, actor, ProjectEventKind.CREATED, { leadId: origin.leadId ?? null });
    return project;
  }

  /**
   * The lead hook (called by the leads feature in its transaction): a project in stage NEGOTIATING with the lead's
   * title (or the name given), company, chain, nodes, intended investment (as the agreed amount to be confirmed on
   * signing), confidentiality and code name; owned by the lead's owner when they may own projects on the chain.
   */
  async createFromLead(
    m: EntityManager,
    actor: Actor,
    lead: {
      id: string;
      name: string;
      companyId: string | null;
      chainId: string;
      nodeIds: string[];
      intendedInvestment: string | null;
      ownerId: string | null;
      confidential: boolean;
      codeName: string | null;
    },
  ): Promise<Project> {
    if (!lead.companyId) throw badField('companyId', 'project.companyRequired');
    const chain = await this.chains.authorize(actor, 'project.edit', lead.chainId, m);
    const owner = lead.ownerId ? await m.findOne(User, { where: { id: lead.ownerId } }) : null;
    const ownerId = owner && owner.active && mayOwnProjectOn(owner, chain) ? owner.id : null;
    return this.createIn(
      m,
      actor,
      {
        name: lead.name,
        chainId: lead.chainId,
        companyId: lead.companyId,
        nodeIds: lead.nodeIds,
        agreedInvestment: lead.intendedInvestment,
        ownerId,
        confidential: lead.confidential,
        codeName: lead.codeName,
      },
      { leadId: lead.id },
    );
  }

  /** Edits a project's fields at the version the editor saw; records what changed in the timeline. */
  async update(actor: Actor, input: UpdateProjectInput): Promise<Project> {
    await this.db.transaction(async (m) => {
      const { project, chain } = await this.forChange(m, actor, input.projectId, 'project.edit');
      if (project.version !== input.expectedVersion) throw await this.staleConflict(m, project.id);
      const next: Partial<Project> = {};
      let targetChain = chain;
      if (input.chainId !== undefined && input.chainId !== project.chainId) {
        targetChain = await this.chains.authorize(actor, 'project.edit', input.chainId, m);
        next.chainId = targetChain.id;
      }
      if (input.name !== undefined) Object.assign(next, { name: input.name, ...searchIndex(input.name) });
      if (input.companyId !== undefined) next.companyId = (await this.companies.get(input.companyId, m)).id;
      if (input.type !== undefined) next.type = input.type;
      for (const field of ['agreedInvestment', 'foreignAmount', 'landAreaMu', 'floorSpaceM2', 'expectedOutput', 'expectedTax'] as const) {
        if (input[field] !== undefined) {
          this.assertNotNegative(field, input[field]);
          next[field] = input[field] ?? null;
        }
      }
      if (input.foreignCurrency !== undefined) next.foreignCurrency = input.foreignCurrency?.toUpperCase() ?? null;
      this.assertForeignPair(
        next.foreignAmount !== undefined ? next.foreignAmount : project.foreignAmount,
        next.foreignCurrency !== undefined ? next.foreignCurrency : project.foreignCurrency,
      );
      if (input.responsibleLeaderId !== undefined) next.responsibleLeaderId = input.responsibleLeaderId ? (await this.checkedLeader(m, input.responsibleLeaderId)).id : null;
      if (input.responsibleUnitId !== undefined) next.responsibleUnitId = input.responsibleUnitId ? (await this.checkedUnit(m, input.responsibleUnitId)).id : null;
      if (input.ownerId !== undefined) next.ownerId = input.ownerId ? (await this.checkedOwner(m, input.ownerId, targetChain)).id : null;
      else if (next.chainId && project.ownerId) await this.checkedOwner(m, project.ownerId, targetChain);
      if (input.carrier !== undefined) next.carrier = input.carrier?.trim() || null;
      if (input.expectedJobs !== undefined) next.expectedJobs = input.expectedJobs ?? null;
      if (input.confidential !== undefined) next.confidential = input.confidential;
      if (input.codeName !== undefined) next.codeName = input.codeName?.trim() || null;
      if (input.registeredCompanyName !== undefined) next.registeredCompanyName = input.registeredCompanyName?.trim() || null;
      if (input.registeredCreditCode !== undefined) next.registeredCreditCode = input.registeredCreditCode ?? null;

      const changes = UPDATE_FIELDS.filter((f) => next[f] !== undefined && !sameValue(project[f], next[f]));
      let nodesChange: { from: string | null; to: string | null } | null = null;
      if (input.nodeIds !== undefined || next.chainId) {
        const nodeIds = await this.checkedNodes(m, targetChain.id, input.nodeIds ?? []);
        const before = await m.find(ProjectNode, { where: { projectId: project.id }, relations: { node: true } });
        const beforeIds = before.map((n) => n.nodeId).sort();
        if (beforeIds.join() !== [...nodeIds].sort().join()) {
          await m.delete(ProjectNode, { projectId: project.id });
          if (nodeIds.length) await m.insert(ProjectNode, nodeIds.map((nodeId) => ({ projectId: project.id, nodeId })));
          const after = await this.chains.nodesWithChain(nodeIds, m);
          nodesChange = { from: namesText(before.map((n) => n.node.name)), to: namesText(after.map((n) => n.name)) };
        }
      }
      if (!changes.length && !nodesChange) return;
      const set: Partial<Project> = Object.fromEntries(changes.map((f) => [f, next[f]]));
      if (changes.includes('name')) Object.assign(set, { searchTokens: next.searchTokens, searchText: next.searchText });
      // A figure edited since the seed gave the plan's is no longer the plan's.
      const edited = new Set<string>(changes);
      if (project.planFields.some((f) => edited.has(f))) set.planFields = project.planFields.filter((f) => !edited.has(f));
      await this.writeAtVersion(m, project.id, input.expectedVersion, { ...set, updatedById: actor.id });
      const labelled: Array<{ field: string; from: string | null; to: string | null }> = await this.describeChanges(
        m,
        changes.map((field) => ({ field, from: project[field], to: next[field] })),
      );
      if (nodesChange) labelled.push({ field: 'nodeIds', ...nodesChange });
      await this.recordEvent(m, project.id, actor, ProjectEventKind.FIELDS_CHANGED, { changes: labelled });
    });
    return this.get(actor, input.projectId);
  }

  async move(actor: Actor, input: MoveProjectStageInput): Promise<Project> {
    await this.db.transaction((m) => this.moveIn(m, actor, input));
    return this.get(actor, input.projectId);
  }

  /**
   * Moves a project to another stage in the caller's transaction: the move must be allowed and carry what the
   * target stage requires (projectMoveProblems in libs/domain); the project's stage fields, the stage-log row and
   * the timeline entry are written together, or nothing is. `source` tells the log where the move came from.
   */
  async moveIn(m: EntityManager, actor: Actor, input: MoveProjectStageInput, source: StageMoveSource = StageMoveSource.APP): Promise<void> {
    const { project } = await this.forChange(m, actor, input.projectId, 'project.stage');
    if (project.version !== input.expectedVersion) throw await this.staleConflict(m, project.id);
    const from = project.stage;
    const last: Array<{ from_stage: ProjectStage | null; effective_on: string }> = await m.query(
      `SELECT from_stage, effective_on FROM project_stage_log WHERE project_id = $1 ORDER BY id DESC LIMIT 1`,
      [project.id],
    );
    const heldFrom = from === ProjectStage.ON_HOLD ? (last[0]?.from_stage ?? null) : null;
    const lastMoveOn = last[0]?.effective_on ?? null;
    const values: ProjectMoveValues = {
      effectiveOn: input.effectiveOn,
      signedOn: input.signedOn,
      agreedInvestment: input.agreedInvestment,
      registeredCompanyName: input.registeredCompanyName,
      registeredCreditCode: input.registeredCreditCode,
      startedOn: input.startedOn,
      carrier: input.carrier,
      productionOn: input.productionOn,
      capacityOn: input.capacityOn,
      reason: input.reason,
    };
    const today = this.today();
    const problems = projectMoveProblems(from, input.to, values, { today, heldFrom, lastMoveOn });
    if (problems.length) throw this.moveRefusal(problems, from, input.to, lastMoveOn);

    const effectiveOn = projectMoveEffectiveOn(input.to, values, today);
    const set: Partial<Project> = { stage: input.to, stageOn: effectiveOn, lastUpdateOn: today, updatedById: actor.id };
    const given: Array<{ field: string; from: string | null; to: string | null }> = [];
    const reason = input.reason?.trim() || null;
    for (const field of requiredFieldsForMove(from, input.to)) {
      if (field === 'reason') continue;
      const column = STAGE_FIELD_COLUMN[field];
      const value = (values[field] as string).trim();
      (set as Record<string, unknown>)[column] = value;
      given.push({ field, from: (project[column] as string | null) ?? null, to: value });
    }
    if (input.to === ProjectStage.ON_HOLD) set.holdReason = reason;
    else set.holdReason = null;
    if (input.to === ProjectStage.DROPPED) set.dropReason = reason;
    await this.writeAtVersion(m, project.id, input.expectedVersion, set);
    await m.insert(ProjectStageLog, {
      recordedAt: this.clock.now(),
      projectId: project.id,
      fromStage: from,
      toStage: input.to,
      effectiveOn,
      actorId: actor.id,
      note: input.note?.trim() || null,
      reason,
      source,
    });
    await this.recordEvent(m, project.id, actor, ProjectEventKind.STAGE_MOVED, {
      fromStage: from,
      toStage: input.to,
      effectiveOn,
      note: input.note?.trim() || null,
      reason,
      changes: given,
    });
  }

  /** One page of the ledger, masked for the actor: the page, its total (capped unless asked exact) and access, whatever the page size. */
  async list(actor: Actor, input: ProjectListInput): Promise<ProjectPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const qb = this.db.manager.createQueryBuilder(Project, 'p');
    const visible = this.access.visibleSql(actor, 'p');
    qb.setParameters(visible.params);
    await this.applyFilters(qb, actor, input, visible.sql);
    qb.orderBy(SORTS[input.sort ?? ProjectSortField.UPDATED_AT](visible.sql), input.direction ?? SortDirection.DESC, 'NULLS LAST')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset(offset)
      .limit(limit);
    const items = await qb.getMany();
    const total = await pageTotal(qb, { offset, limit, rows: items.length, exact: input.exactTotal });
    return { ...total, offset, limit, items: await this.alwaysPresent(actor, items) };
  }

  /**
   * The kanban: per stage the count and the total agreed investment of the filtered projects (without the amounts of
   * those masked for the actor, counted in maskedCount), and the first cards
   * (most recently moved first). Four SQL statements whatever the number of projects.
   */
  async board(actor: Actor, input: ProjectBoardInput): Promise<ProjectBoard> {
    const perColumn = input.cardsPerColumn ?? 20;
    const qb = this.db.manager.createQueryBuilder(Project, 'p');
    const visible = this.access.visibleSql(actor, 'p');
    qb.setParameters(visible.params);
    await this.applyFilters(qb, actor, input, visible.sql);
    // A project masked for the reader counts, but its amount stays out of the total (else a column's total would tell
    // a confidential project's investment); maskedCount says how many are left out.
    const stats: Array<{ stage: ProjectStage; count: number; total: string; masked: number }> = await qb
      .clone()
      .select('p.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .addSelect(`COALESCE(sum(p.agreed_investment) FILTER (WHERE ${visible.sql}), 0)::text`, 'total')
      .addSelect(`(count(*) FILTER (WHERE NOT ${visible.sql}))::int`, 'masked')
      .groupBy('p.stage')
      .getRawMany();
    const stages = input.stages?.length ? PROJECT_STAGES.filter((s) => input.stages!.includes(s)) : PROJECT_STAGES;
    // The first cards of each stage, each read from the index project_board_order (a short scan per stage) instead of
    // numbering every project of the board: the cost stays that of the cards shown, however many projects there are.
    const [sql, params] = qb
      .clone()
      .select('p.id', 'id')
      .addSelect('p.stage_on', 'stage_on')
      .addSelect('p.updated_at', 'updated_at')
      .andWhere('p.stage = board_stage.stage')
      .orderBy('p.stage_on', 'DESC', 'NULLS LAST')
      .addOrderBy('p.updated_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .limit(perColumn)
      .getQueryAndParameters();
    const cards: Array<{ id: string }> = await this.db.query(
      `SELECT c.id FROM unnest($${params.length + 1}::varchar[]) WITH ORDINALITY AS board_stage(stage, ord)
         CROSS JOIN LATERAL (${sql}) c
        ORDER BY board_stage.ord, c.stage_on DESC NULLS LAST, c.updated_at DESC, c.id`,
      [...params, stages],
    );
    const rows = cards.length ? await this.db.manager.findBy(Project, { id: In(cards.map((c) => c.id)) }) : [];
    const byId = new Map((await this.alwaysPresent(actor, rows)).map((p) => [p.id, p]));
    const ordered = cards.map((c) => byId.get(c.id)).filter((p): p is Project => !!p);
    return {
      columns: stages.map((stage) => {
        const stat = stats.find((s) => s.stage === stage);
        const projects = ordered.filter((p) => p.stage === stage);
        const count = stat?.count ?? 0;
        return { stage, count, totalAgreedInvestment: stat ? stat.total : '0', maskedCount: stat?.masked ?? 0, projects, hasMore: count > projects.length };
      }),
    };
  }

  /**
   * The plan's counters on `asOf` (countProjects in libs/domain), from the stage log: a project counts from the
   * effective date of its first SIGNED move, until the effective date of its DROPPED move; funds in place are those
   * of counted projects received by `asOf`. `from` limits both to what happened since (the plan period by default).
   */
  async counters(input: { asOf: string; chainId?: string | null; from?: string | null; includeDemo?: boolean | null }): Promise<ProjectCounters> {
    const [counters] = await this.countersMany({ chainId: input.chainId, includeDemo: input.includeDemo, asks: [{ asOf: input.asOf, from: input.from }] });
    return counters;
  }

  /**
   * The counters at several dates (and starts) of one chain or the district at once: the projects' signing and dropping
   * dates (kept on the project row from its stage log) and the funds are read once, up to the latest date asked, and
   * counted for each ask (countProjects counts by each ask's dates).
   */
  async countersMany(input: {
    chainId?: string | null;
    includeDemo?: boolean | null;
    asks: ReadonlyArray<{ asOf: string; from?: string | null }>;
  }): Promise<ProjectCounters[]> {
    const asks = input.asks.map((a) => ({ asOf: a.asOf, from: a.from === undefined ? PLAN_PERIOD.from : a.from }));
    for (const a of asks) if (a.from && a.from > a.asOf) throw badField('from', 'input.dateRange');
    const last = asks.map((a) => a.asOf).sort().at(-1);
    if (!last) return [];
    // The chain and demo filters apply to the projects, and the funds are joined the same way (not asked by a list of
    // thousands of ids): a chain's counters read that chain's rows only.
    const scope = (chain: string, demo: string) => `p.deleted_at IS NULL AND (${chain}::uuid IS NULL OR p.chain_id = ${chain}) AND (${demo}::boolean OR NOT p.is_demo)`;
    const [rows, funds]: [
      Array<{ id: string; type: ProjectType; agreed: string | null; signed_on: string | null; dropped_on: string | null }>,
      Array<{ project_id: string; amount: string; received_on: string; kind: FundsKind }>,
    ] = await Promise.all([
      this.db.query(
        `SELECT p.id, p.type, p.agreed_investment::text AS agreed, p.log_signed_on AS signed_on, p.log_dropped_on AS dropped_on
           FROM project p
          WHERE ${scope('$2', '$3')} AND p.log_signed_on <= $1`,
        [last, input.chainId ?? null, input.includeDemo ?? true],
      ),
      this.db.query(
        `SELECT f.project_id, f.amount::text AS amount, f.received_on, f.kind
           FROM project_funds f JOIN project p ON p.id = f.project_id
          WHERE f.received_on <= $1 AND ${scope('$2', '$3')}`,
        [last, input.chainId ?? null, input.includeDemo ?? true],
      ),
    ]);
    const fundsOf = new Map<string, Array<{ amount: string; receivedOn: string; kind: FundsKind }>>();
    for (const f of funds) {
      const list = fundsOf.get(f.project_id) ?? [];
      list.push({ amount: f.amount, receivedOn: f.received_on, kind: f.kind });
      fundsOf.set(f.project_id, list);
    }
    const projects = rows.map((r) => ({ type: r.type, agreedInvestment: r.agreed, signedOn: r.signed_on, droppedOn: r.dropped_on, fundsInPlace: fundsOf.get(r.id) ?? [] }));
    return asks.map(({ asOf, from }) => {
      const counts = countProjects(projects, asOf, { from });
      return {
        asOf,
        from: from ?? null,
        chainId: input.chainId ?? null,
        signed: counts.signed,
        industrialisation: counts.industrialisation,
        tier30Plus: counts.tier30Plus,
        tier10To30: counts.tier10To30,
        signedAmount: counts.signedAmount,
        fundsInPlace: counts.fundsInPlace,
        fundsInPlaceDomestic: counts.fundsInPlaceByKind.DOMESTIC,
        fundsInPlaceForeign: counts.fundsInPlaceByKind.FOREIGN,
        targets: { ...PLAN_PROJECT_TARGETS },
      };
    });
  }

  /**
   * The projects yellow or red today, of the chains (all when null): the ledger's light filter (lightSql) in one
   * statement, so that a dashboard of today names exactly the projects the ledger lists for a light.
   */
  async lightsToday(chainIds: readonly string[] | null, includeDemo = true): Promise<Map<string, HealthLight>> {
    const light = this.lightSql(this.today(), await this.settings.healthRules());
    // The light is computed once per project (a subquery), then kept when yellow or red.
    const [sql, params] = this.db.manager
      .createQueryBuilder(Project, 'p')
      .select('p.id', 'id')
      .addSelect(`(${light.sql})`, 'rank')
      .where('p.deleted_at IS NULL')
      .andWhere(chainIds ? 'p.chain_id IN (:...lightChains)' : '1 = 1', chainIds ? { lightChains: chainIds.length ? chainIds : ['00000000-0000-0000-0000-000000000000'] } : {})
      .andWhere(includeDemo ? '1 = 1' : 'NOT p.is_demo')
      .setParameters(light.params)
      .getQueryAndParameters();
    const rows: Array<{ id: string; rank: number }> = await this.db.query(`SELECT lit.id, lit.rank FROM (${sql}) lit WHERE lit.rank > 0`, params);
    return new Map(rows.map((r) => [r.id, HEALTH_LIGHTS[Number(r.rank)]]));
  }

  /**
   * Every project of the filtered ledger (all pages, masked as on screen, at most `max`), with what the ledger shows
   * beside each: names of its company, chain, nodes and people, funds in place, the light, the latest update and the
   * open issues. For the export: a few statements per 2,000 projects.
   */
  async exportRows(actor: Actor, input: ProjectListInput, max = 100_000): Promise<ProjectExportRow[]> {
    const page = 2_000;
    const rows: ProjectExportRow[] = [];
    const today = this.today();
    const rules = await this.settings.healthRules();
    for (let offset = 0; offset < max; offset += page) {
      const limit = Math.min(page, max - offset);
      const { items } = await this.list(actor, { ...input, offset, limit } as ProjectListInput);
      rows.push(...(await this.exportFacts(actor, items, today, rules)));
      if (items.length < limit) break;
    }
    return rows;
  }

  private async exportFacts(actor: Actor, projects: Project[], today: string, rules: ProjectHealthRules): Promise<ProjectExportRow[]> {
    if (!projects.length) return [];
    const m = this.db.manager;
    const ids = projects.map((p) => p.id);
    const some = (pick: (p: Project) => string | null) => [...new Set(projects.map(pick).filter((x): x is string => !!x))];
    const names = async <T extends { id: string }>(entity: new () => T, list: string[], name: (row: T) => string) =>
      new Map(list.length ? (await m.findBy(entity as never, { id: In(list) } as never) as T[]).map((r) => [r.id, name(r)]) : []);
    const companies = new Map((await this.companies.byIds(some((p) => p.companyId), m)).map((c) => [c.id, c.name]));
    const chains = new Map((await this.chains.byIds(some((p) => p.chainId), m)).map((c) => [c.id, c.name]));
    const users = await names(User, [...some((p) => p.ownerId), ...some((p) => p.responsibleLeaderId)], (u) => u.displayName);
    const units = await names(Department, some((p) => p.responsibleUnitId), (d) => d.name);
    const nodeRows = await m.find(ProjectNode, { where: { projectId: In(ids) }, relations: { node: true } });
    const facts: Array<{ id: string; funds: string | null; update: string | null; open: number }> = await m.query(
      `SELECT p.id,
              (SELECT sum(f.amount)::text FROM project_funds f WHERE f.project_id = p.id) AS funds,
              (SELECT u.text FROM project_update u WHERE u.project_id = p.id ORDER BY u.created_at DESC, u.id LIMIT 1) AS update,
              (SELECT count(*)::int FROM coordination_issue i WHERE i.project_id = p.id AND i.status <> 'CLOSED') AS open
         FROM project p WHERE p.id = ANY($1)`,
      [ids],
    );
    const factOf = new Map(facts.map((f) => [f.id, f]));
    const milestones = await m.find(ProjectMilestone, { where: { projectId: In(ids), actualOn: IsNull() }, order: { plannedOn: 'ASC', createdAt: 'ASC' } });
    // Each project's milestones and nodes, grouped once (in their order) rather than searched for per project.
    const group = <T extends { projectId: string }, V>(rows: T[], pick: (row: T) => V) => {
      const map = new Map<string, V[]>();
      for (const r of rows) {
        const list = map.get(r.projectId);
        if (list) list.push(pick(r));
        else map.set(r.projectId, [pick(r)]);
      }
      return map;
    };
    const milestonesOf = group(milestones, (x) => x);
    const nodesOf = group(nodeRows, (n) => n.node.name);
    return projects.map((p) => {
      const masked = isProjectMasked(p);
      const fact = factOf.get(p.id);
      const health = projectHealth({ stage: p.stage, lastUpdateOn: p.lastUpdateOn, createdOn: p.createdOn, milestones: milestonesOf.get(p.id) ?? [] }, today, rules);
      return {
        project: p,
        company: p.companyId ? (companies.get(p.companyId) ?? null) : null,
        chain: chains.get(p.chainId) ?? '',
        nodes: nodesOf.get(p.id) ?? [],
        owner: p.ownerId ? (users.get(p.ownerId) ?? null) : null,
        responsibleLeader: p.responsibleLeaderId ? (users.get(p.responsibleLeaderId) ?? null) : null,
        responsibleUnit: p.responsibleUnitId ? (units.get(p.responsibleUnitId) ?? null) : null,
        fundsInPlace: masked ? null : (fact?.funds ?? '0'),
        light: health?.light ?? null,
        latestUpdate: masked ? null : (fact?.update ?? null),
        openIssues: masked ? 0 : (fact?.open ?? 0),
      };
    });
  }

  /** The filters of the ledger, the kanban and the export. */
  async applyFilters(qb: SelectQueryBuilder<Project>, actor: Actor, input: ProjectFilterInput, visible: string): Promise<void> {
    const cond = input.query ? searchCondition(input.query) : null;
    if (cond) {
      // Text finds a project by its name or its company's names, and never finds one the reader sees masked.
      const likes = (alias: string) => cond.patterns.map((_, i) => `AND ${alias}.search_text LIKE :projectLike${i} ESCAPE '\\'`).join(' ');
      const likeParams = cond.patterns.map((_, i) => `projectLike${i}`);
      qb.andWhere(
        `(${visible} AND ((p.search_tokens @> CAST(:projectTokens AS text[]) ${likes('p')})
            OR ${companyMatchesTextSql('p.company_id', 'projectTokens', likeParams)}))`,
        { projectTokens: cond.tokens, ...Object.fromEntries(cond.patterns.map((p, i) => [`projectLike${i}`, p])) },
      );
    }
    if (input.chainId) qb.andWhere('p.chain_id = :chainId', { chainId: input.chainId });
    if (input.nodeId) qb.andWhere('EXISTS (SELECT 1 FROM project_chain_node fn WHERE fn.project_id = p.id AND fn.segment_id = :nodeId)', { nodeId: input.nodeId });
    if (input.stages?.length) qb.andWhere('p.stage IN (:...stages)', { stages: input.stages });
    if (input.types?.length) qb.andWhere('p.type IN (:...types)', { types: input.types });
    if (input.tiers?.length) {
      // The tiers of investmentTier, by the domain's thresholds.
      const t = TIER_THRESHOLDS_YI;
      const tierSql: Record<InvestmentTier, string> = {
        [InvestmentTier.TIER_30_PLUS]: 'p.agreed_investment >= CAST(:tier30 AS numeric)',
        [InvestmentTier.TIER_10_30]: '(p.agreed_investment >= CAST(:tier10 AS numeric) AND p.agreed_investment < CAST(:tier30 AS numeric))',
        [InvestmentTier.TIER_1_10]: '(p.agreed_investment >= CAST(:tier1 AS numeric) AND p.agreed_investment < CAST(:tier10 AS numeric))',
        [InvestmentTier.BELOW_1]: 'p.agreed_investment < CAST(:tier1 AS numeric)',
      };
      // A tier tells a masked project's amount range: the tier filter finds visible projects only, as the company filter.
      qb.andWhere(`(${visible} AND (${input.tiers.map((tier) => tierSql[tier]).join(' OR ')}))`, {
        tier30: t[InvestmentTier.TIER_30_PLUS],
        tier10: t[InvestmentTier.TIER_10_30],
        tier1: t[InvestmentTier.TIER_1_10],
      });
    }
    if (input.lights?.length) {
      const light = this.lightSql(this.today(), await this.settings.healthRules());
      qb.andWhere(`(${light.sql}) IN (:...lightRanks)`, { ...light.params, lightRanks: input.lights.map((l) => HEALTH_LIGHTS.indexOf(l)) });
    }
    if (input.ownerId) qb.andWhere('p.owner_id = :ownerId', { ownerId: input.ownerId });
    if (input.mine) qb.andWhere('p.owner_id = :mineId', { mineId: actor.id });
    if (input.responsibleLeaderId) qb.andWhere('p.responsible_leader_id = :leaderId', { leaderId: input.responsibleLeaderId });
    if (input.responsibleUnitId) qb.andWhere('p.responsible_unit_id = :unitId', { unitId: input.responsibleUnitId });
    // Filtering by company would tell which company a masked project is about: it finds visible projects only.
    if (input.companyId) qb.andWhere(new Brackets((w) => w.where(visible).andWhere('p.company_id = :filterCompanyId', { filterCompanyId: input.companyId })));
    if (input.signedFrom) qb.andWhere('p.signed_on >= :signedFrom', { signedFrom: input.signedFrom });
    if (input.signedTo) qb.andWhere('p.signed_on <= :signedTo', { signedTo: input.signedTo });
    if (input.createdFrom) qb.andWhere('p.created_on >= :createdFrom', { createdFrom: input.createdFrom });
    if (input.createdTo) qb.andWhere('p.created_on <= :createdTo', { createdTo: input.createdTo });
    if (input.isDemo !== undefined && input.isDemo !== null) qb.andWhere('p.is_demo = :isDemo', { isDemo: input.isDemo });
  }

  /**
   * The light of a project row (alias p) as its rank in HEALTH_LIGHTS (0 green, 1 yellow, 2 red; null for a closed
   * project): projectHealth of libs/domain in SQL, for the light filter. The open milestone furthest past its date,
   * and the days since the latest update (not counted on hold); the worse wins. A test holds the two together.
   * `lateOn`: an expression for the project's earliest open milestone past its date when the caller joins it (a
   * statement over many projects), instead of the subquery per project.
   */
  lightSql(today: string, rules: ProjectHealthRules, lateOn?: string): { sql: string; params: Record<string, unknown> } {
    const earliest =
      lateOn ??
      `(SELECT min(lm.planned_on) FROM project_milestone lm
                     WHERE lm.project_id = p.id AND lm.actual_on IS NULL AND lm.planned_on < CAST(:lightToday AS date))`;
    const late = `(CAST(:lightToday AS date) - ${earliest})`;
    const quiet = `GREATEST(0, CAST(:lightToday AS date) - COALESCE(p.last_update_on, p.created_on))`;
    const rank = (days: string, yellow: string, red: string) => `CASE WHEN ${days} >= :${red} THEN 2 WHEN ${days} >= :${yellow} THEN 1 ELSE 0 END`;
    return {
      sql: `CASE WHEN p.stage IN (:...lightClosed) THEN NULL
                 ELSE GREATEST(COALESCE(${rank(late, 'lightMilestoneYellow', 'lightMilestoneRed')}, 0),
                               CASE WHEN p.stage = :lightOnHold THEN 0 ELSE ${rank(quiet, 'lightQuietYellow', 'lightQuietRed')} END) END`,
      params: {
        lightToday: today,
        lightClosed: CLOSED_PROJECT_STAGES,
        lightOnHold: ProjectStage.ON_HOLD,
        lightMilestoneYellow: rules.milestoneYellowAtDaysLate,
        lightMilestoneRed: rules.milestoneRedAtDaysLate,
        lightQuietYellow: rules.noUpdateYellowAtDays,
        lightQuietRed: rules.noUpdateRedAtDays,
      },
    };
  }

  /** The project for a change: it exists, the actor's grant of the operation reaches its chain, and the actor sees it unmasked. */
  /** Milestones planned in a range (from and to inclusive), with the day each was reached, for the monthly ranking. */
  async milestonesDueBetween(range: { from: string; to: string; chainIds: readonly string[] | null; includeDemo?: boolean }): Promise<Array<{ chainId: string; plannedOn: string; actualOn: string | null }>> {
    const rows: Array<{ chain_id: string; planned_on: string; actual_on: string | null }> = await this.db.query(
      `SELECT p.chain_id, m.planned_on::text AS planned_on, m.actual_on::text AS actual_on
         FROM project_milestone m JOIN project p ON p.id = m.project_id
        WHERE m.planned_on BETWEEN $1 AND $2 AND p.deleted_at IS NULL AND ($3::uuid[] IS NULL OR p.chain_id = ANY($3)) AND ($4::boolean OR NOT p.is_demo)`,
      [range.from, range.to, range.chainIds, range.includeDemo ?? true],
    );
    return rows.map((r) => ({ chainId: r.chain_id, plannedOn: r.planned_on, actualOn: r.actual_on }));
  }

  /**
   * Links a project to its carrier among the district's places (a zone, a building, a land parcel; null clears one),
   * at the version the editor saw. `check` is the places feature's check that the places exist, in the same transaction.
   */
  async setCarrierRefs(
    actor: Actor,
    input: { projectId: string; expectedVersion: number; carrierZoneId: string | null; carrierBuildingId: string | null; carrierParcelId: string | null },
    check: (m: EntityManager) => Promise<void>,
  ): Promise<Project> {
    await this.db.transaction(async (m) => {
      await this.forChange(m, actor, input.projectId, 'project.edit');
      await check(m);
      const { carrierZoneId, carrierBuildingId, carrierParcelId } = input;
      await this.writeAtVersion(m, input.projectId, input.expectedVersion, { carrierZoneId, carrierBuildingId, carrierParcelId });
    });
    return this.get(actor, input.projectId);
  }

  /** Deletes a project into the recycle bin (project.delete on its chain): it leaves the ledger, the board, the map's counts, search and figures. */
  async softDelete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const project = await m.findOne(Project, { where: { id } });
      if (!project) throw notFound('project', id);
      const chain = await this.chains.authorize(actor, 'project.delete', project.chainId, m);
      this.access.assertSees(actor, project, chain);
      await softDeleteIn(m, Project, 'project', id, actor.id);
    });
  }

  /** Brings a project back from the recycle bin. */
  async restore(actor: Actor, id: string): Promise<Project> {
    await this.db.transaction((m) => restoreIn(m, Project, 'project', id));
    return this.get(actor, id);
  }

  /** The recycle bin's projects, most recently deleted first, as the actor may see them. */
  async deleted(actor: Actor, offset: number, limit: number): Promise<ProjectPage> {
    const page = await deletedPage(this.db.manager, Project, offset, limit);
    return { total: page.total, totalCapped: false, items: await this.access.present(actor, page.items), offset, limit };
  }

  async forChange(m: EntityManager, actor: Actor, projectId: string, operation: 'project.edit' | 'project.stage' | 'project.issue' | 'project.funds') {
    const project = await m.findOne(Project, { where: { id: projectId } });
    if (!project) throw notFound('project', projectId);
    const chain = await this.chains.authorize(actor, operation, project.chainId, m);
    this.access.assertSees(actor, project, chain);
    return { project, chain };
  }

  /**
   * Writes the changes at the version the editor saw, moving the version on: `UPDATE … WHERE id AND version`. When
   * another save got there first (no row updated) the change is refused with the newer values.
   */
  private async writeAtVersion(m: EntityManager, projectId: string, expectedVersion: number, set: Partial<Project>): Promise<void> {
    const result = await m
      .createQueryBuilder()
      .update(Project)
      .set({ ...set, version: () => 'version + 1' } as never)
      .where('id = :projectId AND version = :expectedVersion', { projectId, expectedVersion })
      .execute();
    if (!result.affected) throw await this.staleConflict(m, projectId);
  }

  /** CONFLICT: someone saved the project since the editor read it; `extensions.current` holds what they saved. */
  private async staleConflict(m: EntityManager, projectId: string): Promise<AppError> {
    const current = await m.findOne(Project, { where: { id: projectId } });
    if (!current) return notFound('project', projectId);
    return new AppError(ErrorCode.CONFLICT, 'project.stale', { version: current.version }, { current: projectSnapshot(current) });
  }

  /** BAD_USER_INPUT naming the first problem's field; every problem listed in `fields`, so that a dialog shows them all. */
  private moveRefusal(problems: ProjectMoveProblem[], from: ProjectStage, to: ProjectStage, lastMoveOn: string | null): AppError {
    const params: Record<string, string> = { from: stageLabel(from), to: stageLabel(to), ...(lastMoveOn ? { lastMoveOn } : {}) };
    const keyOf = (p: ProjectMoveProblem) => (p.code === 'invalid' && p.field === 'agreedInvestment' ? 'project.amountPositive' : MOVE_PROBLEM_KEYS[p.code]);
    const [first] = problems;
    return new AppError(ErrorCode.BAD_USER_INPUT, keyOf(first), { ...params, field: first.field ?? 'to' }, {
      fields: problems.map((p) => ({ field: p.field ?? 'to', key: keyOf(p), params: { ...params, field: p.field ?? 'to' } })),
    });
  }

  /** Timeline entry of a change, written in the change's transaction. */
  async recordEvent(m: EntityManager, projectId: string, actor: Actor | null, kind: ProjectEventKind, data: ProjectEventData): Promise<void> {
    await m.insert(ProjectEventRow, { projectId, actorId: actor?.id ?? null, kind, data, at: this.clock.now() });
  }

  /** The project list as the actor may see it; always one statement, so that a page costs the same whatever it holds. */
  private async alwaysPresent(actor: Actor, projects: Project[]): Promise<Project[]> {
    if (!projects.length) return projects;
    return this.access.present(actor, projects, this.db.manager, { always: true });
  }

  /** A user who may own projects on the chain (project.own reaches it) and is active; refused naming ownerId. */
  async checkedOwner(m: EntityManager, ownerId: string, chain: IndustryChain): Promise<User> {
    const owner = await this.users.getUser(ownerId, m);
    if (!owner.active) throw badField('ownerId', 'project.ownerInactive', { name: owner.displayName });
    if (!mayOwnProjectOn(owner, chain)) throw badField('ownerId', 'project.ownerNotAllowed', { name: owner.displayName, chain: chain.name });
    return owner;
  }

  /** An active district or chain leader, to be the responsible leader. */
  private async checkedLeader(m: EntityManager, userId: string): Promise<User> {
    const user = await this.users.getUser(userId, m);
    if (!user.active) throw badField('responsibleLeaderId', 'project.leaderInactive', { name: user.displayName });
    if (!canLeadChain(user)) throw badField('responsibleLeaderId', 'project.leaderRole', { name: user.displayName });
    return user;
  }

  private async checkedUnit(m: EntityManager, departmentId: string): Promise<Department> {
    return this.users.getDepartment(departmentId, m);
  }

  /** The nodes, each of the chain's map; an unknown one is not found, one of another chain refused by name. */
  private async checkedNodes(m: EntityManager, chainId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const nodes = await this.chains.nodesWithChain(unique, m);
    for (const id of unique) {
      const node = nodes.find((n) => n.id === id);
      if (!node) throw notFound('node', id);
      if (node.chainId !== chainId) throw badField('nodeIds', 'project.nodeOtherChain', { name: node.name });
    }
    return unique;
  }

  private async companyFor(m: EntityManager, actor: Actor, input: { companyId?: string; company?: NewCompanyInput }): Promise<Company> {
    if (input.companyId) return this.companies.get(input.companyId, m);
    if (!input.company) throw badField('companyId', 'project.companyRequired');
    if (!can(actor, 'company.edit')) throw forbidden();
    return this.companies.createIn(m, input.company, { allowDuplicate: input.company.allowDuplicate });
  }

  private assertNotNegative(field: string, value: string | null | undefined): void {
    if (value && value.trim().startsWith('-')) throw badField(field, 'project.amountNegative');
  }

  private assertForeignPair(amount: string | null, currency: string | null): void {
    if (amount !== null && !currency) throw badField('foreignCurrency', 'project.foreignPair');
    if (currency && amount === null) throw badField('foreignAmount', 'project.foreignPair');
  }

  /** Field changes as people read them: references by name, not id. */
  private async describeChanges(m: EntityManager, changes: Array<{ field: UpdateField; from: unknown; to: unknown }>) {
    const ids = (fields: UpdateField[]) => [
      ...new Set(changes.filter((c) => fields.includes(c.field)).flatMap((c) => [c.from, c.to]).filter((v): v is string => typeof v === 'string')),
    ];
    const userIds = ids(['ownerId', 'responsibleLeaderId']);
    const unitIds = ids(['responsibleUnitId']);
    const companyIds = ids(['companyId']);
    const chainIds = ids(['chainId']);
    const names = new Map<string, string>();
    if (userIds.length) for (const u of await m.findBy(User, { id: In(userIds) })) names.set(u.id, u.displayName);
    if (unitIds.length) for (const d of await m.findBy(Department, { id: In(unitIds) })) names.set(d.id, d.name);
    for (const c of await this.companies.byIds(companyIds, m)) names.set(c.id, c.name);
    for (const c of await this.chains.byIds(chainIds, m)) names.set(c.id, c.name);
    const text = (field: UpdateField, v: unknown): string | null => {
      if (v === null || v === undefined) return null;
      if (field.endsWith('Id') && typeof v === 'string') return names.get(v) ?? v;
      return String(v);
    };
    return changes.map((c) => ({ field: c.field, from: text(c.field, c.from), to: text(c.field, c.to) }));
  }
}
