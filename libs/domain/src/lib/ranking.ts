/**
 * The monthly ranking (月度排序) of chains and lead departments. Each subject's score is computed from the month's
 * records, as a weighted sum of six parts, each a ratio from 0 to 1:
 *
 * - signedCount: projects signed in the month against the month's target (capped at 1);
 * - signedAmount: agreed investment signed against the month's target (capped at 1);
 * - fundsInPlace: funds in place received against the month's target (capped at 1);
 * - startedOnTime: projects due to start construction in the month that started by their planned day (1 when none due);
 * - issuesClosedOnTime: coordination issues due in the month closed out by their due day (1 when none due);
 * - leadActivity: interactions recorded, against the most any ranked subject recorded (0 when nobody recorded any).
 *
 * score = 100 × Σ weightᵢ × partᵢ / Σ weightᵢ, rounded to two decimals. The weights are configuration.
 */
export interface RankingWeights {
  signedCount: number;
  signedAmount: number;
  fundsInPlace: number;
  startedOnTime: number;
  issuesClosedOnTime: number;
  leadActivity: number;
}

export const RANKING_PARTS: ReadonlyArray<keyof RankingWeights> = ['signedCount', 'signedAmount', 'fundsInPlace', 'startedOnTime', 'issuesClosedOnTime', 'leadActivity'];

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  signedCount: 25,
  signedAmount: 20,
  fundsInPlace: 20,
  startedOnTime: 15,
  issuesClosedOnTime: 10,
  leadActivity: 10,
};

/** The month's figures behind one subject's score (what a published month freezes). */
export interface RankingFigures {
  signedCount: number;
  signedCountTarget: number;
  /** 亿元 */
  signedAmount: number;
  signedAmountTarget: number;
  /** 亿元 */
  fundsInPlace: number;
  fundsInPlaceTarget: number;
  startsDue: number;
  startsOnTime: number;
  issuesDue: number;
  issuesClosedOnTime: number;
  interactions: number;
}

/** Whether weights are usable: every weight a finite number ≥ 0, and not all zero. */
export function validRankingWeights(w: RankingWeights): boolean {
  const values = RANKING_PARTS.map((p) => w[p]);
  return values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0) && values.some((v) => v > 0);
}

const capped = (value: number, target: number) => (target <= 0 ? (value > 0 ? 1 : 0) : Math.min(1, Math.max(0, value / target)));

/** The six parts of a subject's score (each 0–1), given the most interactions any ranked subject recorded. */
export function rankingParts(f: RankingFigures, maxInteractions: number): Record<keyof RankingWeights, number> {
  return {
    signedCount: capped(f.signedCount, f.signedCountTarget),
    signedAmount: capped(f.signedAmount, f.signedAmountTarget),
    fundsInPlace: capped(f.fundsInPlace, f.fundsInPlaceTarget),
    startedOnTime: f.startsDue === 0 ? 1 : f.startsOnTime / f.startsDue,
    issuesClosedOnTime: f.issuesDue === 0 ? 1 : f.issuesClosedOnTime / f.issuesDue,
    leadActivity: maxInteractions <= 0 ? 0 : f.interactions / maxInteractions,
  };
}

/** A subject's score (0–100, two decimals). */
export function rankingScore(f: RankingFigures, weights: RankingWeights, maxInteractions: number): number {
  const parts = rankingParts(f, maxInteractions);
  const total = RANKING_PARTS.reduce((n, p) => n + weights[p], 0);
  const sum = RANKING_PARTS.reduce((n, p) => n + weights[p] * parts[p], 0);
  return Math.round((100 * sum) / total * 100) / 100;
}

export interface RankedSubject<T> {
  subject: T;
  score: number;
  /** 1 for the best; equal scores share a rank and the next rank skips (1, 1, 3). */
  rank: number;
}

/** Ranks subjects by their figures: highest score first, equal scores sharing a rank, ties in the given order. */
export function rankSubjects<T extends { figures: RankingFigures }>(subjects: readonly T[], weights: RankingWeights): Array<RankedSubject<T>> {
  const maxInteractions = Math.max(0, ...subjects.map((s) => s.figures.interactions));
  const scored = subjects.map((subject, i) => ({ subject, score: rankingScore(subject.figures, weights, maxInteractions), i }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  let rank = 0;
  return scored.map((s, i) => {
    if (i === 0 || scored[i - 1].score !== s.score) rank = i + 1;
    return { subject: s.subject, score: s.score, rank };
  });
}
