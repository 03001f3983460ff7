import { compareDecimals, decimalToUnits, isPositiveDecimal, sumDecimals, unitsToDecimal } from '../index';

describe('exact decimals', () => {
  it('reads and writes ten-thousandths', () => {
    expect(decimalToUnits('150.5')).toBe(1505000n);
    expect(decimalToUnits(' -0.0001 ')).toBe(-1n);
    expect(unitsToDecimal(1505000n)).toBe('150.5');
    expect(unitsToDecimal(0n)).toBe('0');
    expect(unitsToDecimal(-1n)).toBe('-0.0001');
    expect(unitsToDecimal(-10000n)).toBe('-1');
    expect(() => decimalToUnits('1e3')).toThrow(RangeError);
    expect(() => decimalToUnits('')).toThrow(RangeError);
  });

  it('compares and sums without floating point', () => {
    expect(compareDecimals('30', '30.0000')).toBe(0);
    expect(compareDecimals('29.9999', '30')).toBe(-1);
    expect(compareDecimals('100', '99.9999')).toBe(1);
    expect(compareDecimals('-2', '1')).toBe(-1);
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['99999999999999.9999', '0.0001'])).toBe('100000000000000');
  });

  it('knows a positive amount', () => {
    expect(isPositiveDecimal('0.0001')).toBe(true);
    expect(isPositiveDecimal('0')).toBe(false);
    expect(isPositiveDecimal('0.0000')).toBe(false);
    expect(isPositiveDecimal('-1')).toBe(false);
    expect(isPositiveDecimal('abc')).toBe(false);
  });
});
