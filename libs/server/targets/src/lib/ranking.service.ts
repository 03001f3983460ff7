import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, dayBefore, DEFAULT_RANKING_WEIGHTS, decimalToUnits, RankingFigures, rankSubjects, validRankingWeights } from '@chainboard/domain';
import { ChainsService } from '@chainboard/server-chains';
import { AppSetting, badField, badInput, conflict, currentLanguage, translate } from '@chainboard/server-core';
import { InteractionsService } from '@chainboard/server-leads';
import { ProjectCounters, ProjectFiguresService, ProjectsService } from '@chainboard/server-projects';
import { buildWorkbook, ExportFile } from '@chainboard/server-spreadsheets';
import { UsersService } from '@chainboard/server-users';
import { RankingEntry } from './ranking.entity';
import { Ranking, RankingConfig, RankingConfigInput, RankingLine } from './ranking.types';

export const RANKING_CONFIG_KEY = 'rankingConfig';
export const RANKING_KINDS = ['CHAIN', 'DEPARTMENT'] as const;
export type RankingKind = (typeof RANKING_KINDS)[number];

const DEFAULT_CONFIG: RankingConfig = { weights: { ...DEFAULT_RANKING_WEIGHTS }, signedCountTarget: 1, signedAmountTarget: 5, fundsInPlaceTarget: 2 };
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const toNumber = (decimal: string) => Number(decimal);

/**
 * The monthly ranking (月度排序) of chains and of lead departments, scored by the domain's rankingScore from the
 * month's records; weights and monthly targets are configuration (AppSetting rankingConfig). Publishing a month
 * stores every line with its figures and weights: a published month is read from there and never recomputed.
 */
