/**
 * Money is kept as exact decimal strings (亿元 or 万元), never as floating-point numbers.
 * Up to 14 digits before the point and 4 after, matching numeric(18,4) columns.
 */
export const DECIMAL_PATTERN = /^-?\d{1,14}(\.\d{1,4})?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** Drops trailing zeros of the fraction: "150.0000" → "150", "12.5000" → "12.5". */
export function normalizeDecimal(value: string): string {
  if (!value.includes('.')) return value;
  return value.replace(/\.?0+$/, '');
}

/** Digits after the point that money keeps (numeric(18,4)). */
export const DECIMAL_SCALE = 4;

const SCALE_FACTOR = 10n ** BigInt(DECIMAL_SCALE);

/** A decimal string as a whole number of ten-thousandths, for exact arithmetic. Throws on anything but a decimal string. */
export function decimalToUnits(value: string): bigint {
  const text = value.trim();
  if (!isDecimalString(text)) throw new RangeError(`Not a decimal string: ${JSON.stringify(value)}`);
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(whole) * SCALE_FACTOR + BigInt(fraction.padEnd(DECIMAL_SCALE, '0'));
  return negative ? -units : units;
}

/** A whole number of ten-thousandths back as a normalised decimal string: 1505000n → "150.5". */
export function unitsToDecimal(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / SCALE_FACTOR;
  const fraction = (abs % SCALE_FACTOR).toString().padStart(DECIMAL_SCALE, '0');
  return normalizeDecimal(`${negative && abs !== 0n ? '-' : ''}${whole}.${fraction}`);
}

/** Exact comparison of two decimal strings: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const d = decimalToUnits(a) - decimalToUnits(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The exact sum of decimal strings, normalised ("0" for none). */
export function sumDecimals(values: Iterable<string>): string {
  let total = 0n;
  for (const v of values) total += decimalToUnits(v);
  return unitsToDecimal(total);
}

/** True for a decimal string greater than zero ("0.0001" yes, "0" and "-1" no). */
export function isPositiveDecimal(value: string): boolean {
  const text = value.trim();
  return isDecimalString(text) && decimalToUnits(text) > 0n;
}
