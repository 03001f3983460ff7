import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Actor, ProjectHealth, projectHealth, ProjectHealthRules, ProjectStage } from '@chainboard/domain';
import { alignByKeys, groupByKeys, requestLoader, unauthenticated } from '@chainboard/server-core';
import { ChainNode } from '@chainboard/server-chains';
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
  ) {}

  /** Projects by id, as the reader may see them; a deleted project too, so that what points at it still names it. */
  byId(ctx: Ctx): DataLoader<string, Project | null> {
    return requestLoader<string, Project | null>(ctx, 'project.byId', async (ids) => {
      const rows = await this.access.present(actorOfContext(ctx), await this.db.manager.find(Project, { where: { id: In([...ids]) }, withDeleted: true }));
      return alignByKeys(ids, rows, (r) => r.id);
    });
  }

  /** A company's projects, newest first, as the reader may see them. */
  ofCompany(ctx: Ctx): DataLoader<string, Project[]> {
    return requestLoader<string, Project[]>(ctx, 'project.ofCompany', async (ids) => {
      const rows = await this.db.manager.find(Project, { where: { companyId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } });
      // A masked project does not say which company it is about: the company's page leaves it out.
      const shown = await this.access.present(actorOfContext(ctx), rows);
      return groupByKeys(ids, rows, (r) => r.companyId!).map((group) => group.map((p) => shown[rows.indexOf(p)]).filter((p) => p.companyId !== null));
    });
  }

  /** The projects on chain-map nodes, newest first, as the reader may see them. */
  ofNode(ctx: Ctx): DataLoader<string, Project[]> {
    return requestLoader<string, Project[]>(ctx, 'project.ofNode', async (ids) => {
      const links = await this.db.manager.find(ProjectNode, {
        where: { nodeId: In([...ids]) },
        relations: { project: true },
        order: { project: { createdAt: 'DESC' } },
      });
      const shown = await this.access.present(
        actorOfContext(ctx),
        links.map((l) => l.project),
      );
      const byLink = new Map(links.map((l, i) => [l, shown[i]]));
      return groupByKeys(ids, links, (l) => l.nodeId).map((group) => group.map((l) => byLink.get(l)!));
    });
  }

  nodes(ctx: Ctx): DataLoader<string, ChainNode[]> {
    return requestLoader<string, ChainNode[]>(ctx, 'project.nodes', async (ids) => {
      const links = await this.db.manager.find(ProjectNode, { where: { projectId: In([...ids]) }, relations: { node: true }, order: { node: { sortOrder: 'ASC' } } });
      return groupByKeys(ids, links, (l) => l.projectId).map((group) => group.map((l) => l.node));
    });
  }

  /** Users by id (owners, leaders, authors), batched per request. */
  users(ctx: Ctx): DataLoader<string, User | null> {
    return requestLoader<string, User | null>(ctx, 'project.users', async (ids) => alignByKeys(ids, await this.db.manager.findBy(User, { id: In([...ids]) }), (r) => r.id));
  }

  departments(ctx: Ctx): DataLoader<string, Department | null> {
    return requestLoader<string, Department | null>(ctx, 'project.departments', async (ids) =>
      alignByKeys(ids, await this.db.manager.findBy(Department, { id: In([...ids]) }), (r) => r.id),
    );
  }

  /** Funds in place, latest first. */
  funds(ctx: Ctx): DataLoader<string, ProjectFunds[]> {
    return requestLoader<string, ProjectFunds[]>(ctx, 'project.funds', async (ids) => {
      const rows = await this.db.manager.find(ProjectFunds, { where: { projectId: In([...ids]) }, order: { receivedOn: 'DESC', enteredAt: 'DESC', id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.projectId);
    });
  }

  /** Funds in place per project as an exact sum (亿元), one statement for the list. */
  fundsInPlace(ctx: Ctx): DataLoader<string, string> {
    return requestLoader<string, string>(ctx, 'project.fundsInPlace', async (ids) => {
      const rows: Array<{ project_id: string; total: string }> = await this.db.query(
        `SELECT project_id, sum(amount)::text AS total FROM project_funds WHERE project_id = ANY($1) GROUP BY project_id`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.project_id, r.total]));
      return ids.map((id) => byId.get(id) ?? '0');
    });
  }

  /** Milestones by planned date. */
  milestones(ctx: Ctx): DataLoader<string, ProjectMilestone[]> {
    return requestLoader<string, ProjectMilestone[]>(ctx, 'project.milestones', async (ids) => {
      const rows = await this.db.manager.find(ProjectMilestone, { where: { projectId: In([...ids]) }, order: { plannedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.projectId);
    });
  }

  /** Progress updates, newest first. */
  updates(ctx: Ctx): DataLoader<string, ProjectUpdate[]> {
    return requestLoader<string, ProjectUpdate[]>(ctx, 'project.updates', async (ids) => {
      const rows = await this.db.manager.find(ProjectUpdate, { where: { projectId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.projectId);
    });
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

  /** Coordination issues: open ones first, then by due date. */
  issues(ctx: Ctx): DataLoader<string, CoordinationIssue[]> {
    return requestLoader<string, CoordinationIssue[]>(ctx, 'project.issues', async (ids) => {
      const rows = await this.db.manager
        .createQueryBuilder(CoordinationIssue, 'i')
        .where('i.project_id IN (:...ids)', { ids })
        .orderBy(`CASE WHEN i.status = 'CLOSED' THEN 1 ELSE 0 END`)
        .addOrderBy('i.due_on', 'ASC', 'NULLS LAST')
        .addOrderBy('i.created_at', 'ASC')
        .getMany();
      return groupByKeys(ids, rows, (r) => r.projectId);
    });
  }

  issueEvents(ctx: Ctx): DataLoader<string, CoordinationIssueEvent[]> {
    return requestLoader<string, CoordinationIssueEvent[]>(ctx, 'project.issueEvents', async (ids) => {
      const rows = await this.db.manager.find(CoordinationIssueEvent, { where: { issueId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.issueId);
    });
  }

  /** Stage moves, in the order they were made. */
  stageLog(ctx: Ctx): DataLoader<string, ProjectStageLog[]> {
    return requestLoader<string, ProjectStageLog[]>(ctx, 'project.stageLog', async (ids) => {
      const rows = await this.db.manager.find(ProjectStageLog, { where: { projectId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.projectId);
    });
  }

  /** For projects on hold: the stage each was put on hold from (the move it may resume to). */
  heldFrom(ctx: Ctx): DataLoader<string, ProjectStage | null> {
    return requestLoader<string, ProjectStage | null>(ctx, 'project.heldFrom', async (ids) => {
      const rows: Array<{ project_id: string; from_stage: ProjectStage | null }> = await this.db.query(
        `SELECT DISTINCT ON (project_id) project_id, from_stage FROM project_stage_log
          WHERE project_id = ANY($1) AND to_stage = $2 ORDER BY project_id, id DESC`,
        [ids, ProjectStage.ON_HOLD],
      );
      const byId = new Map(rows.map((r) => [r.project_id, r.from_stage]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The timeline, newest first. */
  timeline(ctx: Ctx): DataLoader<string, ProjectEvent[]> {
    return requestLoader<string, ProjectEvent[]>(ctx, 'project.timeline', async (ids) => {
      const rows = await this.db.manager.find(ProjectEventRow, { where: { projectId: In([...ids]) }, order: { id: 'DESC' } });
      return groupByKeys(ids, rows, (r) => r.projectId).map((group) => group.map(toEvent));
    });
  }

  /**
   * The health light of each project today (projectHealth in libs/domain) under the rules in force: one statement
   * for the open milestones of the list, one for the rules, per request.
   */
  health(ctx: Ctx): DataLoader<Project, ProjectHealth | null, string> {
    const store = ctx as { projectHealthLoader?: DataLoader<Project, ProjectHealth | null, string> };
    store.projectHealthLoader ??= new DataLoader<Project, ProjectHealth | null, string>(
      async (projects) => {
        const { today, rules } = await this.healthContext(ctx).load('now');
        const ids = projects.map((p) => p.id);
        const open = await this.db.manager
          .createQueryBuilder(ProjectMilestone, 'm')
          .where('m.project_id IN (:...ids)', { ids })
          .andWhere('m.actual_on IS NULL')
          .orderBy('m.planned_on', 'ASC')
          .addOrderBy('m.created_at', 'ASC')
          .getMany();
        const byProject = groupByKeys(ids, open, (r) => r.projectId);
        return projects.map((p, i) =>
          projectHealth({ stage: p.stage, lastUpdateOn: p.lastUpdateOn, createdOn: p.createdOn, milestones: byProject[i] }, today, rules),
        );
      },
      { cacheKeyFn: (p) => p.id },
    );
    return store.projectHealthLoader;
  }

  private healthContext(ctx: Ctx) {
    return requestLoader<string, { today: string; rules: ProjectHealthRules }>(ctx, 'project.healthContext', async (keys) => {
      const rules = await this.settings.healthRules();
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
