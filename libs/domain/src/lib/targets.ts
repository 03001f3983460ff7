import { decimalToUnits, unitsToDecimal } from './money';

/** 属性 of an indicator in the plan's table 2: 预期性 (expected) or 约束性 (binding). */
export enum IndicatorAttribute {
  EXPECTED = 'EXPECTED', // 预期性
  BINDING = 'BINDING', // 约束性
}

/** The plan's word for each attribute, as table 2 prints it. */
export const INDICATOR_ATTRIBUTE_TEXT: Readonly<Record<IndicatorAttribute, string>> = {
  [IndicatorAttribute.EXPECTED]: '预期性',
  [IndicatorAttribute.BINDING]: '约束性',
};

/** Where the plan states an indicator: in table 2, or only in its text (e.g. 工业占 GDP 比重 10%). */
export enum IndicatorOrigin {
  TABLE_2 = 'TABLE_2',
  PLAN_TEXT = 'PLAN_TEXT',
}

/**
 * The indicators the system computes from its own records instead of taking entered figures: the projects
 * introduced and their tiers (the projects' stage log), the high-tech enterprises tagged (the companies' lists),
 * the land revitalised and the buildings new or refitted (the places).
 */
export enum ComputedIndicator {
  PROJECTS_INDUSTRIALISATION = 'PROJECTS_INDUSTRIALISATION',
  PROJECTS_TIER_30_PLUS = 'PROJECTS_TIER_30_PLUS',
  PROJECTS_TIER_10_30 = 'PROJECTS_TIER_10_30',
  HIGH_TECH_ENTERPRISES = 'HIGH_TECH_ENTERPRISES',
  LAND_REVITALISED = 'LAND_REVITALISED',
  BUILDINGS_REFITTED = 'BUILDINGS_REFITTED',
}

/** A period an actual value is for: a year, or a quarter (1–4) of it. */
export interface IndicatorPeriod {
  year: number;
  quarter?: number | null;
}

/**
 * The straight path an indicator follows from its baseline to its target. A baseline the plan gives as "—" (a
 * cumulative figure counted from the start of the period) is null and the path starts at zero.
 */
export interface IndicatorPath {
  baselineYear: number;
  baselineValue: string | null;
  targetYear: number;
  targetValue: string;
}

export interface IndicatorProgress {
  /** Where the straight path stands at the end of the period (exact decimal). */
  expected: string;
  /** Actual minus baseline against expected minus baseline, in percent (one decimal); null before the path starts. */
  onPathPercent: number | null;
  /** Actual minus baseline against target minus baseline, in percent (one decimal); null when they are equal. */
  completionPercent: number | null;
  /** Whether the actual has reached the path (for a falling target: has gone down to it). */
  onTrack: boolean;
}

/** Whether a period is a valid one: a whole year, and a quarter 1–4 when given. */
export function isIndicatorPeriod(period: IndicatorPeriod): boolean {
  const { year, quarter } = period;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return false;
  return quarter === undefined || quarter === null || (Number.isInteger(quarter) && quarter >= 1 && quarter <= 4);
}

/** The quarters from the end of the baseline year to the end of a period (a year ends with its fourth quarter). */
function quartersSinceBaseline(baselineYear: number, period: IndicatorPeriod): number {
  return (period.year - baselineYear - 1) * 4 + (period.quarter ?? 4);
}

/** a / b rounded half away from zero. */
function divRound(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = (2n * x + y) / (2n * y);
  return negative ? -q : q;
}

/** A ratio of two unit counts as a percent with one decimal. */
function percent(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number(divRound(part * 1000n, whole)) / 10;
}

/**
 * Where the straight path from baseline to target stands at the end of a period: the baseline before the path
 * starts, the target from the target year on, in between in equal steps per quarter. Exact to DECIMAL_SCALE places.
 */
export function pathValue(path: IndicatorPath, period: IndicatorPeriod): string {
  const base = decimalToUnits(path.baselineValue ?? '0');
  const target = decimalToUnits(path.targetValue);
  const total = (path.targetYear - path.baselineYear) * 4;
  if (total <= 0) return unitsToDecimal(target);
  const elapsed = Math.min(Math.max(quartersSinceBaseline(path.baselineYear, period), 0), total);
  return unitsToDecimal(base + divRound((target - base) * BigInt(elapsed), BigInt(total)));
}

/** The actual of a period against the straight path from baseline to target (see IndicatorProgress). */
export function indicatorProgress(path: IndicatorPath, actual: string, period: IndicatorPeriod): IndicatorProgress {
  const base = decimalToUnits(path.baselineValue ?? '0');
  const target = decimalToUnits(path.targetValue);
  const expected = pathValue(path, period);
  const expectedUnits = decimalToUnits(expected);
  const actualUnits = decimalToUnits(actual);
  const rising = target >= base;
  return {
    expected,
    onPathPercent: percent(actualUnits - base, expectedUnits - base),
    completionPercent: percent(actualUnits - base, target - base),
    onTrack: rising ? actualUnits >= expectedUnits : actualUnits <= expectedUnits,
  };
}

/** The label of a period: 2023 or 2023Q2. */
export function periodLabel(period: IndicatorPeriod): string {
  return period.quarter ? `${period.year}Q${period.quarter}` : String(period.year);
}

/** The last day of a period (YYYY-MM-DD): what a computed indicator is counted on. */
export function periodEnd(period: IndicatorPeriod): string {
  const month = (period.quarter ?? 4) * 3;
  const day = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
  return `${period.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An actual against a target when there is no path to follow (no baseline): actual / target in percent, one decimal. */
export function targetCompletion(target: string, actual: string): number | null {
  return percent(decimalToUnits(actual), decimalToUnits(target));
}

/**
 * Years a high-tech enterprise recognition (高新技术企业认定) holds: a company tagged for year Y counts in Y and the two
 * years after, so the count for a year is the companies tagged for it or one of the two years before.
 */
export const HIGH_TECH_VALID_YEARS = 3;

/** The month, quarter and year a dashboard reports "this … to date": each from its first day to `asOf`. */
export type DashboardPeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

/** The first day of the month, quarter or year `asOf` (YYYY-MM-DD) falls in. */
export function periodStart(asOf: string, kind: DashboardPeriodKind): string {
  const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  const first = kind === 'YEAR' ? 1 : kind === 'QUARTER' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** The day before a date (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A five-year count target's share for one month, quarter or year on the straight path (e.g. 50 projects: 10 a year,
 * 2.5 a quarter, 0.8333 a month), exact to four places.
 */
export function periodShareOfTarget(target: string, years: number, kind: DashboardPeriodKind): string {
  const parts = kind === 'YEAR' ? 1 : kind === 'QUARTER' ? 4 : 12;
  return unitsToDecimal(divRound(decimalToUnits(target), BigInt(years * parts)));
}