@Injectable()
export class RankingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
    private readonly projects: ProjectsService,
    private readonly figures: ProjectFiguresService,
    private readonly interactions: InteractionsService,
    private readonly users: UsersService,
  ) {}

  async config(): Promise<RankingConfig> {
    const row = await this.db.manager.findOne(AppSetting, { where: { key: RANKING_CONFIG_KEY } });
    return row ? (row.value as RankingConfig) : DEFAULT_CONFIG;
  }

  async setConfig(input: RankingConfigInput): Promise<RankingConfig> {
    const { signedCountTarget, signedAmountTarget, fundsInPlaceTarget, ...weights } = input;
    if (!validRankingWeights(weights)) throw badInput('ranking.weightsAllZero');
    const value: RankingConfig = { weights, signedCountTarget, signedAmountTarget, fundsInPlaceTarget };
    await this.db.manager.upsert(AppSetting, { key: RANKING_CONFIG_KEY, value }, ['key']);
    return value;
  }

  /** A month's ranking: the published lines when the month is published, else computed now from the records. */
  async ranking(month: string, kind: RankingKind, includeDemo = true): Promise<Ranking> {
    this.checkMonth(month, kind);
    const published = await this.db.manager.find(RankingEntry, { where: { month, kind }, order: { rank: 'ASC', subjectName: 'ASC' } });
    if (published.length) return { month, kind, published: true, lines: published };
    return { month, kind, published: false, lines: await this.compute(month, kind, includeDemo) };
  }

  /** The published (frozen) months, latest first. */
  async publishedMonths(): Promise<string[]> {
    const rows: Array<{ month: string }> = await this.db.query(`SELECT DISTINCT month FROM ranking_entry ORDER BY month DESC`);
    return rows.map((r) => r.month);
  }

  /** Publishes a month (both rankings), freezing each line with its figures and weights. A month is published once. */
  async publish(actor: Actor, month: string, includeDemo = true): Promise<Ranking[]> {
    this.checkMonth(month, 'CHAIN');
    const lines = await Promise.all(RANKING_KINDS.map(async (kind) => [kind, await this.compute(month, kind, includeDemo)] as const));
    await this.db.transaction(async (m) => {
      if (await m.existsBy(RankingEntry, { month })) throw conflict('ranking.published', { month });
      for (const [kind, list] of lines) {
        for (const l of list) await m.insert(RankingEntry, { month, kind, ...l, publishedById: actor.id });
      }
    });
    return Promise.all(RANKING_KINDS.map((kind) => this.ranking(month, kind)));
  }

  /** The quarterly report (季度公布): the three months' rankings of chains and departments, published or live, as .xlsx. */
  async quarterReport(year: number, quarter: number, includeDemo = true): Promise<ExportFile> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badField('year', 'input.range', { min: 2000, max: 2100 });
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badField('quarter', 'input.range', { min: 1, max: 4 });
    const lng = currentLanguage();
    const t = (key: string) => translate(lng, `export.ranking.${key}`);
    const records: Array<Record<string, string | number | boolean>> = [];
    for (let i = 0; i < 3; i++) {
      const month = `${year}-${String((quarter - 1) * 3 + i + 1).padStart(2, '0')}`;
      for (const kind of RANKING_KINDS) {
        const r = await this.ranking(month, kind, includeDemo);
        for (const l of r.lines) {
          const f = l.figures;
          records.push({
            month,
            kind: t(`kind.${kind}`),
            published: r.published,
            rank: l.rank,
            subjectName: l.subjectName,
            score: l.score,
            signedCount: f.signedCount,
            signedAmount: String(f.signedAmount),
            fundsInPlace: String(f.fundsInPlace),
            startsOnTime: `${f.startsOnTime}/${f.startsDue}`,
            issuesClosedOnTime: `${f.issuesClosedOnTime}/${f.issuesDue}`,
            interactions: f.interactions,
          });
        }
      }
    }
    const keys = ['month', 'kind', 'published', 'rank', 'subjectName', 'score', 'signedCount', 'signedAmount', 'fundsInPlace', 'startsOnTime', 'issuesClosedOnTime', 'interactions'];
    const columns = keys.map((key) => ({ key, header: t(key), kind: key === 'published' ? ('boolean' as const) : undefined }));
    const buffer = await buildWorkbook(t('sheet'), columns, records, { yes: t('yes'), no: t('no') });
    return { fileName: `ranking-${year}Q${quarter}.xlsx`, contentBase64: buffer.toString('base64') };
  }

  private checkMonth(month: string, kind: string): void {
    if (!MONTH.test(month)) throw badField('month', 'input.badFormat');
    if (!(RANKING_KINDS as readonly string[]).includes(kind)) throw badInput('input.badEnum', { field: 'kind' });
  }

  /** Every chain's figures for the month, then summed per lead department when ranking departments. */
  private async compute(month: string, kind: RankingKind, includeDemo: boolean): Promise<RankingLine[]> {
    const config = await this.config();
    const from = `${month}-01`;
    const next = new Date(`${from}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    const to = dayBefore(next.toISOString().slice(0, 10));
    const chains = await this.chains.list();
    // Every chain's figures in one pass: each part one statement grouped by chain, not one round per chain.
    const [counters, milestones, issues, interactions] = await Promise.all([
      this.figures.counters({
        chainIds: chains.map((c) => c.id),
        includeDemo,
        byChain: true,
        asks: [
          { asOf: to, from },
          { asOf: to, from: null },
          { asOf: dayBefore(from), from: null },
        ],
      }),
      this.projects.milestonesDueBetween({ from, to, chainIds: null, includeDemo }),
      this.figures.issuesDueByChain(from, to),
      this.interactions.interactionsByChain({ from, to }),
    ]);
    const figuresOf = (chainId: string): Omit<RankingFigures, 'signedCountTarget' | 'signedAmountTarget' | 'fundsInPlaceTarget'> => {
      const [signed, now, before] = counters.get(chainId) as ProjectCounters[];
      const due = milestones.filter((x) => x.chainId === chainId);
      const chainIssues = issues.get(chainId) ?? { issuesDue: 0, issuesClosedOnTime: 0 };
      return {
        signedCount: signed.signed,
        signedAmount: toNumber(signed.signedAmount),
        fundsInPlace: Number(decimalToUnits(now.fundsInPlace) - decimalToUnits(before.fundsInPlace)) / 10_000,
        startsDue: due.length,
        startsOnTime: due.filter((x) => x.actualOn !== null && x.actualOn <= x.plannedOn).length,
        issuesDue: chainIssues.issuesDue,
        issuesClosedOnTime: chainIssues.issuesClosedOnTime,
        interactions: interactions.get(chainId) ?? 0,
      };
    };
    const perChain = new Map(chains.map((c) => [c.id, figuresOf(c.id)]));
    const targets = { signedCountTarget: config.signedCountTarget, signedAmountTarget: config.signedAmountTarget, fundsInPlaceTarget: config.fundsInPlaceTarget };
    let subjects: Array<{ id: string; name: string; figures: RankingFigures }>;
    if (kind === 'CHAIN') {
      subjects = chains.map((c) => ({ id: c.id, name: c.name, figures: { ...(perChain.get(c.id) as RankingFigures), ...targets } }));
    } else {
      const departments = new Map((await this.users.listDepartments()).map((d) => [d.id, d.name]));
      const byDepartment = new Map<string, RankingFigures>();
      for (const c of chains) {
        const f = perChain.get(c.id) as RankingFigures;
        const have = byDepartment.get(c.leadDepartmentId);
        // A department leading several chains is measured against the targets of each chain it leads.
        byDepartment.set(
          c.leadDepartmentId,
          have
            ? {
                signedCount: have.signedCount + f.signedCount,
                signedAmount: have.signedAmount + f.signedAmount,
                fundsInPlace: have.fundsInPlace + f.fundsInPlace,
                startsDue: have.startsDue + f.startsDue,
                startsOnTime: have.startsOnTime + f.startsOnTime,
                issuesDue: have.issuesDue + f.issuesDue,
                issuesClosedOnTime: have.issuesClosedOnTime + f.issuesClosedOnTime,
                interactions: have.interactions + f.interactions,
                signedCountTarget: have.signedCountTarget + targets.signedCountTarget,
                signedAmountTarget: have.signedAmountTarget + targets.signedAmountTarget,
                fundsInPlaceTarget: have.fundsInPlaceTarget + targets.fundsInPlaceTarget,
              }
            : { ...f, ...targets },
        );
      }
      subjects = [...byDepartment].map(([id, figures]) => ({ id, name: departments.get(id) ?? id, figures }));
    }
    return rankSubjects(subjects, config.weights).map((r) => ({
      subjectId: r.subject.id,
      subjectName: r.subject.name,
      score: r.score,
      rank: r.rank,
      figures: r.subject.figures,
      weights: config.weights,
    }));
  }
}
