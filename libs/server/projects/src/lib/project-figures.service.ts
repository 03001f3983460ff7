import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CoordinationIssueStatus,
  decimalToUnits,
  FundsKind,
  HEALTH_LIGHTS,
  HealthLight,
  InvestmentTier,
  PLAN_PERIOD,
  PLAN_PROJECT_TARGETS,
  ProjectType,
  TIER_THRESHOLDS_YI,
  unitsToDecimal,
} from '@chainboard/domain';
import { badField, currentLanguage, translate } from '@chainboard/server-core';
import { ProjectMilestone } from './project-records.entity';
import { Project } from './project.entity';
import { ProjectSettingsService } from './project-settings.service';
import { ProjectCounters } from './project.types';
import { ProjectsService } from './projects.service';

/** One date the counters are asked at: counted on `asOf`, of what happened since `from` (the plan period when left out, all time when null). */
export interface CountersAsk {
  asOf: string;
  from?: string | null;
}

/** The coordination issues of a scope on a day, counted: open ones, and this year's raised, closed out and closed in time. */
export interface IssueFigures {
  open: number;
  raisedThisYear: number;
  closedThisYear: number;
  closedOnTime: number;
}

/** An open coordination issue of a page, with its project named as the papers name it (a confidential one by its code name). */
export interface OpenIssueRow {
  id: string;
  title: string;
  status: CoordinationIssueStatus;
  raisedOn: string;
  dueOn: string | null;
  projectId: string;
  projectName: string;
}

/** Per chain, the month's issues due in it, and of those, closed out by their due date (by the month's end). */
export interface IssuesDueFigures {
  issuesDue: number;
  issuesClosedOnTime: number;
}

/** The scope of a figure: chains (all when null), demo projects in or out. */
interface Scope {
  chainIds: readonly string[] | null;
  includeDemo: boolean;
}

const NO_CHAIN = '00000000-0000-0000-0000-000000000000';

/** The day after a date (YYYY-MM-DD). */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The pipeline's figures for the dashboard and the ranking, each one SQL statement over the projects' tables
 * whatever the number of projects or dates: the plan's counters at several dates (countProjects of libs/domain in SQL,
 * held to it by a test), today's lights counted (the ledger's light filter, read through one join on the open
 * milestones' earliest date), the coordination issues counted and paged. Answers counts; the records behind a
 * figure are read when asked for (a page of open issues, the ledger filtered by light).
 */
