import { dayBefore, indicatorProgress, isIndicatorPeriod, pathValue, periodEnd, periodLabel, periodShareOfTarget, periodStart, targetCompletion } from '../index';

describe('the straight path from baseline to target', () => {
  const gva = { baselineYear: 2020, baselineValue: '70.7', targetYear: 2025, targetValue: '180' };
  const cumulative = { baselineYear: 2020, baselineValue: null, targetYear: 2025, targetValue: '500' };

  it('moves in equal steps per quarter, exactly', () => {
    expect(pathValue(gva, { year: 2020 })).toBe('70.7');
    expect(pathValue(gva, { year: 2021 })).toBe('92.56');
    expect(pathValue(gva, { year: 2023 })).toBe('136.28');
    expect(pathValue(gva, { year: 2025 })).toBe('180');
    expect(pathValue(gva, { year: 2021, quarter: 1 })).toBe('76.165');
    expect(pathValue(gva, { year: 2021, quarter: 4 })).toBe(pathValue(gva, { year: 2021 }));
  });

  it('starts a cumulative indicator ("—") at zero and stays at the target after the target year', () => {
    expect(pathValue(cumulative, { year: 2022, quarter: 2 })).toBe('150');
    expect(pathValue(cumulative, { year: 2019 })).toBe('0');
    expect(pathValue(cumulative, { year: 2027 })).toBe('500');
  });

  it('rounds a step that does not divide half away from zero', () => {
    expect(pathValue({ baselineYear: 2020, baselineValue: null, targetYear: 2025, targetValue: '0.0001' }, { year: 2023, quarter: 2 })).toBe('0.0001');
    expect(pathValue({ baselineYear: 2020, baselineValue: '0', targetYear: 2023, targetValue: '1' }, { year: 2021, quarter: 1 })).toBe('0.0833');
  });

  it('compares an actual with the path and the target', () => {
    expect(indicatorProgress(cumulative, '120', { year: 2022, quarter: 2 })).toEqual({
      expected: '150',
      onPathPercent: 80,
      completionPercent: 24,
      onTrack: false,
    });
    expect(indicatorProgress(gva, '100', { year: 2021 })).toEqual({ expected: '92.56', onPathPercent: 134, completionPercent: 26.8, onTrack: true });
    expect(indicatorProgress(cumulative, '0', { year: 2020 }).onPathPercent).toBeNull();
  });

  it('counts a falling target as on track when the actual has come down to the path', () => {
    const falling = { baselineYear: 2020, baselineValue: '10', targetYear: 2025, targetValue: '5' };
    expect(indicatorProgress(falling, '8', { year: 2022 })).toMatchObject({ expected: '8', onTrack: true, onPathPercent: 100, completionPercent: 40 });
    expect(indicatorProgress(falling, '9', { year: 2022 }).onTrack).toBe(false);
  });
});

describe('indicator periods', () => {
  it('checks, labels and ends a period', () => {
    expect(isIndicatorPeriod({ year: 2023 })).toBe(true);
    expect(isIndicatorPeriod({ year: 2023, quarter: 4 })).toBe(true);
    expect(isIndicatorPeriod({ year: 2023, quarter: 5 })).toBe(false);
    expect(isIndicatorPeriod({ year: 2023.5 })).toBe(false);
    expect(periodLabel({ year: 2023, quarter: 2 })).toBe('2023Q2');
    expect(periodEnd({ year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(periodEnd({ year: 2024 })).toBe('2024-12-31');
    expect(periodEnd({ year: 2023, quarter: 2 })).toBe('2023-06-30');
  });
});

describe('completion without a path', () => {
  it('is the actual against the target', () => {
    expect(targetCompletion('150', '60')).toBe(40);
    expect(targetCompletion('0', '1')).toBeNull();
  });
});

describe('dashboard periods', () => {
  it('start on the first day of the month, quarter and year', () => {
    expect(periodStart('2025-08-17', 'MONTH')).toBe('2025-08-01');
    expect(periodStart('2025-08-17', 'QUARTER')).toBe('2025-07-01');
    expect(periodStart('2025-12-31', 'QUARTER')).toBe('2025-10-01');
    expect(periodStart('2025-08-17', 'YEAR')).toBe('2025-01-01');
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it("share a five-year target out on the straight path", () => {
    expect(periodShareOfTarget('50', 5, 'YEAR')).toBe('10');
    expect(periodShareOfTarget('50', 5, 'QUARTER')).toBe('2.5');
    expect(periodShareOfTarget('50', 5, 'MONTH')).toBe('0.8333');
  });
});
