import {
  ACTIVE_PROJECT_STAGES,
  allowedProjectMoves,
  CoordinationIssueStatus,
  countProjects,
  CountableProject,
  DEFAULT_PROJECT_HEALTH_RULES,
  FundsKind,
  InvestmentTier,
  investmentTier,
  isActiveProjectStage,
  isClosedProjectStage,
  issueClosureRate,
  issueMoveProblem,
  ISSUE_TRANSITIONS,
  isCountedProject,
  PIPELINE_STAGES,
  PLAN_PROJECT_TARGETS,
  PROJECT_STAGE_TRANSITIONS,
  PROJECT_STAGES,
  PROJECT_STAGES_NEEDING_REASON,
  projectHealth,
  ProjectHealthInput,
  projectHealthRulesProblem,
  projectMoveEffectiveOn,
  projectMoveNeedsReason,
  projectMoveProblems,
  ProjectMoveValues,
  ProjectStage,
  ProjectType,
  STAGE_REQUIREMENTS,
  TIER_THRESHOLDS_YI,
} from '../index';

const S = ProjectStage;
const TODAY = '2025-06-30';
const VALID_CODE = '91510107MA6CABCD1C';

/** Values that satisfy every stage's requirements, dated on or before TODAY. */
const FULL: ProjectMoveValues = {
  signedOn: '2025-03-01',
  agreedInvestment: '12.5',
  registeredCompanyName: '成都示例新材料有限公司',
  registeredCreditCode: VALID_CODE,
  startedOn: '2025-04-01',
  carrier: '武侯电商产业功能区 3 号楼',
  productionOn: '2025-05-01',
  capacityOn: '2025-06-01',
  reason: '企业调整投资计划',
};

describe('project stages', () => {
  it('keeps the stored values and the main line in order', () => {
    expect(PROJECT_STAGES).toEqual([
      'NEGOTIATING',
      'SIGNED',
      'REGISTERED',
      'CONSTRUCTION_STARTED',
      'IN_PRODUCTION',
      'AT_FULL_CAPACITY',
      'ON_HOLD',
      'DROPPED',
    ]);
    expect(PIPELINE_STAGES).toEqual(PROJECT_STAGES.slice(0, 6));
  });

  it('treats dropped and on-hold projects as not covering a node, and closes only 达产 and 终止', () => {
    expect(ACTIVE_PROJECT_STAGES).toEqual(PIPELINE_STAGES);
    expect(isActiveProjectStage(S.ON_HOLD)).toBe(false);
    expect(isActiveProjectStage(S.DROPPED)).toBe(false);
    expect(isActiveProjectStage(S.AT_FULL_CAPACITY)).toBe(true);
    expect(PROJECT_STAGES.filter(isClosedProjectStage)).toEqual([S.AT_FULL_CAPACITY, S.DROPPED]);
  });
});

