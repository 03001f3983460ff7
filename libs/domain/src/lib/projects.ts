/**
 * Projects (项目): the stages a project moves through and what each move needs, the project types and investment
 * tiers the plan counts, the health light (红黄绿灯), the plan's counting rules, coordination issues (问题清单) and
 * funds in place (到位资金). Pure rules and data: the API enforces them, the web shows them, SQL mirrors them.
 *
 * Dates are district calendar dates written YYYY-MM-DD (see dates.ts); money is exact decimal strings in 亿元
 * (see money.ts), never floating point.
 */
import { COMPANY_LIMITS } from './companies';
import { isIsoDate } from './dates';
import { daysBetween } from './leads';
import { compareDecimals, decimalToUnits, isPositiveDecimal, unitsToDecimal } from './money';
import { isValidUscc, normalizeUscc } from './uscc';

// ---------------------------------------------------------------------------------------------------------------
// Stages

/**
 * A project's stages. The main line runs 洽谈 → 签约 → 注册 → 开工 → 投产 → 达产; a project may be put on hold (暂缓)
 * and resumed, or dropped (终止). The values are stored in the `project.stage` column and published in the GraphQL
 * schema: CONSTRUCTION_STARTED is "started" (开工) and AT_FULL_CAPACITY is "at capacity" (达产).
 */
export enum ProjectStage {
  NEGOTIATING = 'NEGOTIATING', // 洽谈
  SIGNED = 'SIGNED', // 签约
  REGISTERED = 'REGISTERED', // 注册 / 落地
  CONSTRUCTION_STARTED = 'CONSTRUCTION_STARTED', // 开工
  IN_PRODUCTION = 'IN_PRODUCTION', // 投产
  AT_FULL_CAPACITY = 'AT_FULL_CAPACITY', // 达产
  ON_HOLD = 'ON_HOLD', // 暂缓
  DROPPED = 'DROPPED', // 终止
}

/** Every stage, main line first, then on hold and dropped: the order lists, filters and counts show them in. */
export const PROJECT_STAGES: readonly ProjectStage[] = Object.values(ProjectStage);

/** The main line, in order (洽谈 → 签约 → 注册 → 开工 → 投产 → 达产). */
export const PIPELINE_STAGES: readonly ProjectStage[] = [
  ProjectStage.NEGOTIATING,
  ProjectStage.SIGNED,
  ProjectStage.REGISTERED,
  ProjectStage.CONSTRUCTION_STARTED,
  ProjectStage.IN_PRODUCTION,
  ProjectStage.AT_FULL_CAPACITY,
];

/** Stages a project never leaves: at full capacity (done) and dropped. */
export const CLOSED_PROJECT_STAGES: readonly ProjectStage[] = [ProjectStage.AT_FULL_CAPACITY, ProjectStage.DROPPED];

/** Stages still being worked on, on hold included. */
export const OPEN_PROJECT_STAGES: readonly ProjectStage[] = PROJECT_STAGES.filter((s) => !CLOSED_PROJECT_STAGES.includes(s));

/**
 * Stages in which a project covers the chain-map nodes it is on (a gap with one is not "uncovered"): every stage
 * but dropped and on hold. A project on hold is not being pursued, as a shelved lead is not.
 */
export const ACTIVE_PROJECT_STAGES: readonly ProjectStage[] = PROJECT_STAGES.filter((s) => s !== ProjectStage.DROPPED && s !== ProjectStage.ON_HOLD);

export function isActiveProjectStage(stage: ProjectStage): boolean {
  return ACTIVE_PROJECT_STAGES.includes(stage);
}

export function isClosedProjectStage(stage: ProjectStage): boolean {
  return CLOSED_PROJECT_STAGES.includes(stage);
}

/** The stage a project converted from a lead starts in. */
export const PROJECT_STAGE_ON_CONVERSION = ProjectStage.NEGOTIATING;

/**
 * The moves a project may make, as data.
 * - Forward one step along the main line, never skipping a stage (each stage's fields are asked for on the move
 *   into it, so a project that really went further is moved step by step, each move backdated to its own date).
 * - No move backwards along the main line.
 * - Any open stage may be put on hold (暂缓) or dropped (终止), both with a reason.
 * - From on hold: back to the stage it was put on hold from (the list below is every stage a hold can have come
 *   from; allowedProjectMoves narrows it to the one), or dropped. Resuming to an earlier stage is refused: the
 *   counts are computed from the stage log (a project counts from its SIGNED move), so a signed project whose
 *   agreement fell through is dropped, and a new project opened if talks start again.
 * - At full capacity (达产) and dropped are final. A project that reached full capacity counts for good; it is not
 *   dropped afterwards (what later happens to the company is the company's record, not the pipeline's).
 */
