import { DEFAULT_RANKING_WEIGHTS, rankingParts, rankingScore, RankingFigures, rankSubjects, validRankingWeights } from '../index';

const figures = (f: Partial<RankingFigures>): RankingFigures => ({
  signedCount: 0,
  signedCountTarget: 2,
  signedAmount: 0,
  signedAmountTarget: 10,
  fundsInPlace: 0,
  fundsInPlaceTarget: 4,
  startsDue: 0,
  startsOnTime: 0,
  issuesDue: 0,
  issuesClosedOnTime: 0,
  interactions: 0,
  ...f,
});

describe('the monthly ranking score', () => {
  it('reproduces by hand for a small case', () => {
    const a = figures({ signedCount: 1, signedAmount: 15, fundsInPlace: 1, startsDue: 2, startsOnTime: 1, issuesDue: 4, issuesClosedOnTime: 3, interactions: 6 });
    // Parts: 1/2, 15/10 capped to 1, 1/4, 1/2, 3/4, 6/8 (the most anyone recorded is 8).
    expect(rankingParts(a, 8)).toEqual({ signedCount: 0.5, signedAmount: 1, fundsInPlace: 0.25, startedOnTime: 0.5, issuesClosedOnTime: 0.75, leadActivity: 0.75 });
    // 25×0.5 + 20×1 + 20×0.25 + 15×0.5 + 10×0.75 + 10×0.75 = 12.5 + 20 + 5 + 7.5 + 7.5 + 7.5 = 60 (of 100).
    expect(rankingScore(a, DEFAULT_RANKING_WEIGHTS, 8)).toBe(60);
    // Other weights: only signings count, half and half → 50 × 0.5 + 50 × 1 = 75.
    const onlySignings = { signedCount: 1, signedAmount: 1, fundsInPlace: 0, startedOnTime: 0, issuesClosedOnTime: 0, leadActivity: 0 };
    expect(rankingScore(a, onlySignings, 8)).toBe(75);
  });

  it('counts nothing due as done, and no activity anywhere as none', () => {
    expect(rankingParts(figures({}), 0)).toEqual({ signedCount: 0, signedAmount: 0, fundsInPlace: 0, startedOnTime: 1, issuesClosedOnTime: 1, leadActivity: 0 });
    expect(rankingScore(figures({}), DEFAULT_RANKING_WEIGHTS, 0)).toBe(25);
  });

  it('ranks by score, equal scores sharing a rank', () => {
    const ranked = rankSubjects(
      [
        { name: '乙', figures: figures({ signedCount: 2 }) },
        { name: '甲', figures: figures({ signedCount: 2, interactions: 4 }) },
        { name: '丙', figures: figures({ signedCount: 2 }) },
        { name: '丁', figures: figures({}) },
      ],
      DEFAULT_RANKING_WEIGHTS,
    );
    expect(ranked.map((r) => [r.subject.name, r.rank, r.score])).toEqual([
      ['甲', 1, 60],
      ['乙', 2, 50],
      ['丙', 2, 50],
      ['丁', 4, 25],
    ]);
  });

  it('accepts only weights that are numbers ≥ 0, not all zero', () => {
    expect(validRankingWeights(DEFAULT_RANKING_WEIGHTS)).toBe(true);
    expect(validRankingWeights({ ...DEFAULT_RANKING_WEIGHTS, leadActivity: -1 })).toBe(false);
    expect(validRankingWeights({ signedCount: 0, signedAmount: 0, fundsInPlace: 0, startedOnTime: 0, issuesClosedOnTime: 0, leadActivity: 0 })).toBe(false);
  });
});
