import { Injectable } from '@nestjs/common';
import {
  CoordinationIssueStatus,
  DashboardPeriodKind,
  dayBefore,
  PLAN_PERIOD,
  PLAN_PROJECT_TARGETS,
  periodShareOfTarget,
  periodStart,
  unitsToDecimal,
  decimalToUnits,
} from '@chainboard/domain';
import { ChainsService } from '@chainboard/server-chains';
import { InteractionsService } from '@chainboard/server-leads';
import { PlacesService } from '@chainboard/server-places';
import { ProjectPeriodService, ProjectsService } from '@chainboard/server-projects';
import { Dashboard, DashboardPeriod } from './dashboard.types';
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
    const counters = await this.projects.counters({ asOf, chainId, includeDemo, ...(asOf < PLAN_PERIOD.from ? { from: null } : {}) });
    const periods: DashboardPeriod[] = [];
    for (const kind of KINDS) {
      const from = periodStart(asOf, kind);
      const signed = await this.projects.counters({ asOf, chainId, includeDemo, from });
      const before = await this.projects.counters({ asOf: dayBefore(from), chainId, includeDemo, from: null });
      const now = await this.projects.counters({ asOf, chainId, includeDemo, from: null });
      periods.push({
        kind,
        from,
        to: asOf,
        signed: signed.signed,
        industrialisation: signed.industrialisation,
        industrialisationTarget: chainId ? null : periodShareOfTarget(String(PLAN_PROJECT_TARGETS.industrialisation), PLAN_YEARS, kind),
        signedAmount: signed.signedAmount,
        fundsInPlace: unitsToDecimal(decimalToUnits(now.fundsInPlace) - decimalToUnits(before.fundsInPlace)),
      });
    }
    const lights = await this.period.lightsOn([asOf], chainIds);
    const withLight = (light: string) => [...lights.entries()].filter(([, l]) => l[0] === light).map(([id]) => id).sort();
    const issues = await this.period.issuesOn(asOf, chainIds);
    const open = issues.filter((i) => i.status !== CoordinationIssueStatus.CLOSED);
    const yearStart = periodStart(asOf, 'YEAR');
    const thisYear = issues.filter((i) => i.raisedOn >= yearStart);
    const closed = thisYear.filter((i) => i.closedOn !== null);
    const quarter = Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1;
    return {
      asOf,
      chainId,
      counters,
      periods,
      redProjectIds: withLight('RED'),
      yellowProjectIds: withLight('YELLOW'),
      issues: {
        openIds: open.map((i) => i.id),
        open: open.length,
        raisedThisYear: thisYear.length,
        closedThisYear: closed.length,
        closedOnTime: closed.filter((i) => i.dueOn === null || (i.closedOn as string) <= i.dueOn).length,
        closureRatePercent: thisYear.length ? Math.round((closed.length / thisYear.length) * 1000) / 10 : null,
      },
      leadActivity: await this.interactions.activityByStaff({ from: periodStart(asOf, 'MONTH'), to: asOf, chainIds }),
      land: await this.places.landSummary(asOf, includeDemo),
      buildings: await this.places.buildingSummary(asOf, includeDemo),
      indicators: await this.targets.standings({ year: Number(asOf.slice(0, 4)), quarter, chainId, includeDemo }),
    };
  }
}