describe('project stage moves', () => {
  // Every move, written out by hand: from → the stages it may go to (on hold: held from SIGNED).
  const EXPECTED: Record<ProjectStage, ProjectStage[]> = {
    [S.NEGOTIATING]: [S.SIGNED, S.ON_HOLD, S.DROPPED],
    [S.SIGNED]: [S.REGISTERED, S.ON_HOLD, S.DROPPED],
    [S.REGISTERED]: [S.CONSTRUCTION_STARTED, S.ON_HOLD, S.DROPPED],
    [S.CONSTRUCTION_STARTED]: [S.IN_PRODUCTION, S.ON_HOLD, S.DROPPED],
    [S.IN_PRODUCTION]: [S.AT_FULL_CAPACITY, S.ON_HOLD, S.DROPPED],
    [S.AT_FULL_CAPACITY]: [],
    [S.ON_HOLD]: [S.SIGNED, S.DROPPED],
    [S.DROPPED]: [],
  };

  for (const from of PROJECT_STAGES) {
    for (const to of PROJECT_STAGES) {
      const allowed = EXPECTED[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const problems = projectMoveProblems(from, to, FULL, { today: TODAY, heldFrom: S.SIGNED });
        expect(problems).toEqual(allowed ? [] : [{ code: 'notAllowed' }]);
      });
    }
  }

  it('agrees with the table, which lists every stage a hold may resume to', () => {
    for (const from of PROJECT_STAGES) {
      if (from !== S.ON_HOLD) expect(allowedProjectMoves(from)).toEqual(PROJECT_STAGE_TRANSITIONS[from]);
    }
    expect(PROJECT_STAGE_TRANSITIONS[S.ON_HOLD]).toEqual([...PIPELINE_STAGES.slice(0, 5), S.DROPPED]);
  });

  it('resumes a project on hold only to the stage it was put on hold from', () => {
    for (const heldFrom of PIPELINE_STAGES.slice(0, 5)) {
      expect(allowedProjectMoves(S.ON_HOLD, heldFrom)).toEqual([heldFrom, S.DROPPED]);
      const earlier = PIPELINE_STAGES.slice(0, PIPELINE_STAGES.indexOf(heldFrom));
      for (const to of earlier) expect(projectMoveProblems(S.ON_HOLD, to, {}, { today: TODAY, heldFrom })).toEqual([{ code: 'notAllowed' }]);
    }
    expect(allowedProjectMoves(S.ON_HOLD)).toEqual([S.DROPPED]);
    expect(allowedProjectMoves(S.ON_HOLD, null)).toEqual([S.DROPPED]);
  });

  it('asks nothing to resume, since the fields were given on the way in', () => {
    expect(projectMoveProblems(S.ON_HOLD, S.REGISTERED, {}, { today: TODAY, heldFrom: S.REGISTERED })).toEqual([]);
  });

  it('needs a reason to put on hold or drop', () => {
    expect(PROJECT_STAGES_NEEDING_REASON).toEqual([S.ON_HOLD, S.DROPPED]);
    expect(projectMoveNeedsReason(S.SIGNED)).toBe(false);
    for (const to of [S.ON_HOLD, S.DROPPED]) {
      expect(projectMoveProblems(S.SIGNED, to, {}, { today: TODAY })).toEqual([{ field: 'reason', code: 'required' }]);
      expect(projectMoveProblems(S.SIGNED, to, { reason: '  ' }, { today: TODAY })).toEqual([{ field: 'reason', code: 'required' }]);
      expect(projectMoveProblems(S.SIGNED, to, { reason: '土地指标未落实' }, { today: TODAY })).toEqual([]);
    }
    expect(projectMoveProblems(S.ON_HOLD, S.DROPPED, {}, { today: TODAY, heldFrom: S.SIGNED })).toEqual([{ field: 'reason', code: 'required' }]);
    expect(projectMoveProblems(S.SIGNED, S.DROPPED, { reason: 'x'.repeat(1001) }, { today: TODAY })).toEqual([{ field: 'reason', code: 'invalid' }]);
  });
});