@Injectable()
export class ProjectFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
    private readonly settings: ProjectSettingsService,
  ) {}

  today(): string {
    return this.projects.today();
  }

  /**
   * The plan's counters at every ask, for the scope as a whole (key null) or per chain (`byChain`), in one statement:
   * a project counts from the effective date of its first SIGNED move until that of its DROPPED move (both kept on the
   * project row by the database from its stage log: log_signed_on, log_dropped_on), each ask's figures an aggregate
   * filtered by its dates (countProjects in libs/domain; a test holds the two together).
   */
  async counters(input: { chainIds?: readonly string[] | null; includeDemo?: boolean | null; asks: readonly CountersAsk[]; byChain?: boolean }): Promise<Map<string | null, ProjectCounters[]>> {
    const asks = input.asks.map((a) => ({ asOf: a.asOf, from: a.from === undefined ? PLAN_PERIOD.from : a.from }));
    for (const a of asks) if (a.from && a.from > a.asOf) throw badField('from', 'input.dateRange');
    const out = new Map<string | null, ProjectCounters[]>();
    const last = asks.map((a) => a.asOf).sort().at(-1);
    if (!last) return out;
    // Every comparison the asks make (signed by the day and since `from`, not dropped by the day, funds received by the
    // day and since `from`) is constant between two consecutive of these dates: the projects and the funds are grouped
    // by where their dates fall among them first, and each ask's figures are aggregates of those few groups, filtered
    // by the ask's dates (a group's earliest date stands for the group).
    const thresholds = [...new Set(asks.flatMap((a) => [...(a.from ? [a.from] : []), dayAfter(a.asOf)]))].sort();
    const params: unknown[] = [
      last,
      input.chainIds ?? null,
      input.includeDemo ?? true,
      ProjectType.INDUSTRIALISATION,
      thresholds,
      TIER_THRESHOLDS_YI[InvestmentTier.TIER_30_PLUS],
      TIER_THRESHOLDS_YI[InvestmentTier.TIER_10_30],
      FundsKind.DOMESTIC,
      FundsKind.FOREIGN,
    ];
    const key = input.byChain ? 'p.chain_id' : 'NULL::uuid';
    // isCountedProject of a group (g) at an ask (a): signed by the day (and since `from`), not dropped by then.
    const counted = (g: string) => `${g}.signed_on <= a.as_of AND (a.from_on IS NULL OR ${g}.signed_on >= a.from_on) AND (${g}.dropped_on IS NULL OR ${g}.dropped_on > a.as_of)`;
    const rows: Array<{ key: string | null; k: string; [column: string]: string | number | null }> = await this.db.query(
      `WITH c AS MATERIALIZED (
         SELECT ${key} AS key, p.id, p.log_signed_on AS signed_on, p.log_dropped_on AS dropped_on,
                width_bucket(p.log_signed_on, $5::date[]) AS signed_at, width_bucket(p.log_dropped_on, $5::date[]) AS dropped_at,
                p.type = $4 AS industrial, p.agreed_investment AS agreed,
                CASE WHEN p.agreed_investment >= $6::numeric THEN 2 WHEN p.agreed_investment >= $7::numeric THEN 1 ELSE 0 END AS tier
           FROM project p
          WHERE p.deleted_at IS NULL AND p.log_signed_on <= $1::date AND ($2::uuid[] IS NULL OR p.chain_id = ANY($2)) AND ($3::boolean OR NOT p.is_demo)),
       g AS (
         SELECT c.key, min(c.signed_on) AS signed_on, min(c.dropped_on) AS dropped_on, c.industrial, c.tier, count(*) AS n, sum(c.agreed) AS agreed
           FROM c GROUP BY c.key, c.signed_at, c.dropped_at, c.industrial, c.tier),
       gf AS (
         SELECT c.key, min(c.signed_on) AS signed_on, min(c.dropped_on) AS dropped_on, min(f.received_on) AS received_on, f.kind, sum(f.amount) AS amount
           FROM c JOIN project_funds f ON f.project_id = c.id
          WHERE f.received_on <= $1::date
          GROUP BY c.key, c.signed_at, c.dropped_at, width_bucket(f.received_on, $5::date[]), f.kind),
       a AS (SELECT * FROM unnest($10::date[], $11::date[]) WITH ORDINALITY AS a(as_of, from_on, k)),
       pa AS (
         SELECT g.key, a.k, sum(g.n)::int AS signed, COALESCE(sum(g.n) FILTER (WHERE g.industrial), 0)::int AS industrialisation,
                COALESCE(sum(g.n) FILTER (WHERE g.industrial AND g.tier = 2), 0)::int AS tier30,
                COALESCE(sum(g.n) FILTER (WHERE g.industrial AND g.tier = 1), 0)::int AS tier10,
                COALESCE(sum(g.agreed), 0)::text AS amount
           FROM a JOIN g ON ${counted('g')}
          GROUP BY g.key, a.k),
       fa AS (
         SELECT gf.key, a.k, sum(gf.amount)::text AS funds, COALESCE(sum(gf.amount) FILTER (WHERE gf.kind = $8), 0)::text AS domestic,
                COALESCE(sum(gf.amount) FILTER (WHERE gf.kind = $9), 0)::text AS foreign
           FROM a JOIN gf ON ${counted('gf')} AND gf.received_on <= a.as_of AND (a.from_on IS NULL OR gf.received_on >= a.from_on)
          GROUP BY gf.key, a.k)
       SELECT COALESCE(pa.key, fa.key) AS key, COALESCE(pa.k, fa.k) AS k, pa.signed, pa.industrialisation, pa.tier30, pa.tier10, pa.amount, fa.funds, fa.domestic, fa.foreign
         FROM pa FULL JOIN fa ON fa.key IS NOT DISTINCT FROM pa.key AND fa.k = pa.k`,
      [...params, asks.map((a) => a.asOf), asks.map((a) => a.from)],
    );
    const found = new Map(rows.map((r) => [`${r.key}:${Number(r.k) - 1}`, r]));
    const decimal = (v: unknown) => unitsToDecimal(decimalToUnits(v === null || v === undefined ? '0' : String(v)));
    const countersOf = (chainId: string | null) =>
      asks.map(({ asOf, from }, k) => {
        const row = found.get(`${chainId}:${k}`);
        return {
          asOf,
          from: from ?? null,
          chainId,
          signed: Number(row?.['signed'] ?? 0),
          industrialisation: Number(row?.['industrialisation'] ?? 0),
          tier30Plus: Number(row?.['tier30'] ?? 0),
          tier10To30: Number(row?.['tier10'] ?? 0),
          signedAmount: decimal(row?.['amount']),
          fundsInPlace: decimal(row?.['funds']),
          fundsInPlaceDomestic: decimal(row?.['domestic']),
          fundsInPlaceForeign: decimal(row?.['foreign']),
          targets: { ...PLAN_PROJECT_TARGETS },
        };
      });
    if (!input.byChain) {
      // The scope as a whole; a single chain asked for is named as the counters query names it.
      const counters = countersOf(null);
      const only = input.chainIds?.length === 1 ? input.chainIds[0] : null;
      out.set(null, only ? counters.map((c) => ({ ...c, chainId: only })) : counters);
      return out;
    }
    for (const id of new Set([...(input.chainIds ?? []), ...rows.map((r) => r.key as string)])) out.set(id, countersOf(id));
    return out;
  }
  /**
   * The light of each project row (alias p) today, with `lm.late_on` the earliest open milestone past its date: the
   * ledger's light filter (lightSql) with its milestone subquery read once for all projects, as one join.
   */
  private async lightRows(scope: Scope, select: string, tail = '', extra: unknown[] = []): Promise<unknown[]> {
    const light = this.projects.lightSql(this.today(), await this.settings.healthRules(), 'lm.late_on');
    const chainIds = scope.chainIds && !scope.chainIds.length ? [NO_CHAIN] : scope.chainIds;
    const [sql, params] = this.db.manager
      .createQueryBuilder(Project, 'p')
      .select('p.id', 'id')
      .addSelect(`(${light.sql})`, 'rank')
      .leftJoin(
        (q) =>
          q
            .select('m.project_id', 'project_id')
            .addSelect('min(m.planned_on)', 'late_on')
            .from(ProjectMilestone, 'm')
            .where('m.actual_on IS NULL AND m.planned_on < CAST(:lightToday AS date)')
            .groupBy('m.project_id'),
        'lm',
        'lm.project_id = p.id',
      )
      .where('p.deleted_at IS NULL')
      .andWhere(chainIds ? 'p.chain_id IN (:...lightChains)' : '1 = 1', chainIds ? { lightChains: chainIds } : {})
      .andWhere(scope.includeDemo ? '1 = 1' : 'NOT p.is_demo')
      .setParameters(light.params)
      .getQueryAndParameters();
    const at = params.length;
    return this.db.query(`SELECT ${select} FROM (${sql}) lit ${tail.replace(/\$(\d+)/g, (_, n) => `$${at + Number(n)}`)}`, [...params, ...extra]);
  }

  /** How many projects of the scope are red and how many yellow today (the ledger's counts for those lights). */
  async lightCounts(chainIds: readonly string[] | null, includeDemo = true): Promise<Record<'RED' | 'YELLOW', number>> {
    const [row] = (await this.lightRows(
      { chainIds, includeDemo },
      `count(*) FILTER (WHERE lit.rank = 2)::int AS red, count(*) FILTER (WHERE lit.rank = 1)::int AS yellow`,
    )) as Array<{ red: number; yellow: number }>;
    return { RED: row?.red ?? 0, YELLOW: row?.yellow ?? 0 };
  }

  /** The ids of the scope's projects of a light today, in id order (what the ledger lists for that light). */
  async lightIds(light: HealthLight, chainIds: readonly string[] | null, includeDemo = true): Promise<string[]> {
    const rows = (await this.lightRows(
      { chainIds, includeDemo },
      'id',
      'WHERE lit.rank = $1 ORDER BY lit.id',
      [HEALTH_LIGHTS.indexOf(light)],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /**
   * The scope's coordination issues raised by `asOf` counted as they stood that day (ProjectPeriodService.issuesOn):
   * open (not closed out by then), raised since `yearStart`, of those closed out, and closed out by their due date.
   */
  async issueFigures(asOf: string, yearStart: string, chainIds: readonly string[] | null): Promise<IssueFigures> {
    const [row]: Array<IssueFigures> = await this.db.query(
      `SELECT count(*) FILTER (WHERE i.closed_on IS NULL OR i.closed_on > $1)::int AS open,
              count(*) FILTER (WHERE i.raised_on >= $2)::int AS "raisedThisYear",
              count(*) FILTER (WHERE i.raised_on >= $2 AND i.closed_on <= $1)::int AS "closedThisYear",
              count(*) FILTER (WHERE i.raised_on >= $2 AND i.closed_on <= $1 AND (i.due_on IS NULL OR i.closed_on <= i.due_on))::int AS "closedOnTime"
         FROM coordination_issue i JOIN project p ON p.id = i.project_id
        WHERE i.raised_on <= $1 AND p.deleted_at IS NULL AND ($3::uuid[] IS NULL OR p.chain_id = ANY($3))`,
      [asOf, yearStart, chainIds],
    );
    return row ?? { open: 0, raisedThisYear: 0, closedThisYear: 0, closedOnTime: 0 };
  }

  /** A page of the scope's issues open on `asOf` (oldest first, as issuesOn orders them), with their projects; `limit` null for all. */
  async openIssues(asOf: string, chainIds: readonly string[] | null, page: { offset?: number; limit?: number | null } = {}): Promise<OpenIssueRow[]> {
    const rows: Array<{
      id: string;
      title: string;
      status: CoordinationIssueStatus;
      closed_on: string | null;
      raised_on: string;
      due_on: string | null;
      project_id: string;
      project_name: string | null;
    }> = await this.db.query(
      `SELECT i.id, i.title, i.status, i.raised_on::text AS raised_on, i.due_on::text AS due_on, i.project_id,
              CASE WHEN p.confidential THEN NULLIF(btrim(p.code_name), '') ELSE p.name END AS project_name
         FROM coordination_issue i JOIN project p ON p.id = i.project_id
        WHERE i.raised_on <= $1 AND (i.closed_on IS NULL OR i.closed_on > $1) AND p.deleted_at IS NULL AND ($2::uuid[] IS NULL OR p.chain_id = ANY($2))
        ORDER BY i.raised_on, i.id
        OFFSET $3 LIMIT $4`,
      [asOf, chainIds, page.offset ?? 0, page.limit ?? null],
    );
    const masked = translate(currentLanguage(), 'project.maskedName');
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      // Closed after the day: open as it stood then.
      status: r.status === CoordinationIssueStatus.CLOSED ? CoordinationIssueStatus.OPEN : r.status,
      raisedOn: r.raised_on,
      dueOn: r.due_on,
      projectId: r.project_id,
      projectName: r.project_name ?? masked,
    }));
  }

  /** The ids of the scope's issues open on `asOf`, oldest first. */
  async openIssueIds(asOf: string, chainIds: readonly string[] | null): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT i.id FROM coordination_issue i JOIN project p ON p.id = i.project_id
        WHERE i.raised_on <= $1 AND (i.closed_on IS NULL OR i.closed_on > $1) AND p.deleted_at IS NULL AND ($2::uuid[] IS NULL OR p.chain_id = ANY($2))
        ORDER BY i.raised_on, i.id`,
      [asOf, chainIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Per chain, the issues raised by `to` and due between `from` and `to` (inclusive), and of those, closed out by
   * their due date and by `to`: the ranking's "issues closed on time", for every chain in one statement.
   */
  async issuesDueByChain(from: string, to: string): Promise<Map<string, IssuesDueFigures>> {
    const rows: Array<{ chain_id: string; due: number; on_time: number }> = await this.db.query(
      `SELECT p.chain_id, count(*)::int AS due, count(*) FILTER (WHERE i.closed_on <= $2 AND i.closed_on <= i.due_on)::int AS on_time
         FROM coordination_issue i JOIN project p ON p.id = i.project_id
        WHERE i.raised_on <= $2 AND i.due_on BETWEEN $1 AND $2 AND p.deleted_at IS NULL
        GROUP BY p.chain_id`,
      [from, to],
    );
    return new Map(rows.map((r) => [r.chain_id, { issuesDue: r.due, issuesClosedOnTime: r.on_time }]));
  }
}
