import { compareDecimals, decimalToUnits, isDecimalString } from '@chainboard/domain';

/** Whether a stored value and a new one are the same; decimals compare by value ("20.0000" is "20"). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'string' && typeof b === 'string' && isDecimalString(a) && isDecimalString(b)) return compareDecimals(a, b) === 0;
  return false;
}

/** Funds in place as a percentage of the agreed amount, to one decimal (exact arithmetic); null without an agreed amount above zero. */
export function fundsSharePercent(funds: string, agreed: string | null): number | null {
  if (!agreed || !isDecimalString(agreed) || !isDecimalString(funds)) return null;
  const whole = decimalToUnits(agreed);
  if (whole <= 0n) return null;
  const part = decimalToUnits(funds);
  const tenths = (part * 1000n + (part >= 0n ? whole / 2n : -whole / 2n)) / whole;
  return Number(tenths) / 10;
}

/** Names as one text for the timeline (sorted, joined with 、), or null for none. */
export function namesText(names: readonly string[]): string | null {
  return names.length ? [...names].sort().join('、') : null;
}
