import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOSED_PROJECT_STAGES, CoordinationIssueStatus, daysBetween, HealthLight, projectHealth, ProjectStage } from '@chainboard/domain';
import { currentLanguage, translate } from '@chainboard/server-core';
import { ProjectSettingsService } from './project-settings.service';

/** A project as a period's facts name it: a confidential one under its code name (the papers go round the table). */
export interface PeriodProject {
  id: string;
  name: string;
  chainId: string;
  stage: ProjectStage;
  createdOn: string;
  ownerId: string | null;
  responsibleUnitId: string | null;
  agreedInvestment: string | null;
  lastUpdateOn: string | null;
}

export interface PeriodStageMove {
  projectId: string;
  fromStage: ProjectStage | null;
  toStage: ProjectStage;
  effectiveOn: string;
}

export interface PeriodIssue {
  id: string;
  projectId: string;
  title: string;
  status: CoordinationIssueStatus;
  raisedOn: string;
  dueOn: string | null;
  closedOn: string | null;
  resolution: string | null;
  fromUnit: string | null;
  /** The unit responsible for the project (办结率 is counted per responsible unit). */
  responsibleUnitId: string | null;
}

export interface PeriodMilestone {
  id: string;
  projectId: string;
  name: string;
  plannedOn: string;
  daysLate: number;
}

/** A date range of the pipeline's history: after `from` (exclusive), up to `to` (inclusive); `chainIds` null for all chains. */
export interface PeriodRange {
  from: string;
  to: string;
  chainIds: readonly string[] | null;
}

const PROJECT_COLUMNS = `p.id, p.name, p.code_name, p.confidential, p.chain_id, p.stage, p.created_on::text AS created_on, p.owner_id,
  p.responsible_unit_id, p.agreed_investment::text AS agreed_investment, p.last_update_on::text AS last_update_on`;

type ProjectRow = {
  id: string;
  name: string;
  code_name: string | null;
  confidential: boolean;
  chain_id: string;
  stage: ProjectStage;
  created_on: string;
  owner_id: string | null;
  responsible_unit_id: string | null;
  agreed_investment: string | null;
  last_update_on: string | null;
};

/**
 * The pipeline's history over a period, for the progress meeting's agenda and figures: projects entered, stage moves,
 * lights at two dates, overdue milestones, coordination issues opened, open and closed out, projects without an
 * update. Read-only; dates are district dates; each answer is one or two statements whatever the period holds.
 */