export const PROJECT_STAGE_TRANSITIONS: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  [ProjectStage.NEGOTIATING]: [ProjectStage.SIGNED, ProjectStage.ON_HOLD, ProjectStage.DROPPED],
  [ProjectStage.SIGNED]: [ProjectStage.REGISTERED, ProjectStage.ON_HOLD, ProjectStage.DROPPED],
  [ProjectStage.REGISTERED]: [ProjectStage.CONSTRUCTION_STARTED, ProjectStage.ON_HOLD, ProjectStage.DROPPED],
  [ProjectStage.CONSTRUCTION_STARTED]: [ProjectStage.IN_PRODUCTION, ProjectStage.ON_HOLD, ProjectStage.DROPPED],
  [ProjectStage.IN_PRODUCTION]: [ProjectStage.AT_FULL_CAPACITY, ProjectStage.ON_HOLD, ProjectStage.DROPPED],
  [ProjectStage.AT_FULL_CAPACITY]: [],
  [ProjectStage.ON_HOLD]: [
    ProjectStage.NEGOTIATING,
    ProjectStage.SIGNED,
    ProjectStage.REGISTERED,
    ProjectStage.CONSTRUCTION_STARTED,
    ProjectStage.IN_PRODUCTION,
    ProjectStage.DROPPED,
  ],
  [ProjectStage.DROPPED]: [],
};

/**
 * The stages a project in `from` may move to. For a project on hold, `heldFrom` is the stage it was put on hold
 * from (the stage of the log entry before the hold); it may resume to that stage only. Without it only dropping is
 * offered.
 */
export function allowedProjectMoves(from: ProjectStage, heldFrom?: ProjectStage | null): ProjectStage[] {
  const moves = PROJECT_STAGE_TRANSITIONS[from] ?? [];
  if (from !== ProjectStage.ON_HOLD) return [...moves];
  return moves.filter((to) => to === ProjectStage.DROPPED || to === heldFrom);
}

/** Whether a move resumes a project from hold (it asks for no stage fields: they were given on the way in). */
export function isResumeMove(from: ProjectStage, to: ProjectStage): boolean {
  return from === ProjectStage.ON_HOLD && to !== ProjectStage.DROPPED;
}

// ---------------------------------------------------------------------------------------------------------------
// Fields each stage requires

/** Fields a stage move may require. */
export type ProjectStageField =
  | 'signedOn'
  | 'agreedInvestment'
  | 'registeredCompanyName'
  | 'registeredCreditCode'
  | 'startedOn'
  | 'carrier'
  | 'productionOn'
  | 'capacityOn'
  | 'reason';

/** A field a move problem can name: a stage field, or the move's own effective date. */
export type ProjectMoveField = ProjectStageField | 'effectiveOn';

/** How a field is checked: a date (YYYY-MM-DD), an amount in 亿元 (decimal > 0), text, or a credit code (GB 32100-2015). */
export type ProjectFieldKind = 'date' | 'amount' | 'text' | 'creditCode';

/** Lengths of a project's text fields, shared by inputs, columns and forms. */
export const PROJECT_LIMITS = {
  name: 200,
  registeredCompanyName: COMPANY_LIMITS.name,
  carrier: 200,
  reason: 1000,
  milestoneName: 200,
  issueTitle: 200,
  issueText: 4000,
  /** A credit code may be typed with spaces and full-width characters: this much is read before normalising. */
  creditCodeInput: COMPANY_LIMITS.creditCodeInput,
} as const;

export const PROJECT_STAGE_FIELDS: Readonly<Record<ProjectStageField, { kind: ProjectFieldKind; maxLength?: number }>> = {
  signedOn: { kind: 'date' },
  agreedInvestment: { kind: 'amount' },
  registeredCompanyName: { kind: 'text', maxLength: PROJECT_LIMITS.registeredCompanyName },
  registeredCreditCode: { kind: 'creditCode', maxLength: PROJECT_LIMITS.creditCodeInput },
  startedOn: { kind: 'date' },
  carrier: { kind: 'text', maxLength: PROJECT_LIMITS.carrier },
  productionOn: { kind: 'date' },
  capacityOn: { kind: 'date' },
  reason: { kind: 'text', maxLength: PROJECT_LIMITS.reason },
};

