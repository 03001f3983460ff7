import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Actor,
  CompanyListCategory,
  ComputedIndicator,
  HIGH_TECH_VALID_YEARS,
  IndicatorPeriod,
  indicatorProgress,
  periodEnd,
  periodLabel,
  PLAN_PERIOD,
  targetCompletion,
} from '@chainboard/domain';
import { ChainLoaders, ChainsService, ChainTarget } from '@chainboard/server-chains';
import { CompanyListsService } from '@chainboard/server-companies';
import { badField, badInput, notFound } from '@chainboard/server-core';
import { PlacesService } from '@chainboard/server-places';
import { ProjectCounters, ProjectsService } from '@chainboard/server-projects';
import { IndicatorActual } from './indicator-actual.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { IndicatorStandingsInput, RecordIndicatorActualInput } from './dto/targets.inputs';
import { ActualSource, IndicatorStanding } from './targets.types';

/** A computed figure and what it is counted from. */
interface Computed {
  value: string | null;
  note: string;
}

/** What computes each computed indicator's figure for a period, and how it says so. */
const COMPUTED_NOTES: Record<ComputedIndicator, string> = {
  [ComputedIndicator.PROJECTS_INDUSTRIALISATION]: '系统根据项目台账阶段记录计算：签约且未终止的产业化项目',
  [ComputedIndicator.PROJECTS_TIER_30_PLUS]: '系统根据项目台账阶段记录计算：协议投资 30 亿元以上的产业化项目',
  [ComputedIndicator.PROJECTS_TIER_10_30]: '系统根据项目台账阶段记录计算：协议投资 10–30 亿元的产业化项目',
  [ComputedIndicator.HIGH_TECH_ENTERPRISES]: `系统根据企业名录标签计算：当年及前 ${HIGH_TECH_VALID_YEARS - 1} 年被标记为高新技术企业的企业`,
  [ComputedIndicator.LAND_REVITALISED]: '系统根据土地台账计算：规划期内已盘活的闲置低效工业用地面积',
  [ComputedIndicator.BUILDINGS_REFITTED]: '系统根据楼宇台账计算：规划期内建成的新增或改造工业楼宇',
};

/** Orders periods: a year counts as its fourth quarter, a quarter of it before the year's own figure. */
const periodKey = (year: number, quarter: number) => year * 10 + (quarter === 0 ? 5 : quarter);

/**
 * The plan's indicators (table 2 and the targets of its text) and the chains' targets: actual values entered with
 * their source, the figures the system computes from the records, and where each stands against its straight path.
 */