describe('fields each stage requires', () => {
  it('lists them as data', () => {
    expect(STAGE_REQUIREMENTS).toEqual({
      NEGOTIATING: [],
      SIGNED: ['signedOn', 'agreedInvestment'],
      REGISTERED: ['registeredCompanyName', 'registeredCreditCode'],
      CONSTRUCTION_STARTED: ['startedOn', 'carrier'],
      IN_PRODUCTION: ['productionOn'],
      AT_FULL_CAPACITY: ['capacityOn'],
      ON_HOLD: ['reason'],
      DROPPED: ['reason'],
    });
  });

  it('names each missing field of a forward move', () => {
    const forward: Array<[ProjectStage, ProjectStage]> = [
      [S.NEGOTIATING, S.SIGNED],
      [S.SIGNED, S.REGISTERED],
      [S.REGISTERED, S.CONSTRUCTION_STARTED],
      [S.CONSTRUCTION_STARTED, S.IN_PRODUCTION],
      [S.IN_PRODUCTION, S.AT_FULL_CAPACITY],
    ];
    for (const [from, to] of forward) {
      expect(projectMoveProblems(from, to, {}, { today: TODAY })).toEqual(STAGE_REQUIREMENTS[to].map((field) => ({ field, code: 'required' })));
      const blanks = Object.fromEntries(STAGE_REQUIREMENTS[to].map((f) => [f, ' ']));
      expect(projectMoveProblems(from, to, blanks, { today: TODAY })).toEqual(STAGE_REQUIREMENTS[to].map((field) => ({ field, code: 'required' })));
      expect(projectMoveProblems(from, to, FULL, { today: TODAY })).toEqual([]);
    }
  });

  it('checks dates, amounts and credit codes', () => {
    const sign = (values: ProjectMoveValues) => projectMoveProblems(S.NEGOTIATING, S.SIGNED, values, { today: TODAY });
    expect(sign({ signedOn: '2025-02-30', agreedInvestment: '1' })).toEqual([{ field: 'signedOn', code: 'invalid' }]);
    expect(sign({ signedOn: '2025/03/01', agreedInvestment: '1' })).toEqual([{ field: 'signedOn', code: 'invalid' }]);
    expect(sign({ signedOn: '2025-03-01', agreedInvestment: '0' })).toEqual([{ field: 'agreedInvestment', code: 'invalid' }]);
    expect(sign({ signedOn: '2025-03-01', agreedInvestment: '-3' })).toEqual([{ field: 'agreedInvestment', code: 'invalid' }]);
    expect(sign({ signedOn: '2025-03-01', agreedInvestment: '3亿' })).toEqual([{ field: 'agreedInvestment', code: 'invalid' }]);
    expect(sign({ signedOn: '2025-03-01', agreedInvestment: '1.23456' })).toEqual([{ field: 'agreedInvestment', code: 'invalid' }]);
    expect(sign({ signedOn: '2025-03-01', agreedInvestment: '0.0001' })).toEqual([]);
    expect(sign({ signedOn: '2025-03-01', agreedInvestment: ' 35 ' })).toEqual([]);

    const register = (code: string) =>
      projectMoveProblems(S.SIGNED, S.REGISTERED, { registeredCompanyName: '成都示例有限公司', registeredCreditCode: code }, { today: TODAY });
    expect(register(VALID_CODE)).toEqual([]);
    expect(register('９１５１０１０７ma6cabcd1c')).toEqual([]); // full-width, lower case: normalised as people type it
    expect(register(VALID_CODE.slice(0, 17) + '0')).toEqual([{ field: 'registeredCreditCode', code: 'invalid' }]);
    expect(register('123')).toEqual([{ field: 'registeredCreditCode', code: 'invalid' }]);
  });
});

describe('effective date of a move', () => {
  it('may be backdated but not after today', () => {
    expect(projectMoveProblems(S.NEGOTIATING, S.SIGNED, { signedOn: '2024-12-31', agreedInvestment: '2' }, { today: TODAY })).toEqual([]);
    expect(projectMoveProblems(S.NEGOTIATING, S.SIGNED, { signedOn: TODAY, agreedInvestment: '2' }, { today: TODAY })).toEqual([]);
    expect(projectMoveProblems(S.NEGOTIATING, S.SIGNED, { signedOn: '2025-07-01', agreedInvestment: '2' }, { today: TODAY })).toEqual([
      { field: 'signedOn', code: 'futureEffectiveDate' },
    ]);
    expect(projectMoveProblems(S.SIGNED, S.DROPPED, { reason: '外迁', effectiveOn: '2025-07-01' }, { today: TODAY })).toEqual([
      { field: 'effectiveOn', code: 'futureEffectiveDate' },
    ]);
    expect(projectMoveProblems(S.SIGNED, S.DROPPED, { reason: '外迁', effectiveOn: '2025-05-01' }, { today: TODAY })).toEqual([]);
    expect(projectMoveProblems(S.SIGNED, S.DROPPED, { reason: '外迁', effectiveOn: '2025-13-01' }, { today: TODAY })).toEqual([{ field: 'effectiveOn', code: 'invalid' }]);
  });

  it('cannot come before the latest move', () => {
    const context = { today: TODAY, lastMoveOn: '2025-03-01' };
    expect(projectMoveProblems(S.SIGNED, S.DROPPED, { reason: '外迁', effectiveOn: '2025-02-28' }, context)).toEqual([
      { field: 'effectiveOn', code: 'beforeLastMove' },
    ]);
    expect(projectMoveProblems(S.SIGNED, S.DROPPED, { reason: '外迁', effectiveOn: '2025-03-01' }, context)).toEqual([]);
    expect(projectMoveProblems(S.CONSTRUCTION_STARTED, S.IN_PRODUCTION, { productionOn: '2025-01-01' }, context)).toEqual([
      { field: 'productionOn', code: 'beforeLastMove' },
    ]);
  });

  it('is the stage’s own date where it has one, else effectiveOn, else today', () => {
    expect(projectMoveEffectiveOn(S.SIGNED, { signedOn: '2025-03-01' }, TODAY)).toBe('2025-03-01');
    expect(projectMoveEffectiveOn(S.REGISTERED, { effectiveOn: '2025-04-02' }, TODAY)).toBe('2025-04-02');
    expect(projectMoveEffectiveOn(S.REGISTERED, {}, TODAY)).toBe(TODAY);
    expect(projectMoveEffectiveOn(S.DROPPED, { effectiveOn: ' ' }, TODAY)).toBe(TODAY);
  });

  it('refuses an effectiveOn that disagrees with the stage’s own date', () => {
    expect(projectMoveProblems(S.NEGOTIATING, S.SIGNED, { signedOn: '2025-03-01', agreedInvestment: '2', effectiveOn: '2025-03-02' }, { today: TODAY })).toEqual([
      { field: 'effectiveOn', code: 'invalid' },
    ]);
    expect(projectMoveProblems(S.NEGOTIATING, S.SIGNED, { signedOn: '2025-03-01', agreedInvestment: '2', effectiveOn: '2025-03-01' }, { today: TODAY })).toEqual([]);
  });
});

