import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral } from 'typeorm';
import { Actor, ProjectHealth, projectHealth, ProjectHealthRules, ProjectMilestone as DomainMilestone, ProjectStage } from '@chainboard/domain';
import { alignByKeys, versionMemo, versionMemoByKey, countLoader, countPerParent, groupByKeys, inSubListWindow, requestLoader, requestMemo, subListKey, SubListWindow, unauthenticated, SubListArgs, SubListRows, subListRowsOf, subListTotals, subListWindow, windowPerParent } from '@chainboard/server-core';
import { ChainLoaders, ChainNode, IndustryChain } from '@chainboard/server-chains';
import { Company, CompanyLoaders } from '@chainboard/server-companies';
import { Department, User } from '@chainboard/server-users';
import { ProjectAccess } from './project-access';
import {
  CoordinationIssue,
  CoordinationIssueEvent,
  ProjectEventRow,
  ProjectFunds,
  ProjectMilestone,
  ProjectStageLog,
  ProjectUpdate,
} from './project-records.entity';
import { ProjectSettingsService } from './project-settings.service';
import { Project, ProjectNode } from './project.entity';
import { ProjectEvent } from './project.types';
import { ProjectsService } from './projects.service';

/** The signed-in user of a request (the guard put it on the context before any field resolves). */
export function actorOfContext(ctx: { user?: Actor | null }): Actor {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

type Ctx = { user?: Actor | null };

/** The order of a project's records: columns (or an expression with {a} for the table's alias), direction, nulls. */
type RecordOrder = Array<[column: string, direction: 'ASC' | 'DESC', nulls?: 'NULLS FIRST' | 'NULLS LAST']>;

/** A project's own records as a ledger row or a kanban card shows them (ProjectLoaders.facts). */
export interface ProjectFacts {
  fundsInPlace: string;
  openIssues: number;
  earliestOpenMilestone: DomainMilestone | null;
  heldFrom: ProjectStage | null;
}

/**
 * What a ledger row or a kanban card shows beyond the project's own columns, loaded ahead for a whole list by
 * ProjectLoaders.prepareRows: a field resolver finds its value here and answers at once. A field not loaded ahead
 * (not asked for by the request) is absent, and its resolver asks its loader as usual.
 */
export interface ProjectRowExtras {
  facts?: ProjectFacts;
  health?: ProjectHealth | null;
  chain?: IndustryChain | null;
  company?: Company | null;
  owner?: User | null;
  responsibleLeader?: User | null;
  responsibleUnit?: Department | null;
  nodes?: ChainNode[];
  latestUpdate?: ProjectUpdate | null;
}

/** The fields of a project whose values prepareRows loads ahead, and what each needs. */
const FACT_FIELDS = ['fundsInPlace', 'fundsInPlacePercent', 'openIssueCount', 'heldFrom', 'allowedMoves', 'light', 'lightRule'];
const CHAIN_FIELDS = ['chain', 'canEdit', 'canMoveStage', 'canManageIssues', 'canEnterFunds'];

/**
 * The projects feature's loaders, one of each per request (kept on the GraphQL context): every field of a list of
 * projects costs one SQL statement for the whole list. Other features resolve projects through byId, ofCompany and
 * ofNode, which present them as the reader may see them (confidential ones masked).
 */
@Injectable()
export class ProjectLoaders {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccess,
    private readonly settings: ProjectSettingsService,
    private readonly projects: ProjectsService,
    private readonly chainLoaders: ChainLoaders,
    private readonly companyLoaders: CompanyLoaders,
  ) {}

  /**
   * Loads ahead what the rows of a list (the ledger's page, the kanban's cards) will show of `fields` (the field
   * names the request selects on each row): one batched statement per kind of value for the whole list, as the field
   * resolvers would have issued, but awaited once here so that every row's fields then resolve without a promise each.
   */
  async prepareRows(ctx: Ctx, projects: Project[], fields: Set<string>): Promise<void> {
    if (!projects.length) return;
    const ids = projects.map((p) => p.id);
    const wants = (names: string[]) => names.some((n) => fields.has(n));
    const some = (pick: (p: Project) => string | null) => [...new Set(projects.map(pick).filter((x): x is string => !!x))];
    const values = <V>(loader: DataLoader<string, V>, keys: string[]) =>
      loader.loadMany(keys).then((vs) => {
        const failed = vs.find((v): v is Error => v instanceof Error);
        if (failed) throw failed;
        return new Map(keys.map((k, i) => [k, vs[i] as V]));
      });
    const none = Promise.resolve(null);
    const [facts, healthContext, chains, companies, users, units, nodes, updates] = await Promise.all([
      wants(FACT_FIELDS) ? values(this.facts(ctx), ids) : none,
      wants(['light', 'lightRule']) ? this.healthContext(ctx).load('now') : none,
      wants(CHAIN_FIELDS) ? values(this.chainLoaders.chain(ctx), some((p) => p.chainId)) : none,
      fields.has('company') ? values(this.companyLoaders.company(ctx), some((p) => p.companyId)) : none,
      wants(['owner', 'responsibleLeader']) ? values(this.users(ctx), [...some((p) => p.ownerId), ...some((p) => p.responsibleLeaderId)]) : none,
      fields.has('responsibleUnit') ? values(this.departments(ctx), some((p) => p.responsibleUnitId)) : none,
      fields.has('nodes') ? values(this.nodes(ctx), ids) : none,
      fields.has('latestUpdate') ? values(this.latestUpdate(ctx), ids) : none,
    ]);
    const memo = requestMemo<string, ProjectRowExtras>(ctx, 'project.rows');
    for (const p of projects) {
      const row: ProjectRowExtras = {};
      if (facts) {
        row.facts = facts.get(p.id)!;
        if (healthContext) row.health = this.healthOf(p, row.facts, healthContext.today, healthContext.rules);
      }
      if (chains) row.chain = chains.get(p.chainId) ?? null;
      if (companies) row.company = p.companyId ? (companies.get(p.companyId) ?? null) : null;
      if (users) {
        row.owner = p.ownerId ? (users.get(p.ownerId) ?? null) : null;
        row.responsibleLeader = p.responsibleLeaderId ? (users.get(p.responsibleLeaderId) ?? null) : null;
      }
      if (units) row.responsibleUnit = p.responsibleUnitId ? (units.get(p.responsibleUnitId) ?? null) : null;
      if (nodes) row.nodes = nodes.get(p.id) ?? [];
      if (updates) row.latestUpdate = updates.get(p.id) ?? null;
      memo.set(p.id, row);
    }
  }

  /** What prepareRows loaded ahead for a project in this request, if it did. */
  row(ctx: Ctx, projectId: string): ProjectRowExtras | undefined {
    return requestMemo<string, ProjectRowExtras>(ctx, 'project.rows').get(projectId);
  }

  /** Projects by id, as the reader may see them; a deleted project too, so that what points at it still names it. */
  byId(ctx: Ctx): DataLoader<string, Project | null> {
    return requestLoader<string, Project | null>(ctx, 'project.byId', async (ids) => {
      const rows = await this.access.present(actorOfContext(ctx), await this.db.manager.find(Project, { where: { id: In([...ids]) }, withDeleted: true }));
      return alignByKeys(ids, rows, (r) => r.id);
    });
  }

  /** A company's projects, newest first, as the reader may see them. */
  ofCompany(ctx: Ctx, window: SubListWindow): DataLoader<string, Project[]> {
    return requestLoader<string, Project[]>(ctx, subListKey('project.ofCompany', window), async (ids) => {
      const { sql, params } = this.projectsOfCompanies(ctx, ids);
      const rows = await this.db.manager.find(Project, {
        where: { id: inSubListWindow(sql, 'x.created_at DESC, x.id ASC', window, params) },
        order: { createdAt: 'DESC', id: 'ASC' },
      });
      // A masked project does not say which company it is about: the company's page leaves it out (the window does already).
      const shown = await this.access.present(actorOfContext(ctx), rows);
      return groupByKeys(ids, rows, (r) => r.companyId!).map((group) => group.map((p) => shown[rows.indexOf(p)]).filter((p) => p.companyId !== null));
    });
  }

  /** How many projects each company has (by company id), as ofCompany finds them. */
  countOfCompany(ctx: Ctx): DataLoader<string, number> {
    return requestLoader<string, number>(ctx, 'project.countOfCompany', (ids) => {
      const { sql, params } = this.projectsOfCompanies(ctx, ids);
      return countPerParent(this.db, ids, sql, params);
    });
  }

  /** Every live project of the companies given that the reader sees as it is, with its company as `parent`. */
  private projectsOfCompanies(ctx: Ctx, ids: readonly string[]) {
    const visible = this.access.visibleSql(actorOfContext(ctx), 'p');
    return {
      sql: `SELECT p.id, p.company_id AS parent, p.created_at FROM project p
             WHERE p.company_id = ANY(CAST(:ids AS uuid[])) AND p.deleted_at IS NULL AND ${visible.sql}`,
      params: { ...visible.params, ids: [...ids] },
    };
  }

  /** One window of the projects on chain-map nodes, newest first, as the reader may see them (the node panel). */
  ofNode(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<Project>> {
    const window = subListWindow(args);
    return requestLoader<string, SubListRows<Project>>(ctx, subListKey('project.ofNode', window), async (ids) => {
      const candidates = `SELECT p.id, l.segment_id AS parent, p.created_at, count(*) OVER (PARTITION BY l.segment_id) AS sub_list_total
                            FROM project_chain_node l JOIN project p ON p.id = l.project_id AND p.deleted_at IS NULL
                           WHERE l.segment_id = ANY(:nodeIds::uuid[])`;
      const { entities: links, raw } = await this.db.manager
        .createQueryBuilder(ProjectNode, 'l')
        .innerJoinAndSelect('l.project', 'p')
        .innerJoin(`(${windowPerParent(candidates, 'x.created_at DESC, x.id ASC', window)})`, 'w', 'w.parent = l.segment_id AND w.id = l.project_id')
        .addSelect('w.parent', 'sub_list_parent')
        .addSelect('w.sub_list_total', 'sub_list_total')
        .setParameters({ nodeIds: [...ids] })
        .orderBy('w.parent')
        .addOrderBy('w.sub_list_row')
        .getRawAndEntities();
      const shown = await this.access.present(
        actorOfContext(ctx),
        links.map((l) => l.project),
      );
      const byLink = new Map(links.map((l, i) => [l, shown[i]]));
      const totals = subListTotals(raw);
      return groupByKeys(ids, links, (l) => l.nodeId).map((group, i) =>
        subListRowsOf(
          group.map((l) => byLink.get(l)!),
          totals.get(ids[i]),
          window.offset,
        ),
      );
    });
  }

  /** How many projects are on each chain-map node. */
  countOnNode(ctx: Ctx): DataLoader<string, number> {
    return countLoader(
      ctx,
      'project.countOnNode',
      this.db,
      `SELECT l.segment_id AS parent FROM project_chain_node l
         JOIN project p ON p.id = l.project_id AND p.deleted_at IS NULL
        WHERE l.segment_id = ANY(CAST(:ids AS uuid[]))`,
    );
  }

  nodes(ctx: Ctx): DataLoader<string, ChainNode[]> {
    return requestLoader<string, ChainNode[]>(ctx, 'project.nodes', async (ids) => {
      const links = await this.db.manager.find(ProjectNode, { where: { projectId: In([...ids]) }, relations: { node: true }, order: { node: { sortOrder: 'ASC' } } });
      return groupByKeys(ids, links, (l) => l.projectId).map((group) => group.map((l) => l.node));
    });
  }

  /** Users by id (owners, leaders, authors), batched per request and kept per data version. */
  users(ctx: Ctx): DataLoader<string, User | null> {
    return requestLoader<string, User | null>(ctx, 'project.users', async (ids) =>
      versionMemoByKey(this.db, ctx, 'users.byId', ids, (missing) => this.db.manager.findBy(User, { id: In(missing) }), (r) => r.id) as Promise<Array<User | null>>,
    );
  }

  departments(ctx: Ctx): DataLoader<string, Department | null> {
    return requestLoader<string, Department | null>(ctx, 'project.departments', async (ids) =>
      alignByKeys(ids, [...(await versionMemo(this.db, ctx, 'departments.all', () => this.db.manager.find(Department)))] as Department[], (r) => r.id),
    );
  }

  /** One window of the funds in place, latest first. */
  funds(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<ProjectFunds>> {
    return this.windowOf(ctx, 'project.funds', args, ProjectFunds, 'project_funds', [
      ['received_on', 'DESC'],
      ['entered_at', 'DESC'],
      ['id', 'ASC'],
    ]);
  }

  /** How many entries of funds in place each project has. */
  fundsCount(ctx: Ctx): DataLoader<string, number> {
    return this.countOf(ctx, 'project.fundsCount', 'project_funds');
  }

  /**
   * What a ledger row or a kanban card shows of a project's own records, for the whole list in one statement: funds in
   * place (exact sum, 亿元), open coordination issues, the earliest open milestone (the one a health light can fire on)
   * and, for a project on hold, the stage it was held from.
   */
  facts(ctx: Ctx): DataLoader<string, ProjectFacts> {
    return requestLoader<string, ProjectFacts>(ctx, 'project.facts', async (ids) => {
      const rows: Array<{ id: string; funds: string | null; open_issues: number; milestone: string | null; planned_on: string | null; held_from: ProjectStage | null }> =
        await this.db.query(
          `SELECT p.id,
                  (SELECT sum(f.amount)::text FROM project_funds f WHERE f.project_id = p.id) AS funds,
                  (SELECT count(*)::int FROM coordination_issue i WHERE i.project_id = p.id AND i.status <> 'CLOSED') AS open_issues,
                  m.name AS milestone, m.planned_on::text AS planned_on,
                  CASE WHEN p.stage = $2 THEN
                    (SELECT l.from_stage FROM project_stage_log l WHERE l.project_id = p.id AND l.to_stage = $2 ORDER BY l.id DESC LIMIT 1)
                  END AS held_from
             FROM project p
             LEFT JOIN LATERAL (
               SELECT name, planned_on FROM project_milestone
                WHERE project_id = p.id AND actual_on IS NULL
                ORDER BY planned_on, created_at, id LIMIT 1
             ) m ON true
            WHERE p.id = ANY($1::uuid[])`,
          [ids, ProjectStage.ON_HOLD],
        );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const r = byId.get(id);
        return {
          fundsInPlace: r?.funds ?? '0',
          openIssues: r?.open_issues ?? 0,
          earliestOpenMilestone: r?.milestone && r.planned_on ? { name: r.milestone, plannedOn: r.planned_on, actualOn: null } : null,
          heldFrom: r?.held_from ?? null,
        };
      });
    });
  }

  /** Funds in place per project as an exact sum (亿元). */
  async fundsInPlace(ctx: Ctx, projectId: string): Promise<string> {
    return (await this.facts(ctx).load(projectId)).fundsInPlace;
  }

  /** Milestones by planned date. */
  milestones(ctx: Ctx): DataLoader<string, ProjectMilestone[]> {
    return requestLoader<string, ProjectMilestone[]>(ctx, 'project.milestones', async (ids) => {
      const rows = await this.db.manager.find(ProjectMilestone, { where: { projectId: In([...ids]) }, order: { plannedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.projectId);
    });
  }

  /** One window of the progress updates, newest first. */
  updates(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<ProjectUpdate>> {
    return this.windowOf(ctx, 'project.updates', args, ProjectUpdate, 'project_update', [
      ['created_at', 'DESC'],
      ['id', 'ASC'],
    ]);
  }

  /** How many progress updates each project has. */
  updateCount(ctx: Ctx): DataLoader<string, number> {
    return this.countOf(ctx, 'project.updateCount', 'project_update');
  }

  /** The latest progress update of each project (the ledger's column), one statement for the list. */
  latestUpdate(ctx: Ctx): DataLoader<string, ProjectUpdate | null> {
    return requestLoader<string, ProjectUpdate | null>(ctx, 'project.latestUpdate', async (ids) => {
      const rows = await this.db.manager
        .createQueryBuilder(ProjectUpdate, 'u')
        .distinctOn(['u.project_id'])
        .where('u.project_id IN (:...ids)', { ids })
        .orderBy('u.project_id')
        .addOrderBy('u.created_at', 'DESC')
        .addOrderBy('u.id', 'ASC')
        .getMany();
      return alignByKeys(ids, rows, (r) => r.projectId);
    });
  }

  /** One window of the coordination issues: open ones first, then by due date, then as raised. */
  issues(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<CoordinationIssue>> {
    return this.windowOf(ctx, 'project.issues', args, CoordinationIssue, 'coordination_issue', [
      [`CASE WHEN {a}.status = 'CLOSED' THEN 1 ELSE 0 END`, 'ASC'],
      ['due_on', 'ASC', 'NULLS LAST'],
      ['created_at', 'ASC'],
      ['id', 'ASC'],
    ]);
  }

  /** How many coordination issues each project has (closed ones too). */
  issueCount(ctx: Ctx): DataLoader<string, number> {
    return this.countOf(ctx, 'project.issueCount', 'coordination_issue');
  }

  issueEvents(ctx: Ctx): DataLoader<string, CoordinationIssueEvent[]> {
    return requestLoader<string, CoordinationIssueEvent[]>(ctx, 'project.issueEvents', async (ids) => {
      const rows = await this.db.manager.find(CoordinationIssueEvent, { where: { issueId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.issueId);
    });
  }

  /** One window of the stage moves, in the order they were made. */
  stageLog(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<ProjectStageLog>> {
    return this.windowOf(ctx, 'project.stageLog', args, ProjectStageLog, 'project_stage_log', [['id', 'ASC']]);
  }

  /** How many stage moves each project has. */
  stageLogCount(ctx: Ctx): DataLoader<string, number> {
    return this.countOf(ctx, 'project.stageLogCount', 'project_stage_log');
  }

  /** For a project on hold: the stage it was put on hold from (the move it may resume to). */
  async heldFrom(ctx: Ctx, projectId: string): Promise<ProjectStage | null> {
    return (await this.facts(ctx).load(projectId)).heldFrom;
  }

  /** One window of the timeline, newest first. */
  timeline(ctx: Ctx, args?: SubListArgs | null): DataLoader<string, SubListRows<ProjectEvent>> {
    const window = subListWindow(args);
    return requestLoader<string, SubListRows<ProjectEvent>>(ctx, subListKey('project.timeline', window), async (ids) =>
      (await this.windowRows(ids, window, ProjectEventRow, 'project_event', [['id', 'DESC']])).map((w) => ({ rows: w.rows.map(toEvent), total: w.total })),
    );
  }

  /** How many entries each project's timeline has. */
  timelineCount(ctx: Ctx): DataLoader<string, number> {
    return this.countOf(ctx, 'project.timelineCount', 'project_event');
  }

  /**
   * The health light of a project today (projectHealth in libs/domain) under the rules in force. Only the earliest open
   * milestone can be the latest one, so the list's facts carry it: no statement of its own beyond the rules, per request.
   */
  async health(ctx: Ctx, project: Project): Promise<ProjectHealth | null> {
    const row = this.row(ctx, project.id);
    if (row?.health !== undefined) return row.health;
    const [{ today, rules }, facts] = await Promise.all([this.healthContext(ctx).load('now'), this.facts(ctx).load(project.id)]);
    return this.healthOf(project, facts, today, rules);
  }

  /** A loader of one window of a project's records (a table with project_id), rows in `order` for every project asked. */
  private windowOf<E extends ObjectLiteral & { projectId: string }>(
    ctx: Ctx,
    name: string,
    args: SubListArgs | null | undefined,
    entity: new () => E,
    table: string,
    order: RecordOrder,
  ): DataLoader<string, SubListRows<E>> {
    const window = subListWindow(args);
    return requestLoader<string, SubListRows<E>>(ctx, subListKey(name, window), (ids) => this.windowRows(ids, window, entity, table, order));
  }

  /**
   * One window of a project's records for many projects, in one statement: the window (windowPerParent) picks each
   * project's rows by `order` and counts them all, and the rows come back in that order, project by project.
   */
  private async windowRows<E extends ObjectLiteral & { projectId: string }>(
    ids: readonly string[],
    window: SubListWindow,
    entity: new () => E,
    table: string,
    order: RecordOrder,
  ): Promise<Array<SubListRows<E>>> {
    const expr = (alias: string, column: string) => (column.includes('{a}') ? column.replace(/\{a\}/g, alias) : `${alias}.${column}`);
    const windowOrder = order.map(([column, dir, nulls]) => `${expr('x', column)} ${dir}${nulls ? ` ${nulls}` : ''}`).join(', ');
    const candidates = `SELECT r.*, r.project_id AS parent, count(*) OVER (PARTITION BY r.project_id) AS sub_list_total
                          FROM ${table} r WHERE r.project_id = ANY(:projectIds::uuid[])`;
    const { entities, raw } = await this.db.manager
      .createQueryBuilder(entity, 't')
      .innerJoin(`(${windowPerParent(candidates, windowOrder, window)})`, 'w', 'w.id = t.id')
      .addSelect('w.parent', 'sub_list_parent')
      .addSelect('w.sub_list_total', 'sub_list_total')
      .setParameters({ projectIds: [...ids] })
      .orderBy('w.parent')
      .addOrderBy('w.sub_list_row')
      .getRawAndEntities();
    const totals = subListTotals(raw);
    return groupByKeys(ids, entities, (r) => r.projectId).map((rows, i) => subListRowsOf(rows, totals.get(ids[i]), window.offset));
  }

  /** How many rows of a table of records (with project_id) each project has: one GROUP BY statement per request. */
  private countOf(ctx: Ctx, name: string, table: string): DataLoader<string, number> {
    return countLoader(ctx, name, this.db, `SELECT project_id AS parent FROM ${table} WHERE project_id = ANY(CAST(:ids AS uuid[]))`);
  }

  private healthOf(project: Project, facts: ProjectFacts, today: string, rules: ProjectHealthRules): ProjectHealth | null {
    const milestones = facts.earliestOpenMilestone ? [facts.earliestOpenMilestone] : [];
    return projectHealth({ stage: project.stage, lastUpdateOn: project.lastUpdateOn, createdOn: project.createdOn, milestones }, today, rules);
  }

  private healthContext(ctx: Ctx) {
    return requestLoader<string, { today: string; rules: ProjectHealthRules }>(ctx, 'project.healthContext', async (keys) => {
      const [rules] = await versionMemo(this.db, ctx, 'projects.healthRules', async () => [await this.settings.healthRules()]);
      const today = this.projects.today();
      return keys.map(() => ({ today, rules }));
    });
  }
}

function toEvent(row: ProjectEventRow): ProjectEvent {
  const d = row.data ?? {};
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    actorId: row.actorId,
    changes: d.changes ?? [],
    fromStage: d.fromStage ?? null,
    toStage: d.toStage ?? null,
    effectiveOn: d.effectiveOn ?? null,
    note: d.note ?? null,
    reason: d.reason ?? null,
    text: d.text ?? null,
    amount: d.amount ?? null,
    fundsKind: d.fundsKind ?? null,
    receivedOn: d.receivedOn ?? null,
    milestoneName: d.milestoneName ?? null,
    plannedOn: d.plannedOn ?? null,
    actualOn: d.actualOn ?? null,
    issueId: d.issueId ?? null,
    issueTitle: d.issueTitle ?? null,
    resolution: d.resolution ?? null,
    isDemo: row.isDemo,
  };
}