@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
    private readonly chainLoaders: ChainLoaders,
    private readonly projects: ProjectsService,
    private readonly companyLists: CompanyListsService,
    private readonly places: PlacesService,
  ) {}

  /** The plan's indicators in the plan's order: table 2 first, then the targets of its text. */
  indicators(): Promise<PlanIndicator[]> {
    return this.db.manager.find(PlanIndicator, { order: { sortOrder: 'ASC' } });
  }

  async indicator(id: string, m: EntityManager = this.db.manager): Promise<PlanIndicator> {
    const row = await m.findOneBy(PlanIndicator, { id });
    if (!row) throw notFound('planIndicator', id);
    return row;
  }

  /** The entered actuals of an indicator or a chain target, latest period first. */
  async actuals(subject: { indicatorId?: string | null; chainTargetId?: string | null }): Promise<IndicatorActual[]> {
    // Exactly one subject: with none the query would have no condition (TypeORM refuses an undefined one).
    if (!subject.indicatorId === !subject.chainTargetId) throw badInput('indicator.oneSubject');
    const where = subject.indicatorId ? { indicatorId: subject.indicatorId } : { chainTargetId: subject.chainTargetId as string };
    return this.db.manager.find(IndicatorActual, { where, order: { year: 'DESC', quarter: 'DESC' } });
  }

  /**
   * Enters the actual of a period (a year, or a quarter of it), replacing what was entered for that period. A
   * computed indicator takes no entries; one the plan states in words takes words, every other a figure.
   */
  async recordActual(actor: Actor, input: RecordIndicatorActualInput): Promise<IndicatorActual> {
    const id = await this.db.transaction(async (m) => {
      if (!input.indicatorId === !input.chainTargetId) throw badInput('indicator.oneSubject');
      const quarter = input.quarter ?? 0;
      let inWords = false;
      if (input.indicatorId) {
        const indicator = await this.indicator(input.indicatorId, m);
        if (indicator.computed) throw badInput('indicator.computed', { name: indicator.name });
        inWords = indicator.targetValue === null;
      } else if (!(await m.existsBy(ChainTarget, { id: input.chainTargetId as string }))) {
        throw notFound('chainTarget', input.chainTargetId as string);
      }
      const value = input.value ?? null;
      const valueText = input.valueText?.trim() || null;
      if (inWords && !valueText) throw badField('valueText', 'indicator.textRequired');
      if (!inWords && value === null) throw badField('value', 'indicator.valueRequired');
      const subject = input.indicatorId ? { indicatorId: input.indicatorId, chainTargetId: null } : { indicatorId: null, chainTargetId: input.chainTargetId as string };
      const where = input.indicatorId ? { indicatorId: input.indicatorId } : { chainTargetId: input.chainTargetId as string };
      const existing = await m.findOne(IndicatorActual, { where: { ...where, year: input.year, quarter }, lock: { mode: 'pessimistic_write' } });
      const fields = { value: inWords ? null : value, valueText, sourceNote: input.sourceNote.trim(), enteredById: actor.id };
      if (existing) {
        await m.update(IndicatorActual, { id: existing.id }, { ...fields, enteredAt: new Date() });
        return existing.id;
      }
      const row = await m.save(m.create(IndicatorActual, { ...subject, ...fields, year: input.year, quarter }));
      return row.id;
    });
    return this.db.manager.findOneByOrFail(IndicatorActual, { id });
  }

  /**
   * Where every indicator stands at the end of a period: the plan's indicators and every chain's targets, or one
   * chain's targets. The actual is the one entered for the latest period up to the one asked, or for a computed
   * indicator the figure counted from the records on the period's last day.
   */
  async standings(input: IndicatorStandingsInput, known: { counters?: ProjectCounters | Promise<ProjectCounters> } = {}): Promise<IndicatorStanding[]> {
    const period: IndicatorPeriod = { year: input.year, quarter: input.quarter ?? null };
    // What does not depend on another part is read at the same time: the indicators and the chains, then the computed
    // figures beside the chains' targets and the values entered.
    const [indicators, chainIds] = await Promise.all([
      input.chainId ? Promise.resolve([] as PlanIndicator[]) : this.indicators(),
      input.chainId ? this.chains.get(input.chainId).then((c) => [c.id]) : this.chains.list().then((list) => list.map((c) => c.id)),
    ]);
    const loader = this.chainLoaders.targetsOfChain({});
    const [computed, [targets, entered]] = await Promise.all([
      this.computeAll(indicators, period, input.includeDemo ?? true, known.counters),
      (async () => {
        const targets = (await loader.loadMany(chainIds)).flatMap((t) => (t instanceof Error ? [] : t));
        const entered = await this.latestEntered(
          indicators.map((i) => i.id),
          targets.map((t) => t.id),
          period,
        );
        return [targets, entered] as const;
      })(),
    ]);
    const out: IndicatorStanding[] = [];
    for (const indicator of indicators) {
      const actual = entered.get(indicator.id) ?? null;
      const figure = indicator.computed ? (computed.get(indicator.computed) ?? null) : null;
      out.push(
        this.standing(period, {
          indicator,
          chainTarget: null,
          chainId: null,
          name: indicator.name,
          unit: indicator.unit,
          target: indicator.targetValue,
          path:
            indicator.targetValue !== null && (indicator.baselineValue !== null || indicator.cumulative)
              ? { baselineYear: indicator.baselineYear, baselineValue: indicator.baselineValue, targetYear: indicator.targetYear, targetValue: indicator.targetValue }
              : null,
          actual,
          figure,
        }),
      );
    }
    for (const target of targets) {
      out.push(
        this.standing(period, {
          indicator: null,
          chainTarget: target,
          chainId: target.chainId,
          name: target.metric,
          unit: target.unit,
          target: target.value,
          path:
            target.baselineValue !== null && target.baselineYear !== null
              ? { baselineYear: target.baselineYear, baselineValue: target.baselineValue, targetYear: target.year, targetValue: target.value }
              : null,
          actual: entered.get(target.id) ?? null,
          figure: null,
        }),
      );
    }
    return out;
  }

  private standing(
    period: IndicatorPeriod,
    s: {
      indicator: PlanIndicator | null;
      chainTarget: ChainTarget | null;
      chainId: string | null;
      name: string;
      unit: string;
      target: string | null;
      path: { baselineYear: number; baselineValue: string | null; targetYear: number; targetValue: string } | null;
      actual: IndicatorActual | null;
      figure: Computed | null;
    },
  ): IndicatorStanding {
    const base = { indicator: s.indicator, chainTarget: s.chainTarget, chainId: s.chainId, name: s.name, unit: s.unit, year: period.year, quarter: period.quarter ?? null };
    const none = { expected: null, onPathPercent: null, completionPercent: null, onTrack: null };
    let value: string | null = null;
    let row: IndicatorStanding;
    if (s.figure) {
      value = s.figure.value;
      row = {
        ...base,
        ...none,
        source: value === null ? ActualSource.NONE : ActualSource.COMPUTED,
        actual: value,
        actualText: null,
        actualYear: period.year,
        actualQuarter: period.quarter ?? null,
        sourceNote: s.figure.note,
        enteredById: null,
        enteredAt: null,
      };
    } else if (s.actual) {
      value = s.actual.value;
      row = {
        ...base,
        ...none,
        source: ActualSource.ENTERED,
        actual: value,
        actualText: s.actual.valueText,
        actualYear: s.actual.year,
        actualQuarter: s.actual.quarter || null,
        sourceNote: s.actual.sourceNote,
        enteredById: s.actual.enteredById,
        enteredAt: s.actual.enteredAt,
      };
    } else {
      row = { ...base, ...none, source: ActualSource.NONE, actual: null, actualText: null, actualYear: null, actualQuarter: null, sourceNote: null, enteredById: null, enteredAt: null };
    }
    if (s.path) {
      const progress = value === null ? null : indicatorProgress(s.path, value, period);
      return {
        ...row,
        expected: progress?.expected ?? indicatorProgress(s.path, s.path.targetValue, period).expected,
        onPathPercent: progress?.onPathPercent ?? null,
        completionPercent: progress?.completionPercent ?? null,
        onTrack: progress?.onTrack ?? null,
      };
    }
    if (s.target !== null && value !== null) return { ...row, completionPercent: targetCompletion(s.target, value) };
    return row;
  }

  /** The latest entered actual up to a period, by indicator or chain-target id. */
  private async latestEntered(indicatorIds: string[], targetIds: string[], period: IndicatorPeriod): Promise<Map<string, IndicatorActual>> {
    const limit = periodKey(period.year, period.quarter ?? 0);
    const rows = [
      ...(indicatorIds.length ? await this.db.manager.findBy(IndicatorActual, { indicatorId: In(indicatorIds) }) : []),
      ...(targetIds.length ? await this.db.manager.findBy(IndicatorActual, { chainTargetId: In(targetIds) }) : []),
    ];
    const latest = new Map<string, IndicatorActual>();
    for (const r of rows) {
      const key = periodKey(r.year, r.quarter);
      if (key > limit) continue;
      const id = (r.indicatorId ?? r.chainTargetId) as string;
      const have = latest.get(id);
      if (!have || periodKey(have.year, have.quarter) < key) latest.set(id, r);
    }
    return latest;
  }

  /**
   * The computed indicators' figures for a period, counted on its last day. `known`: the plan's counters on that day
   * (over the plan period, the district's), when the caller has them already (the dashboard counts them with its own).
   */
  private async computeAll(
    indicators: PlanIndicator[],
    period: IndicatorPeriod,
    includeDemo: boolean,
    known?: ProjectCounters | Promise<ProjectCounters>,
  ): Promise<Map<ComputedIndicator, Computed>> {
    const wanted = new Set(indicators.map((i) => i.computed).filter((c): c is ComputedIndicator => c !== null));
    const out = new Map<ComputedIndicator, Computed>();
    const asOf = periodEnd(period);
    const note = (c: ComputedIndicator) => `${COMPUTED_NOTES[c]}（截至 ${asOf}，${periodLabel(period)}）`;
    const projectsWanted = [ComputedIndicator.PROJECTS_INDUSTRIALISATION, ComputedIndicator.PROJECTS_TIER_30_PLUS, ComputedIndicator.PROJECTS_TIER_10_30].some((c) => wanted.has(c));
    /** The counters at the period's end over the plan period: those the caller has (or is counting) when they are the same ask. */
    const projectCounters = async () => {
      const from = asOf < PLAN_PERIOD.from ? null : PLAN_PERIOD.from;
      const given = await known;
      if (given && given.asOf === asOf && given.from === from && given.chainId === null) return given;
      return this.projects.counters({ asOf, includeDemo, ...(asOf < PLAN_PERIOD.from ? { from: null } : {}) });
    };
    // Each figure is read independently of the others, all at once.
    const [counters, highTech, land, buildings] = await Promise.all([
      projectsWanted ? projectCounters() : null,
      wanted.has(ComputedIndicator.HIGH_TECH_ENTERPRISES) ? this.companyLists.countTagged(CompanyListCategory.HIGH_TECH, period.year - HIGH_TECH_VALID_YEARS + 1, period.year) : null,
      wanted.has(ComputedIndicator.LAND_REVITALISED) ? this.places.landSummary(asOf, includeDemo) : null,
      wanted.has(ComputedIndicator.BUILDINGS_REFITTED) ? this.places.buildingSummary(asOf, includeDemo) : null,
    ]);
    if (counters) {
      out.set(ComputedIndicator.PROJECTS_INDUSTRIALISATION, { value: String(counters.industrialisation), note: note(ComputedIndicator.PROJECTS_INDUSTRIALISATION) });
      out.set(ComputedIndicator.PROJECTS_TIER_30_PLUS, { value: String(counters.tier30Plus), note: note(ComputedIndicator.PROJECTS_TIER_30_PLUS) });
      out.set(ComputedIndicator.PROJECTS_TIER_10_30, { value: String(counters.tier10To30), note: note(ComputedIndicator.PROJECTS_TIER_10_30) });
    }
    if (highTech !== null) out.set(ComputedIndicator.HIGH_TECH_ENTERPRISES, { value: String(highTech), note: note(ComputedIndicator.HIGH_TECH_ENTERPRISES) });
    if (land) out.set(ComputedIndicator.LAND_REVITALISED, { value: land.revitalisedMu, note: note(ComputedIndicator.LAND_REVITALISED) });
    if (buildings) out.set(ComputedIndicator.BUILDINGS_REFITTED, { value: String(buildings.completed), note: note(ComputedIndicator.BUILDINGS_REFITTED) });
    return out;
  }
}
