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
