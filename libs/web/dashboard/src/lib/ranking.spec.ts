import { rankSubjects, type RankingFigures } from '@chainboard/domain';
import { partPoints } from './pages/RankingPage';

const figures = (over: Partial<RankingFigures>): RankingFigures => ({
  signedCount: 0,
  signedCountTarget: 2,
  signedAmount: 0,
  signedAmountTarget: 10,
  fundsInPlace: 0,
  fundsInPlaceTarget: 2,
  startsDue: 0,
  startsOnTime: 0,
  issuesDue: 0,
  issuesClosedOnTime: 0,
  interactions: 0,
  ...over,
});
const weights = { signedCount: 25, signedAmount: 20, fundsInPlace: 20, startedOnTime: 15, issuesClosedOnTime: 10, leadActivity: 10 };

describe("the ranking's score parts", () => {
  it('add up to the score the ranking computes', () => {
    const subjects = [
      { id: 'a', figures: figures({ signedCount: 1, signedAmount: 15, fundsInPlace: 1, startsDue: 4, startsOnTime: 3, issuesDue: 2, issuesClosedOnTime: 1, interactions: 12 }) },
      { id: 'b', figures: figures({ signedCount: 3, signedAmount: 4, interactions: 30 }) },
    ];
    const max = 30;
    for (const ranked of rankSubjects(subjects, weights)) {
      const line = { subjectId: ranked.subject.id, subjectName: ranked.subject.id, score: ranked.score, rank: ranked.rank, figures: ranked.subject.figures, weights };
      const parts = partPoints(line, max);
      const sum = Object.values(parts).reduce((n, x) => n + x, 0);
      expect(Math.abs(sum - ranked.score)).toBeLessThan(0.05);
    }
  });

  it('give a part its whole weight once its target is met, capped there', () => {
    const line = { subjectId: 'a', subjectName: 'a', score: 0, rank: 1, figures: figures({ signedCount: 5 }), weights };
    expect(partPoints(line, 0).signedCount).toBe(25);
    // Nothing due counts as on time; no interactions anywhere gives no activity points.
    expect(partPoints(line, 0).startedOnTime).toBe(15);
    expect(partPoints(line, 0).leadActivity).toBe(0);
  });
});