describe('investment tiers', () => {
  it('tiers by exact decimal comparison, lower bounds inclusive', () => {
    expect(investmentTier(null)).toBeNull();
    expect(investmentTier('')).toBeNull();
    expect(investmentTier('30')).toBe(InvestmentTier.TIER_30_PLUS);
    expect(investmentTier('30.0000')).toBe(InvestmentTier.TIER_30_PLUS);
    expect(investmentTier('120')).toBe(InvestmentTier.TIER_30_PLUS);
    expect(investmentTier('29.9999')).toBe(InvestmentTier.TIER_10_30);
    expect(investmentTier('10')).toBe(InvestmentTier.TIER_10_30);
    expect(investmentTier('9.9999')).toBe(InvestmentTier.TIER_1_10);
    expect(investmentTier('1')).toBe(InvestmentTier.TIER_1_10);
    expect(investmentTier('0.9999')).toBe(InvestmentTier.BELOW_1);
    expect(investmentTier('0')).toBe(InvestmentTier.BELOW_1);
  });

  it('publishes the thresholds as decimal strings for SQL', () => {
    expect(TIER_THRESHOLDS_YI).toEqual({ TIER_30_PLUS: '30', TIER_10_30: '10', TIER_1_10: '1' });
  });

  it('refuses more than four decimals rather than rounding them', () => {
    expect(() => investmentTier('29.99999')).toThrow(RangeError);
    expect(investmentTier('9.9990')).toBe(InvestmentTier.TIER_1_10);
  });
});

