import { Injectable } from '@nestjs/common';
import {
  DashboardPeriodKind,
  dayBefore,
  HealthLight,
  PLAN_PERIOD,
  PLAN_PROJECT_TARGETS,
  periodEnd,
  periodShareOfTarget,
  periodStart,
  unitsToDecimal,
  decimalToUnits,
} from '@chainboard/domain';
import { ChainsService } from '@chainboard/server-chains';
import { InteractionsService } from '@chainboard/server-leads';
import { PlacesService } from '@chainboard/server-places';
import { ProjectCounters, ProjectFiguresService, ProjectPeriodService } from '@chainboard/server-projects';
import { Dashboard, DashboardDemo, DashboardIssue, DashboardIssuePage, DashboardPeriod, DashboardScope } from './dashboard.types';
import { TargetsService } from './targets.service';

const PLAN_YEARS = Number(PLAN_PERIOD.to.slice(0, 4)) - Number(PLAN_PERIOD.from.slice(0, 4)) + 1;
const KINDS: DashboardPeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

/**
 * The leaders' dashboard (驾驶舱): for the district or one chain on a day, everything read through the owners'
 * services: the plan's counters (projects), signings and funds this month, quarter and year, the red and yellow
 * projects, the coordination issues, lead activity (leads), land and buildings (places), the indicators (targets).
 * The dashboard answers counts; the records behind a figure (the projects of a light, the open issues) are read
 * when asked for, a page at a time.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly chains: ChainsService,
    private readonly figures: ProjectFiguresService,
    private readonly period: ProjectPeriodService,
    private readonly interactions: InteractionsService,
    private readonly places: PlacesService,
    private readonly targets: TargetsService,
  ) {}

  async dashboard(input: { asOf: string; chainId?: string | null; includeDemo?: boolean | null }): Promise<Dashboard> {
    const { asOf } = input;
    const chainId = input.chainId ? (await this.chains.get(input.chainId)).id : null;
    const chainIds = chainId ? [chainId] : null;
    const includeDemo = input.includeDemo ?? true;
    const quarter = Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1;
    const starts = KINDS.map((kind) => ({ kind, from: periodStart(asOf, kind) }));
    const yearStart = periodStart(asOf, 'YEAR');
    // Every part is read independently of the others, each in one statement. The counters are counted at once for
    // every date they are asked at: the plan period to the day, the day from nothing, each period's signings and its
    // eve, and for the district's indicators the plan period to the quarter's end (handed to the standings, which would
    // count it again). Lists of records are not read here: the fields that list them read them when asked.
    const quarterEnd = periodEnd({ year: Number(asOf.slice(0, 4)), quarter });
    const counting = this.figures
      .counters({
        chainIds,
        includeDemo,
        asks: [
          { asOf, from: asOf < PLAN_PERIOD.from ? null : undefined },
          { asOf, from: null },
          ...starts.flatMap(({ from }) => [
            { asOf, from },
            { asOf: dayBefore(from), from: null },
          ]),
          ...(chainId ? [] : [{ asOf: quarterEnd, from: quarterEnd < PLAN_PERIOD.from ? null : undefined }]),
        ],
      })
      .then((byScope) => byScope.get(null) as ProjectCounters[]);
    // The standings start at once and wait for the quarter's counters only where they use them. A failure of the
    // counting is answered through `counting` below; the handler keeps this derived promise from being reported as
    // unhandled should the standings fail before they read it.
    const quarterCounters = counting.then((c) => c[c.length - 1]);
    quarterCounters.catch(() => undefined);
    const [counted, lights, issues, leadActivity, land, buildings, indicators, demo] = await Promise.all([
      counting,
      this.lightCounts(asOf, chainIds, includeDemo),
      this.figures.issueFigures(asOf, yearStart, chainIds),
      this.interactions.activityByStaff({ from: periodStart(asOf, 'MONTH'), to: asOf, chainIds }),
      this.places.landSummary(asOf, includeDemo),
      this.places.buildingSummary(asOf, includeDemo),
      this.targets.standings({ year: Number(asOf.slice(0, 4)), quarter, chainId, includeDemo }, chainId ? {} : { counters: quarterCounters }),
      this.demoCounts(chainIds, includeDemo),
    ]);
    const [counters, now] = counted;
    const periods: DashboardPeriod[] = starts.map(({ kind, from }, i) => {
      const signed = counted[2 + 2 * i];
      const before = counted[3 + 2 * i];
      return {
        kind,
        from,
        to: asOf,
        signed: signed.signed,
        industrialisation: signed.industrialisation,
        industrialisationTarget: chainId ? null : periodShareOfTarget(String(PLAN_PROJECT_TARGETS.industrialisation), PLAN_YEARS, kind),
        signedAmount: signed.signedAmount,
        fundsInPlace: unitsToDecimal(decimalToUnits(now.fundsInPlace) - decimalToUnits(before.fundsInPlace)),
      };
    });
    const scope: DashboardScope = { asOf, chainIds, includeDemo };
    return {
      asOf,
      chainId,
      scope,
      counters,
      periods,
      redProjects: lights.RED,
      yellowProjects: lights.YELLOW,
      issues: {
        scope,
        ...issues,
        closureRatePercent: issues.raisedThisYear ? Math.round((issues.closedThisYear / issues.raisedThisYear) * 1000) / 10 : null,
      },
      leadActivity,
      land,
      buildings,
      indicators,
      demo,
    };
  }

  /** The projects of a light on the dashboard's day, in id order: exactly those the ledger lists for that light (today). */
  async projectIdsOfLight(scope: DashboardScope, light: HealthLight): Promise<string[]> {
    if (scope.asOf === this.figures.today()) return this.figures.lightIds(light, scope.chainIds, scope.includeDemo);
    return [...(await this.lightsOn(scope.asOf, scope.chainIds))].filter(([, l]) => l === light).map(([id]) => id).sort();
  }

  /** A page of the issues open on the dashboard's day (oldest first), with their projects; all of them without a limit. */
  async openIssues(scope: DashboardScope, page: { offset?: number | null; limit?: number | null } = {}): Promise<DashboardIssue[]> {
    return this.figures.openIssues(scope.asOf, scope.chainIds, { offset: page.offset ?? 0, limit: page.limit ?? null });
  }

  /** The open issues' drill-down: one page of them and how many there are, for a chain's or the district's dashboard. */
  async openIssuePage(input: { asOf: string; chainId?: string | null; offset?: number | null; limit?: number | null }): Promise<DashboardIssuePage> {
    const chainIds = input.chainId ? [(await this.chains.get(input.chainId)).id] : null;
    const offset = Math.max(0, input.offset ?? 0);
    const limit = Math.min(Math.max(1, input.limit ?? 20), 200);
    const [figures, items] = await Promise.all([
      this.figures.issueFigures(input.asOf, periodStart(input.asOf, 'YEAR'), chainIds),
      this.figures.openIssues(input.asOf, chainIds, { offset, limit }),
    ]);
    return { total: figures.open, offset, limit, items };
  }

  /** The ids of the issues open on the dashboard's day, oldest first. */
  openIssueIds(scope: DashboardScope): Promise<string[]> {
    return this.figures.openIssueIds(scope.asOf, scope.chainIds);
  }

  /** How many projects are red and yellow on the day: today's counted in one statement, an earlier day's rebuilt from the history. */
  private async lightCounts(asOf: string, chainIds: string[] | null, includeDemo: boolean): Promise<Record<'RED' | 'YELLOW', number>> {
    if (asOf === this.figures.today()) return this.figures.lightCounts(chainIds, includeDemo);
    const counts = { RED: 0, YELLOW: 0 };
    for (const light of (await this.lightsOn(asOf, chainIds)).values()) if (light === 'RED' || light === 'YELLOW') counts[light]++;
    return counts;
  }

  /** Each project's light on an earlier day, rebuilt from the history (the stage log, updates and milestones as they stood then). */
  private async lightsOn(asOf: string, chainIds: string[] | null): Promise<Map<string, HealthLight>> {
    const lights = new Map<string, HealthLight>();
    for (const [id, [light]] of await this.period.lightsOn([asOf], chainIds)) if (light) lights.set(id, light);
    return lights;
  }

  /** The demo records (演示数据) the figures count: none when demo data is left out. */
  private async demoCounts(chainIds: string[] | null, includeDemo: boolean): Promise<DashboardDemo> {
    if (!includeDemo) return { projects: 0, parcels: 0, buildings: 0 };
    const [projects, parcels, buildings] = await Promise.all([this.period.demoProjectCount(chainIds), this.places.parcels(), this.places.buildings()]);
    return { projects, parcels: parcels.filter((p) => p.isDemo).length, buildings: buildings.filter((b) => b.isDemo).length };
  }
}
