import { Injectable } from '@nestjs/common';
import {
  CoordinationIssueStatus,
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
import { ProjectPeriodService, ProjectsService } from '@chainboard/server-projects';
import { Dashboard, DashboardDemo, DashboardPeriod } from './dashboard.types';
import { TargetsService } from './targets.service';

const PLAN_YEARS = Number(PLAN_PERIOD.to.slice(0, 4)) - Number(PLAN_PERIOD.from.slice(0, 4)) + 1;
const KINDS: DashboardPeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

/**
 * The leaders' dashboard (驾驶舱): for the district or one chain on a day, everything read through the owners'
 * services: the plan's counters (projects), signings and funds this month, quarter and year, the red and yellow
 * projects, the coordination issues, lead activity (leads), land and buildings (places), the indicators (targets).
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly chains: ChainsService,
    private readonly projects: ProjectsService,
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
    // Every part is read independently of the others. The counters are counted at once for every date they are asked
    // at: the plan period to the day, the day from nothing, each period's signings and its eve, and for the district's
    // indicators the plan period to the quarter's end (handed to the standings, which would count it again).
    const quarterEnd = periodEnd({ year: Number(asOf.slice(0, 4)), quarter });
    const counting = this.projects.countersMany({
      chainId,
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
    });
    const [counted, lights, issues, leadActivity, land, buildings, indicators, demo] = await Promise.all([
      counting,
      this.lightsOn(asOf, chainIds, includeDemo),
      this.period.issuesOn(asOf, chainIds),
      this.interactions.activityByStaff({ from: periodStart(asOf, 'MONTH'), to: asOf, chainIds }),
      this.places.landSummary(asOf, includeDemo),
      this.places.buildingSummary(asOf, includeDemo),
      counting.then((c) => this.targets.standings({ year: Number(asOf.slice(0, 4)), quarter, chainId, includeDemo }, chainId ? {} : { counters: c[c.length - 1] })),
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
    const withLight = (light: HealthLight) => [...lights.entries()].filter(([, l]) => l === light).map(([id]) => id).sort();
    const open = issues.filter((i) => i.status !== CoordinationIssueStatus.CLOSED);
    const yearStart = periodStart(asOf, 'YEAR');
    const thisYear = issues.filter((i) => i.raisedOn >= yearStart);
    const closed = thisYear.filter((i) => i.closedOn !== null);
    const names = new Map((await this.period.projectsByIds([...new Set(open.map((i) => i.projectId))])).map((p) => [p.id, p.name]));
    return {
      asOf,
      chainId,
      counters,
      periods,
      redProjectIds: withLight('RED'),
      yellowProjectIds: withLight('YELLOW'),
      issues: {
        openIds: open.map((i) => i.id),
        openIssues: open.map((i) => ({
          id: i.id,
          title: i.title,
          status: i.status,
          raisedOn: i.raisedOn,
          dueOn: i.dueOn,
          projectId: i.projectId,
          projectName: names.get(i.projectId) ?? '',
        })),
        open: open.length,
        raisedThisYear: thisYear.length,
        closedThisYear: closed.length,
        closedOnTime: closed.filter((i) => i.dueOn === null || (i.closedOn as string) <= i.dueOn).length,
        closureRatePercent: thisYear.length ? Math.round((closed.length / thisYear.length) * 1000) / 10 : null,
      },
      leadActivity,
      land,
      buildings,
      indicators,
      demo,
    };
  }

  /**
   * Each project's light on the day: today's as the ledger's light filter computes it (one statement), an earlier
   * day's rebuilt from the history (the stage log, updates and milestones as they stood then).
   */
  private async lightsOn(asOf: string, chainIds: string[] | null, includeDemo: boolean): Promise<Map<string, HealthLight>> {
    if (asOf === this.projects.today()) return this.projects.lightsToday(chainIds, includeDemo);
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