/** The fields a move into each stage requires. */
export const STAGE_REQUIREMENTS: Readonly<Record<ProjectStage, readonly ProjectStageField[]>> = {
  [ProjectStage.NEGOTIATING]: [],
  [ProjectStage.SIGNED]: ['signedOn', 'agreedInvestment'],
  [ProjectStage.REGISTERED]: ['registeredCompanyName', 'registeredCreditCode'],
  [ProjectStage.CONSTRUCTION_STARTED]: ['startedOn', 'carrier'],
  [ProjectStage.IN_PRODUCTION]: ['productionOn'],
  [ProjectStage.AT_FULL_CAPACITY]: ['capacityOn'],
  [ProjectStage.ON_HOLD]: ['reason'],
  [ProjectStage.DROPPED]: ['reason'],
};

/**
 * The field that is the date of a move into the stage: for these stages the move's effective date is that field
 * (the signing date is the date of the SIGNED move, and so on). Other moves take `effectiveOn`, or today.
 */
export const STAGE_DATE_FIELD: Readonly<Partial<Record<ProjectStage, ProjectStageField>>> = {
  [ProjectStage.SIGNED]: 'signedOn',
  [ProjectStage.CONSTRUCTION_STARTED]: 'startedOn',
  [ProjectStage.IN_PRODUCTION]: 'productionOn',
  [ProjectStage.AT_FULL_CAPACITY]: 'capacityOn',
};

/** Stages a move into needs a reason (暂缓, 终止). */
export const PROJECT_STAGES_NEEDING_REASON: readonly ProjectStage[] = PROJECT_STAGES.filter((s) => STAGE_REQUIREMENTS[s].includes('reason'));

export function projectMoveNeedsReason(to: ProjectStage): boolean {
  return PROJECT_STAGES_NEEDING_REASON.includes(to);
}

/** The fields the move from `from` to `to` requires: the target stage's, none when resuming from hold. */
export function requiredFieldsForMove(from: ProjectStage, to: ProjectStage): readonly ProjectStageField[] {
  return isResumeMove(from, to) ? [] : STAGE_REQUIREMENTS[to];
}

/** What a stage move is given: the stage fields and, optionally, its effective date. */
export type ProjectMoveValues = Partial<Record<ProjectMoveField, string | null>>;

export interface ProjectMoveContext {
  /** The district's date today: a move may be backdated, not postdated. */
  today: string;
  /** For a project on hold: the stage it was put on hold from. */
  heldFrom?: ProjectStage | null;
  /** The effective date of the project's latest move: a move cannot take effect before it. */
  lastMoveOn?: string | null;
}

export type ProjectMoveProblemCode = 'notAllowed' | 'required' | 'invalid' | 'futureEffectiveDate' | 'beforeLastMove';

export interface ProjectMoveProblem {
  field?: ProjectMoveField;
  code: ProjectMoveProblemCode;
}

function blank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/** Whether a given (non-blank) value is valid for its field. */
export function isValidProjectFieldValue(field: ProjectStageField, value: string): boolean {
  const { kind, maxLength } = PROJECT_STAGE_FIELDS[field];
  const text = value.trim();
  if (maxLength !== undefined && text.length > maxLength) return false;
  switch (kind) {
    case 'date':
      return isIsoDate(text);
    case 'amount':
      return isPositiveDecimal(text);
    case 'creditCode':
      return isValidUscc(normalizeUscc(text));
    case 'text':
      return text.length > 0;
  }
}

/**
 * The date a move takes effect: the stage's own date field when it has one (STAGE_DATE_FIELD), else
 * `effectiveOn`, else today. Call it after projectMoveProblems found nothing.
 */
export function projectMoveEffectiveOn(to: ProjectStage, values: ProjectMoveValues, today: string): string {
  const dateField = STAGE_DATE_FIELD[to];
  const own = dateField ? values[dateField] : undefined;
  if (!blank(own)) return (own as string).trim();
  if (!blank(values.effectiveOn)) return (values.effectiveOn as string).trim();
  return today;
}

