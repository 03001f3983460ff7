import { districtDateTime } from './dates';

describe('districtDateTime', () => {
  it('writes an instant in the district’s time zone to the minute, whatever the machine’s zone', () => {
    expect(districtDateTime(new Date('2025-03-31T16:05:59Z'))).toBe('2025-04-01 00:05');
    expect(districtDateTime(new Date('2025-03-31T15:59:00Z'))).toBe('2025-03-31 23:59');
  });
});