describe('health light', () => {
  const base: ProjectHealthInput = { stage: S.SIGNED, lastUpdateOn: TODAY, createdOn: '2025-01-01', milestones: [] };
  const milestone = (name: string, plannedOn: string, actualOn: string | null = null) => ({ name, plannedOn, actualOn });

  it('is green with nothing late and a recent update', () => {
    expect(projectHealth(base, TODAY)).toEqual({ light: 'GREEN', rule: { code: null, days: 0 } });
    expect(projectHealth({ ...base, milestones: [milestone('开工', TODAY), milestone('投产', '2025-12-31')] }, TODAY)).toEqual({
      light: 'GREEN',
      rule: { code: null, days: 0 },
    });
  });

  it('turns yellow for a milestone 1 to 60 days late, red beyond', () => {
    expect(projectHealth({ ...base, milestones: [milestone('开工', '2025-06-29')] }, TODAY)).toEqual({
      light: 'YELLOW',
      rule: { code: 'MILESTONE_LATE', days: 1, milestone: '开工' },
    });
    expect(projectHealth({ ...base, milestones: [milestone('开工', '2025-05-01')] }, TODAY)?.rule).toEqual({ code: 'MILESTONE_LATE', days: 60, milestone: '开工' });
    expect(projectHealth({ ...base, milestones: [milestone('开工', '2025-05-01')] }, TODAY)?.light).toBe('YELLOW');
    expect(projectHealth({ ...base, milestones: [milestone('开工', '2025-04-30')] }, TODAY)).toEqual({
      light: 'RED',
      rule: { code: 'MILESTONE_LATE', days: 61, milestone: '开工' },
    });
  });

  it('names the latest milestone, the first listed on a tie, and ignores milestones reached', () => {
    const milestones = [milestone('注册', '2025-06-01', '2025-06-20'), milestone('拿地', '2025-06-10'), milestone('环评', '2025-06-05'), milestone('规划', '2025-06-05')];
    expect(projectHealth({ ...base, milestones }, TODAY)?.rule).toEqual({ code: 'MILESTONE_LATE', days: 25, milestone: '环评' });
  });

  it('turns yellow after 14 days without an update, red after 30, counting from creation without one', () => {
    expect(projectHealth({ ...base, lastUpdateOn: '2025-06-17' }, TODAY)?.light).toBe('GREEN'); // 13 days
    expect(projectHealth({ ...base, lastUpdateOn: '2025-06-16' }, TODAY)).toEqual({ light: 'YELLOW', rule: { code: 'NO_UPDATE', days: 14 } });
    expect(projectHealth({ ...base, lastUpdateOn: '2025-06-01' }, TODAY)).toEqual({ light: 'YELLOW', rule: { code: 'NO_UPDATE', days: 29 } });
    expect(projectHealth({ ...base, lastUpdateOn: '2025-05-31' }, TODAY)).toEqual({ light: 'RED', rule: { code: 'NO_UPDATE', days: 30 } });
    expect(projectHealth({ ...base, lastUpdateOn: null, createdOn: '2025-06-20' }, TODAY)?.light).toBe('GREEN');
    expect(projectHealth({ ...base, lastUpdateOn: null, createdOn: '2025-05-01' }, TODAY)).toEqual({ light: 'RED', rule: { code: 'NO_UPDATE', days: 60 } });
  });

  it('lets the worse rule win, the milestone on a tie', () => {
    const lateYellow = [milestone('开工', '2025-06-20')]; // 10 days
    const lateRed = [milestone('开工', '2025-04-01')]; // 90 days
    expect(projectHealth({ ...base, lastUpdateOn: '2025-05-01', milestones: lateYellow }, TODAY)).toEqual({ light: 'RED', rule: { code: 'NO_UPDATE', days: 60 } });
    expect(projectHealth({ ...base, lastUpdateOn: '2025-06-10', milestones: lateRed }, TODAY)?.rule.code).toBe('MILESTONE_LATE');
    expect(projectHealth({ ...base, lastUpdateOn: '2025-06-10', milestones: lateYellow }, TODAY)).toEqual({
      light: 'YELLOW',
      rule: { code: 'MILESTONE_LATE', days: 10, milestone: '开工' },
    });
    expect(projectHealth({ ...base, lastUpdateOn: '2025-05-01', milestones: lateRed }, TODAY)?.rule.code).toBe('MILESTONE_LATE');
  });

  it('does not apply the no-update rule on hold, and does not track closed projects', () => {
    expect(projectHealth({ ...base, stage: S.ON_HOLD, lastUpdateOn: '2024-01-01' }, TODAY)).toEqual({ light: 'GREEN', rule: { code: null, days: 0 } });
    expect(projectHealth({ ...base, stage: S.ON_HOLD, lastUpdateOn: '2024-01-01', milestones: [milestone('开工', '2025-06-01')] }, TODAY)?.rule.code).toBe(
      'MILESTONE_LATE',
    );
    expect(projectHealth({ ...base, stage: S.DROPPED, lastUpdateOn: '2024-01-01' }, TODAY)).toBeNull();
    expect(projectHealth({ ...base, stage: S.AT_FULL_CAPACITY, lastUpdateOn: '2024-01-01' }, TODAY)).toBeNull();
  });

  it('follows other thresholds, and checks them', () => {
    const rules = { ...DEFAULT_PROJECT_HEALTH_RULES, noUpdateYellowAtDays: 7, noUpdateRedAtDays: 10 };
    expect(projectHealth({ ...base, lastUpdateOn: '2025-06-20' }, TODAY, rules)).toEqual({ light: 'RED', rule: { code: 'NO_UPDATE', days: 10 } });
    expect(projectHealthRulesProblem(DEFAULT_PROJECT_HEALTH_RULES)).toBeNull();
    expect(projectHealthRulesProblem(rules)).toBeNull();
    expect(projectHealthRulesProblem({ ...rules, noUpdateRedAtDays: 5 })).toEqual({ field: 'noUpdateRedAtDays', key: 'projectRules.order', params: {} });
    expect(projectHealthRulesProblem({ ...rules, milestoneYellowAtDaysLate: 0 })?.key).toBe('projectRules.range');
    expect(projectHealthRulesProblem({ ...rules, milestoneRedAtDaysLate: 1.5 })?.key).toBe('projectRules.range');
  });
});