@Injectable()
export class ProjectPeriodService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ProjectSettingsService,
  ) {}

  /** The projects of the chains (all when null) entered on or before `asOf`. */
  async projectsOn(asOf: string, chainIds: readonly string[] | null): Promise<PeriodProject[]> {
    const rows: ProjectRow[] = await this.db.query(
      `SELECT ${PROJECT_COLUMNS} FROM project p WHERE p.created_on <= $1 AND p.deleted_at IS NULL AND ($2::uuid[] IS NULL OR p.chain_id = ANY($2)) ORDER BY p.created_on, p.id`,
      [asOf, chainIds],
    );
    return rows.map(periodProject);
  }

  /** Projects entered in the period. */
  async projectsCreatedBetween(range: PeriodRange): Promise<PeriodProject[]> {
    const rows: ProjectRow[] = await this.db.query(
      `SELECT ${PROJECT_COLUMNS} FROM project p
        WHERE p.created_on > $1 AND p.created_on <= $2 AND p.deleted_at IS NULL AND ($3::uuid[] IS NULL OR p.chain_id = ANY($3)) ORDER BY p.created_on, p.id`,
      [range.from, range.to, range.chainIds],
    );
    return rows.map(periodProject);
  }

  /** Stage moves whose effective date falls in the period, in order. */
  async stageMovesBetween(range: PeriodRange): Promise<PeriodStageMove[]> {
    const rows: Array<{ project_id: string; from_stage: ProjectStage | null; to_stage: ProjectStage; effective_on: string }> = await this.db.query(
      `SELECT l.project_id, l.from_stage, l.to_stage, l.effective_on::text AS effective_on
         FROM project_stage_log l JOIN project p ON p.id = l.project_id
        WHERE l.effective_on > $1 AND l.effective_on <= $2 AND p.deleted_at IS NULL AND ($3::uuid[] IS NULL OR p.chain_id = ANY($3))
        ORDER BY l.effective_on, l.id`,
      [range.from, range.to, range.chainIds],
    );
    return rows.map((r) => ({ projectId: r.project_id, fromStage: r.from_stage, toStage: r.to_stage, effectiveOn: r.effective_on }));
  }

  /**
   * Each project's light on each of the dates, by the domain's projectHealth with the project as it stood that day:
   * its stage from the stage log, its latest update (progress note or move recorded) by then, and its milestones
   * open then (not reached by that day). Null when the project did not exist yet or was closed.
   */
  async lightsOn(dates: readonly string[], chainIds: readonly string[] | null): Promise<Map<string, Array<HealthLight | null>>> {
    const last = [...dates].sort().at(-1);
    if (!last) return new Map();
    const projects = await this.projectsOn(last, chainIds);
    const ids = projects.map((p) => p.id);
    if (!ids.length) return new Map();
    const [moves, updates, milestones, rules] = await Promise.all([
      this.db.query(
        `SELECT project_id, to_stage, effective_on::text AS effective_on, (recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text AS recorded_on
           FROM project_stage_log WHERE project_id = ANY($1) ORDER BY effective_on, id`,
        [ids],
      ) as Promise<Array<{ project_id: string; to_stage: ProjectStage; effective_on: string; recorded_on: string }>>,
      this.db.query(`SELECT project_id, created_on::text AS created_on FROM project_update WHERE project_id = ANY($1)`, [ids]) as Promise<
        Array<{ project_id: string; created_on: string }>
      >,
      this.db.query(`SELECT project_id, name, planned_on::text AS planned_on, actual_on::text AS actual_on FROM project_milestone WHERE project_id = ANY($1)`, [ids]) as Promise<
        Array<{ project_id: string; name: string; planned_on: string; actual_on: string | null }>
      >,
      this.settings.healthRules(),
    ]);
    const lastUpdate = new Map(projects.map((p) => [p.id, p.lastUpdateOn]));
    const group = <T extends { project_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of rows) map.set(r.project_id, [...(map.get(r.project_id) ?? []), r]);
      return map;
    };
    const movesOf = group(moves);
    const updatesOf = group(updates);
    const milestonesOf = group(milestones);
    const result = new Map<string, Array<HealthLight | null>>();
    for (const p of projects) {
      result.set(
        p.id,
        dates.map((day) => {
          if (p.createdOn > day) return null;
          const before = (movesOf.get(p.id) ?? []).filter((m) => m.effective_on <= day);
          const stage = before.at(-1)?.to_stage ?? ProjectStage.NEGOTIATING;
          if (CLOSED_PROJECT_STAGES.includes(stage)) return null;
          const touched = [
            ...(updatesOf.get(p.id) ?? []).map((u) => u.created_on),
            ...(movesOf.get(p.id) ?? []).map((m) => m.recorded_on),
            ...(lastUpdate.get(p.id) ? [lastUpdate.get(p.id)!] : []),
          ].filter((d) => d <= day);
          const lastUpdateOn = touched.length ? touched.sort().at(-1)! : null;
          const open = (milestonesOf.get(p.id) ?? []).map((m) => ({ name: m.name, plannedOn: m.planned_on, actualOn: m.actual_on && m.actual_on <= day ? m.actual_on : null }));
          return projectHealth({ stage, lastUpdateOn, createdOn: p.createdOn, milestones: open }, day, rules)?.light ?? null;
        }),
      );
    }
    return result;
  }

  /** Milestones planned before `asOf` and not reached by then, furthest past first. */
  async overdueMilestonesOn(asOf: string, chainIds: readonly string[] | null): Promise<PeriodMilestone[]> {
    const rows: Array<{ id: string; project_id: string; name: string; planned_on: string }> = await this.db.query(
      `SELECT m.id, m.project_id, m.name, m.planned_on::text AS planned_on
         FROM project_milestone m JOIN project p ON p.id = m.project_id
        WHERE m.planned_on < $1 AND (m.actual_on IS NULL OR m.actual_on > $1) AND p.created_on <= $1
          AND p.stage <> ALL($3) AND p.deleted_at IS NULL AND ($2::uuid[] IS NULL OR p.chain_id = ANY($2))
        ORDER BY m.planned_on, m.id`,
      [asOf, chainIds, CLOSED_PROJECT_STAGES],
    );
    return rows.map((r) => ({ id: r.id, projectId: r.project_id, name: r.name, plannedOn: r.planned_on, daysLate: daysBetween(r.planned_on, asOf) }));
  }

  /**
   * Coordination issues of the period: raised in it; raised before it and still open at its end (oldest first); and
   * closed out (销号) in it.
   */
  async issuesBetween(range: PeriodRange): Promise<{ opened: PeriodIssue[]; stillOpen: PeriodIssue[]; closed: PeriodIssue[] }> {
    const all = await this.issuesOn(range.to, range.chainIds);
    const openAtEnd = (i: PeriodIssue) => i.closedOn === null || i.closedOn > range.to;
    return {
      opened: all.filter((i) => i.raisedOn > range.from),
      stillOpen: all.filter((i) => i.raisedOn <= range.from && openAtEnd(i)).sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id)),
      closed: all.filter((i) => i.closedOn !== null && i.closedOn > range.from && i.closedOn <= range.to),
    };
  }

  /** The issues raised by `asOf`, with their status as of that day (closed when closed out by then). */
  async issuesOn(asOf: string, chainIds: readonly string[] | null, ids: readonly string[] | null = null): Promise<PeriodIssue[]> {
    const rows: Array<{
      id: string;
      project_id: string;
      title: string;
      status: CoordinationIssueStatus;
      raised_on: string;
      due_on: string | null;
      closed_on: string | null;
      resolution: string | null;
      from_unit: string | null;
      responsible_unit_id: string | null;
    }> = await this.db.query(
      `SELECT i.id, i.project_id, i.title, i.status, i.raised_on::text AS raised_on, i.due_on::text AS due_on, i.closed_on::text AS closed_on,
              i.resolution, i.from_unit, p.responsible_unit_id
         FROM coordination_issue i JOIN project p ON p.id = i.project_id
        WHERE i.raised_on <= $1 AND ($2::uuid[] IS NULL OR p.chain_id = ANY($2)) AND ($3::uuid[] IS NULL OR i.id = ANY($3))
          AND ($3::uuid[] IS NOT NULL OR p.deleted_at IS NULL)
        ORDER BY i.raised_on, i.id`,
      [asOf, chainIds, ids],
    );
    return rows.map((r) => {
      const closedOn = r.closed_on && r.closed_on <= asOf ? r.closed_on : null;
      return {
        id: r.id,
        projectId: r.project_id,
        title: r.title,
        status: closedOn ? CoordinationIssueStatus.CLOSED : r.status === CoordinationIssueStatus.CLOSED ? CoordinationIssueStatus.OPEN : r.status,
        raisedOn: r.raised_on,
        dueOn: r.due_on,
        closedOn,
        resolution: closedOn ? r.resolution : null,
        fromUnit: r.from_unit,
        responsibleUnitId: r.responsible_unit_id,
      };
    });
  }

  /** Open projects that existed when the period began and had no progress update (nor a stage move recorded) in it. */
  async projectsWithoutUpdateBetween(range: PeriodRange): Promise<PeriodProject[]> {
    const rows: ProjectRow[] = await this.db.query(
      `SELECT ${PROJECT_COLUMNS} FROM project p
        WHERE p.created_on <= $1 AND p.stage <> ALL($4) AND p.deleted_at IS NULL AND ($3::uuid[] IS NULL OR p.chain_id = ANY($3))
          AND NOT EXISTS (SELECT 1 FROM project_update u WHERE u.project_id = p.id AND u.created_on > $1 AND u.created_on <= $2)
          AND NOT EXISTS (SELECT 1 FROM project_stage_log l WHERE l.project_id = p.id
                            AND (l.recorded_at AT TIME ZONE 'Asia/Shanghai')::date > $1 AND (l.recorded_at AT TIME ZONE 'Asia/Shanghai')::date <= $2)
        ORDER BY p.last_update_on NULLS FIRST, p.created_on, p.id`,
      [range.from, range.to, range.chainIds, CLOSED_PROJECT_STAGES],
    );
    return rows.map(periodProject);
  }

  /** How many demo projects (演示数据) the chains (all when null) hold, so that figures counting them can say so. */
  async demoProjectCount(chainIds: readonly string[] | null): Promise<number> {
    const [row]: Array<{ n: number }> = await this.db.query(`SELECT count(*)::int AS n FROM project p WHERE p.is_demo AND p.deleted_at IS NULL AND ($1::uuid[] IS NULL OR p.chain_id = ANY($1))`, [chainIds]);
    return row?.n ?? 0;
  }

  /** Projects by id, named as in the papers. */
  async projectsByIds(ids: readonly string[]): Promise<PeriodProject[]> {
    if (!ids.length) return [];
    const rows: ProjectRow[] = await this.db.query(`SELECT ${PROJECT_COLUMNS} FROM project p WHERE p.id = ANY($1)`, [ids]);
    return rows.map(periodProject);
  }

  /** Issues by id (status as today), with their project. */
  async issuesByIds(ids: readonly string[]): Promise<PeriodIssue[]> {
    if (!ids.length) return [];
    return this.issuesOn('9999-12-31', null, ids);
  }
}

function periodProject(r: ProjectRow): PeriodProject {
  return {
    id: r.id,
    name: r.confidential ? r.code_name?.trim() || translate(currentLanguage(), 'project.maskedName') : r.name,
    chainId: r.chain_id,
    stage: r.stage,
    createdOn: r.created_on,
    ownerId: r.owner_id,
    responsibleUnitId: r.responsible_unit_id,
    agreedInvestment: r.confidential ? null : r.agreed_investment,
    lastUpdateOn: r.last_update_on,
  };
}