/**
 * What is wrong with moving a project from one stage to another with these values; empty when the move is fine.
 * A refused move answers `notAllowed` alone. Otherwise each required field must be present, not blank and valid
 * (dates YYYY-MM-DD, amounts decimals above zero, credit codes with a correct check character, text within its
 * length). The move's effective date may be in the past (backdated) but not after today (`futureEffectiveDate`),
 * nor before the project's latest move (`beforeLastMove`). For a stage with its own date field, `effectiveOn` is
 * that field: an `effectiveOn` given beside it must agree with it.
 */
export function projectMoveProblems(from: ProjectStage, to: ProjectStage, values: ProjectMoveValues, context: ProjectMoveContext): ProjectMoveProblem[] {
  if (!allowedProjectMoves(from, context.heldFrom).includes(to)) return [{ code: 'notAllowed' }];
  const problems: ProjectMoveProblem[] = [];
  for (const field of requiredFieldsForMove(from, to)) {
    const value = values[field];
    if (blank(value)) problems.push({ field, code: 'required' });
    else if (!isValidProjectFieldValue(field, value as string)) problems.push({ field, code: 'invalid' });
  }
  const dateField = STAGE_DATE_FIELD[to];
  const effectiveOn = values.effectiveOn;
  if (!blank(effectiveOn)) {
    const own = dateField ? values[dateField] : undefined;
    if (!isIsoDate((effectiveOn as string).trim())) problems.push({ field: 'effectiveOn', code: 'invalid' });
    else if (!blank(own) && (own as string).trim() !== (effectiveOn as string).trim()) problems.push({ field: 'effectiveOn', code: 'invalid' });
  }
  if (problems.length) return problems;
  const on = projectMoveEffectiveOn(to, values, context.today);
  const field: ProjectMoveField = dateField && !blank(values[dateField]) ? dateField : 'effectiveOn';
  if (on > context.today) problems.push({ field, code: 'futureEffectiveDate' });
  else if (context.lastMoveOn && on < context.lastMoveOn) problems.push({ field, code: 'beforeLastMove' });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Types and investment tiers

/** Kinds of project; the plan counts industrialisation projects (产业化项目). */
export enum ProjectType {
  INDUSTRIALISATION = 'INDUSTRIALISATION', // 产业化项目
  REGIONAL_HQ = 'REGIONAL_HQ', // 区域总部
  RND_CENTRE = 'RND_CENTRE', // 研发中心
  PLATFORM = 'PLATFORM', // 平台
  OTHER = 'OTHER',
}

export const PROJECT_TYPES: readonly ProjectType[] = Object.values(ProjectType);

/** Investment tiers by the agreed amount (亿元), highest first. */
export enum InvestmentTier {
  TIER_30_PLUS = 'TIER_30_PLUS', // ≥ 30亿
  TIER_10_30 = 'TIER_10_30', // 10亿 ≤ x < 30亿
  TIER_1_10 = 'TIER_1_10', // 1亿 ≤ x < 10亿
  BELOW_1 = 'BELOW_1', // < 1亿
}

export const INVESTMENT_TIERS: readonly InvestmentTier[] = Object.values(InvestmentTier);

/**
 * The lower bound of each tier in 亿元, inclusive, as decimal strings (for SQL: `amount >= 30`, `amount >= 10
 * AND amount < 30`, …). BELOW_1 is everything under TIER_1_10's bound.
 */
export const TIER_THRESHOLDS_YI = {
  [InvestmentTier.TIER_30_PLUS]: '30',
  [InvestmentTier.TIER_10_30]: '10',
  [InvestmentTier.TIER_1_10]: '1',
} as const;

/** The tier of an agreed amount in 亿元 (exact decimal comparison); null for no amount. Throws on a non-decimal. */
export function investmentTier(amountYi: string | null): InvestmentTier | null {
  if (amountYi === null || amountYi.trim() === '') return null;
  if (compareDecimals(amountYi, TIER_THRESHOLDS_YI[InvestmentTier.TIER_30_PLUS]) >= 0) return InvestmentTier.TIER_30_PLUS;
  if (compareDecimals(amountYi, TIER_THRESHOLDS_YI[InvestmentTier.TIER_10_30]) >= 0) return InvestmentTier.TIER_10_30;
  if (compareDecimals(amountYi, TIER_THRESHOLDS_YI[InvestmentTier.TIER_1_10]) >= 0) return InvestmentTier.TIER_1_10;
  return InvestmentTier.BELOW_1;
}

// ---------------------------------------------------------------------------------------------------------------
// Health light (红黄绿灯)

export type HealthLight = 'GREEN' | 'YELLOW' | 'RED';

export const HEALTH_LIGHTS: readonly HealthLight[] = ['GREEN', 'YELLOW', 'RED'];

export type ProjectHealthRuleCode = 'MILESTONE_LATE' | 'NO_UPDATE';

/**
 * When a project's light turns yellow or red. Every threshold is "at least this many days"; configurable, see
 * DEFAULT_PROJECT_HEALTH_RULES.
 */
export interface ProjectHealthRules {
  /** An open milestone at least this many days past its planned date makes the light yellow. */
  milestoneYellowAtDaysLate: number;
  /** An open milestone at least this many days past its planned date makes the light red. */
  milestoneRedAtDaysLate: number;
  /** At least this many days without an update make the light yellow. */
  noUpdateYellowAtDays: number;
  /** At least this many days without an update make the light red. */
  noUpdateRedAtDays: number;
}

/**
 * The defaults: a milestone 1 to 60 days late is yellow, more than 60 days late red; 14 days without an update is
 * yellow, 30 days red.
 */
export const DEFAULT_PROJECT_HEALTH_RULES: ProjectHealthRules = {
  milestoneYellowAtDaysLate: 1,
  milestoneRedAtDaysLate: 61,
  noUpdateYellowAtDays: 14,
  noUpdateRedAtDays: 30,
};

/** The range each health threshold may be set to (whole days). */
export const PROJECT_HEALTH_RULE_RANGES: Readonly<Record<keyof ProjectHealthRules, { min: number; max: number }>> = {
  milestoneYellowAtDaysLate: { min: 1, max: 365 },
  milestoneRedAtDaysLate: { min: 1, max: 730 },
  noUpdateYellowAtDays: { min: 1, max: 365 },
  noUpdateRedAtDays: { min: 1, max: 730 },
};

/** What is wrong with a set of health rules, or null: each in its range, and red no sooner than yellow. */
export function projectHealthRulesProblem(rules: ProjectHealthRules): { field: keyof ProjectHealthRules; key: string; params: Record<string, number> } | null {
  for (const [field, range] of Object.entries(PROJECT_HEALTH_RULE_RANGES) as Array<[keyof ProjectHealthRules, { min: number; max: number }]>) {
    const value = rules[field];
    if (!Number.isInteger(value) || value < range.min || value > range.max) return { field, key: 'projectRules.range', params: { ...range } };
  }
  if (rules.milestoneRedAtDaysLate < rules.milestoneYellowAtDaysLate) return { field: 'milestoneRedAtDaysLate', key: 'projectRules.order', params: {} };
  if (rules.noUpdateRedAtDays < rules.noUpdateYellowAtDays) return { field: 'noUpdateRedAtDays', key: 'projectRules.order', params: {} };
  return null;
}

export interface ProjectMilestone {
  name: string;
  plannedOn: string;
  /** When it was reached; null while open. */
  actualOn: string | null;
}

export interface ProjectHealthInput {
  stage: ProjectStage;
  /** The date of the project's latest update (progress note, stage move, …), null when none since creation. */
  lastUpdateOn: string | null;
  createdOn: string;
  milestones: readonly ProjectMilestone[];
}

export interface ProjectHealth {
  light: HealthLight;
  /** The rule that set the light: null when green; `days` late or without update; the milestone for MILESTONE_LATE. */
  rule: { code: ProjectHealthRuleCode | null; days: number; milestone?: string };
}

const LIGHT_RANK: Readonly<Record<HealthLight, number>> = { GREEN: 0, YELLOW: 1, RED: 2 };

function lightFor(days: number, yellowAt: number, redAt: number): HealthLight {
  if (days >= redAt) return 'RED';
  if (days >= yellowAt) return 'YELLOW';
  return 'GREEN';
}

/**
 * A project's light on `today`.
 * - MILESTONE_LATE: the open milestone (no actual date) furthest past its planned date; the first listed on a tie.
 *   A milestone reached late no longer counts.
 * - NO_UPDATE: days since the latest update (or since creation without one). Not applied on hold: a project on
 *   hold is not expected to move; its late milestones still show.
 * The worse light wins; on a tie the milestone rule is named. Closed projects (at full capacity, dropped) are not
 * tracked: null.
 */
export function projectHealth(input: ProjectHealthInput, today: string, rules: ProjectHealthRules = DEFAULT_PROJECT_HEALTH_RULES): ProjectHealth | null {
  if (isClosedProjectStage(input.stage)) return null;

  let late: { days: number; milestone: string } | null = null;
  for (const m of input.milestones) {
    if (m.actualOn !== null || m.plannedOn >= today) continue;
    const days = daysBetween(m.plannedOn, today);
    if (!late || days > late.days) late = { days, milestone: m.name };
  }
  const milestoneLight = late ? lightFor(late.days, rules.milestoneYellowAtDaysLate, rules.milestoneRedAtDaysLate) : 'GREEN';

  const quietDays = Math.max(0, daysBetween(input.lastUpdateOn ?? input.createdOn, today));
  const noUpdateLight = input.stage === ProjectStage.ON_HOLD ? 'GREEN' : lightFor(quietDays, rules.noUpdateYellowAtDays, rules.noUpdateRedAtDays);

  if (milestoneLight === 'GREEN' && noUpdateLight === 'GREEN') return { light: 'GREEN', rule: { code: null, days: 0 } };
  if (late && LIGHT_RANK[milestoneLight] >= LIGHT_RANK[noUpdateLight]) {
    return { light: milestoneLight, rule: { code: 'MILESTONE_LATE', days: late.days, milestone: late.milestone } };
  }
  return { light: noUpdateLight, rule: { code: 'NO_UPDATE', days: quietDays } };
}

// ---------------------------------------------------------------------------------------------------------------
// Funds in place and the plan's counts

/** Where funds in place (到位资金) come from. */
export enum FundsKind {
  DOMESTIC = 'DOMESTIC', // 内资
  FOREIGN = 'FOREIGN', // 外资
}

export const FUNDS_KINDS: readonly FundsKind[] = Object.values(FundsKind);

/**
 * The plan's project targets for 2021–2025: "累计引进产业化项目 50 个以上，其中力争引进 30 亿元以上工业项目 3 个，
 * 10-30 亿元以上工业项目 5 个".
 */
export const PLAN_PROJECT_TARGETS = { industrialisation: 50, tier30Plus: 3, tier10To30: 5 } as const;

/** The plan's period, the default range of the cumulative counts. */
export const PLAN_PERIOD = { from: '2021-01-01', to: '2025-12-31' } as const;

export interface FundsReceipt {
  /** 亿元, exact decimal. */
  amount: string;
  receivedOn: string;
  kind?: FundsKind;
}

export interface CountableProject {
  type: ProjectType;
  /** Agreed investment (协议投资额) in 亿元. */
  agreedInvestment: string | null;
  /** Effective date of the project's SIGNED move in the stage log; null when never signed. */
  signedOn: string | null;
  /** Effective date of its DROPPED move; null when not dropped. */
  droppedOn: string | null;
  fundsInPlace?: readonly FundsReceipt[];
}

export interface ProjectCounts {
  /** Counted projects of every type. */
  signed: number;
  /** Counted industrialisation projects (the plan's 50). */
  industrialisation: number;
  /** Counted industrialisation projects of ≥ 30亿 (the plan's 3). */
  tier30Plus: number;
  /** Counted industrialisation projects of 10亿 to under 30亿 (the plan's 5). */
  tier10To30: number;
  /** Sum of the agreed amounts of the counted projects (every type), 亿元. */
  signedAmount: string;
  /** Funds received by the counted projects (every type) in the range, 亿元. */
  fundsInPlace: string;
  /** The same by kind; receipts without a kind count in the total only. */
  fundsInPlaceByKind: Record<FundsKind, string>;
}

export interface CountRange {
  /** Count only what happened on or after this date (projects signed, funds received); none by default. */
  from?: string | null;
}

/**
 * Whether a project counts on `asOf`: it counts once, from its signing date (the SIGNED move's effective date,
 * backdated moves included), until the day it is dropped (dropped on or before `asOf`: not counted).
 */
export function isCountedProject(project: Pick<CountableProject, 'signedOn' | 'droppedOn'>, asOf: string, range: CountRange = {}): boolean {
  if (project.signedOn === null || project.signedOn > asOf) return false;
  if (range.from && project.signedOn < range.from) return false;
  return project.droppedOn === null || project.droppedOn > asOf;
}

/**
 * The plan's counts on `asOf`. Every counted project (isCountedProject) adds its agreed amount and its funds
 * received up to `asOf`; only industrialisation projects count toward the 50 and the tiers, tiered by their
 * agreed amount (investmentTier). A dropped project takes its amount and funds out from the day it was dropped.
 */
export function countProjects(projects: readonly CountableProject[], asOf: string, range: CountRange = {}): ProjectCounts {
  let signed = 0;
  let industrialisation = 0;
  let tier30Plus = 0;
  let tier10To30 = 0;
  let signedUnits = 0n;
  let fundsUnits = 0n;
  const byKind: Record<FundsKind, bigint> = { [FundsKind.DOMESTIC]: 0n, [FundsKind.FOREIGN]: 0n };
  for (const p of projects) {
    if (!isCountedProject(p, asOf, range)) continue;
    signed++;
    if (p.agreedInvestment !== null && p.agreedInvestment.trim() !== '') signedUnits += decimalToUnits(p.agreedInvestment);
    if (p.type === ProjectType.INDUSTRIALISATION) {
      industrialisation++;
      const tier = investmentTier(p.agreedInvestment);
      if (tier === InvestmentTier.TIER_30_PLUS) tier30Plus++;
      if (tier === InvestmentTier.TIER_10_30) tier10To30++;
    }
    for (const f of p.fundsInPlace ?? []) {
      if (f.receivedOn > asOf || (range.from && f.receivedOn < range.from)) continue;
      const units = decimalToUnits(f.amount);
      fundsUnits += units;
      if (f.kind) byKind[f.kind] += units;
    }
  }
  return {
    signed,
    industrialisation,
    tier30Plus,
    tier10To30,
    signedAmount: unitsToDecimal(signedUnits),
    fundsInPlace: unitsToDecimal(fundsUnits),
    fundsInPlaceByKind: { [FundsKind.DOMESTIC]: unitsToDecimal(byKind.DOMESTIC), [FundsKind.FOREIGN]: unitsToDecimal(byKind.FOREIGN) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Coordination issues (问题清单: 交办 → 督办 → 销号)

export enum CoordinationIssueStatus {
  OPEN = 'OPEN', // 交办
  IN_PROGRESS = 'IN_PROGRESS', // 督办
  CLOSED = 'CLOSED', // 销号
}

export const COORDINATION_ISSUE_STATUSES: readonly CoordinationIssueStatus[] = Object.values(CoordinationIssueStatus);

/**
 * The moves an issue may make: an open issue is taken up or closed at once; one in progress is closed; a closed
 * one may be reopened (back to open) when the problem comes back. Closing needs a resolution, reopening a reason.
 */
export const ISSUE_TRANSITIONS: Readonly<Record<CoordinationIssueStatus, readonly CoordinationIssueStatus[]>> = {
  [CoordinationIssueStatus.OPEN]: [CoordinationIssueStatus.IN_PROGRESS, CoordinationIssueStatus.CLOSED],
  [CoordinationIssueStatus.IN_PROGRESS]: [CoordinationIssueStatus.CLOSED],
  [CoordinationIssueStatus.CLOSED]: [CoordinationIssueStatus.OPEN],
};

export type IssueMoveProblem = 'notAllowed' | 'resolutionRequired' | 'reasonRequired';

/** Whether an issue may move from one status to another with what is given; null when the move is fine. */
export function issueMoveProblem(
  from: CoordinationIssueStatus,
  to: CoordinationIssueStatus,
  given: { resolution?: string | null; reason?: string | null } = {},
): IssueMoveProblem | null {
  if (!ISSUE_TRANSITIONS[from]?.includes(to)) return 'notAllowed';
  if (to === CoordinationIssueStatus.CLOSED && blank(given.resolution)) return 'resolutionRequired';
  if (from === CoordinationIssueStatus.CLOSED && blank(given.reason)) return 'reasonRequired';
  return null;
}

/** The closure rate (办结率): closed issues over all, as a whole percent (0 with none). */
export function issueClosureRate(statuses: readonly CoordinationIssueStatus[]): { closed: number; total: number; percent: number } {
  const total = statuses.length;
  const closed = statuses.filter((s) => s === CoordinationIssueStatus.CLOSED).length;
  return { closed, total, percent: total === 0 ? 0 : Math.round((closed / total) * 100) };
}