describe('the plan’s counts', () => {
  const ind = (agreedInvestment: string | null, signedOn: string | null, extra: Partial<CountableProject> = {}): CountableProject => ({
    type: ProjectType.INDUSTRIALISATION,
    agreedInvestment,
    signedOn,
    droppedOn: null,
    ...extra,
  });

  it('keeps the plan’s targets', () => {
    expect(PLAN_PROJECT_TARGETS).toEqual({ industrialisation: 50, tier30Plus: 3, tier10To30: 5 });
  });

  it('counts a project once from its signing date, backdated moves included', () => {
    const projects = [ind('35', '2025-03-01'), ind('12', '2025-06-30'), ind('5', '2025-07-01'), ind(null, null)];
    expect(countProjects(projects, '2025-06-30')).toMatchObject({ signed: 2, industrialisation: 2, tier30Plus: 1, tier10To30: 1, signedAmount: '47' });
    // A move entered later but backdated to before asOf counts from its effective date.
    expect(countProjects([ind('8', '2024-12-31')], '2025-01-01').industrialisation).toBe(1);
    expect(countProjects([ind('8', '2024-12-31')], '2024-12-30').industrialisation).toBe(0);
  });

  it('stops counting a dropped project from the day it was dropped', () => {
    const dropped = ind('40', '2025-01-10', { droppedOn: '2025-05-01', fundsInPlace: [{ amount: '3', receivedOn: '2025-02-01' }] });
    expect(countProjects([dropped], '2025-04-30')).toMatchObject({ industrialisation: 1, tier30Plus: 1, signedAmount: '40', fundsInPlace: '3' });
    expect(countProjects([dropped], '2025-05-01')).toMatchObject({ signed: 0, industrialisation: 0, tier30Plus: 0, signedAmount: '0', fundsInPlace: '0' });
    expect(isCountedProject(dropped, '2025-05-01')).toBe(false);
  });

  it('counts only industrialisation projects toward the 50 and the tiers, every signed project toward the amounts', () => {
    const projects = [
      ind('30', '2025-01-01'),
      ind('29.9999', '2025-01-01'),
      ind('10', '2025-01-01'),
      ind('9.9999', '2025-01-01'), // below the tiers: counts toward the 50 only
      ind('0.5', '2025-01-01'),
      { ...ind('50', '2025-01-01'), type: ProjectType.REGIONAL_HQ },
      { ...ind('15', '2025-01-01'), type: ProjectType.RND_CENTRE },
      { ...ind('1', '2025-01-01'), type: ProjectType.PLATFORM },
      { ...ind('1', '2025-01-01'), type: ProjectType.OTHER },
    ];
    expect(countProjects(projects, TODAY)).toEqual({
      signed: 9,
      industrialisation: 5,
      tier30Plus: 1,
      tier10To30: 2,
      signedAmount: '147.4998',
      fundsInPlace: '0',
      fundsInPlaceByKind: { DOMESTIC: '0', FOREIGN: '0' },
    });
  });

  it('sums funds in place received up to the day, by kind, exactly', () => {
    const p = ind('12', '2025-01-01', {
      fundsInPlace: [
        { amount: '0.1', receivedOn: '2025-02-01', kind: FundsKind.DOMESTIC },
        { amount: '0.2', receivedOn: '2025-03-01', kind: FundsKind.FOREIGN },
        { amount: '1.0001', receivedOn: '2025-06-30' },
        { amount: '5', receivedOn: '2025-07-01', kind: FundsKind.DOMESTIC },
      ],
    });
    expect(countProjects([p], TODAY)).toMatchObject({ fundsInPlace: '1.3001', fundsInPlaceByKind: { DOMESTIC: '0.1', FOREIGN: '0.2' } });
    expect(countProjects([p], '2025-12-31')).toMatchObject({ fundsInPlace: '6.3001', fundsInPlaceByKind: { DOMESTIC: '5.1', FOREIGN: '0.2' } });
    // Funds of a project not yet signed on asOf do not count.
    expect(countProjects([ind('12', '2025-08-01', { fundsInPlace: [{ amount: '1', receivedOn: '2025-06-01' }] })], TODAY).fundsInPlace).toBe('0');
  });

  it('counts from a start date when given (the plan period)', () => {
    const projects = [ind('35', '2020-12-31', { fundsInPlace: [{ amount: '2', receivedOn: '2021-03-01' }] }), ind('35', '2021-01-01', { fundsInPlace: [{ amount: '1', receivedOn: '2020-12-01' }, { amount: '4', receivedOn: '2021-02-01' }] })];
    expect(countProjects(projects, TODAY, { from: '2021-01-01' })).toMatchObject({ signed: 1, tier30Plus: 1, signedAmount: '35', fundsInPlace: '4' });
    expect(countProjects(projects, TODAY)).toMatchObject({ signed: 2, tier30Plus: 2, signedAmount: '70', fundsInPlace: '7' });
  });
});

describe('coordination issues', () => {
  const I = CoordinationIssueStatus;

  it('moves as the table says', () => {
    expect(ISSUE_TRANSITIONS).toEqual({ OPEN: ['IN_PROGRESS', 'CLOSED'], IN_PROGRESS: ['CLOSED'], CLOSED: ['OPEN'] });
    expect(issueMoveProblem(I.OPEN, I.IN_PROGRESS)).toBeNull();
    expect(issueMoveProblem(I.IN_PROGRESS, I.OPEN)).toBe('notAllowed');
    expect(issueMoveProblem(I.CLOSED, I.IN_PROGRESS, { reason: '问题反复' })).toBe('notAllowed');
    expect(issueMoveProblem(I.OPEN, I.OPEN)).toBe('notAllowed');
    expect(issueMoveProblem(I.CLOSED, I.CLOSED, { resolution: 'x' })).toBe('notAllowed');
  });

  it('closes (销号) with a resolution only', () => {
    expect(issueMoveProblem(I.IN_PROGRESS, I.CLOSED)).toBe('resolutionRequired');
    expect(issueMoveProblem(I.OPEN, I.CLOSED, { resolution: '  ' })).toBe('resolutionRequired');
    expect(issueMoveProblem(I.IN_PROGRESS, I.CLOSED, { resolution: '区规划和自然资源局已出具规划条件' })).toBeNull();
    expect(issueMoveProblem(I.OPEN, I.CLOSED, { resolution: '已协调' })).toBeNull();
  });

  it('reopens with a reason only', () => {
    expect(issueMoveProblem(I.CLOSED, I.OPEN)).toBe('reasonRequired');
    expect(issueMoveProblem(I.CLOSED, I.OPEN, { reason: '' })).toBe('reasonRequired');
    expect(issueMoveProblem(I.CLOSED, I.OPEN, { reason: '企业反映问题未解决' })).toBeNull();
  });

  it('gives the closure rate', () => {
    expect(issueClosureRate([])).toEqual({ closed: 0, total: 0, percent: 0 });
    expect(issueClosureRate([I.CLOSED, I.OPEN, I.IN_PROGRESS])).toEqual({ closed: 1, total: 3, percent: 33 });
  });
});
