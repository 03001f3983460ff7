import { chainTabOf } from './tabs';

describe('chainTabOf', () => {
  it('opens the tab named in the URL, or the first one', () => {
    expect(chainTabOf('workPlan')).toBe('workPlan');
    expect(chainTabOf('policies')).toBe('policies');
    expect(chainTabOf(null)).toBe('leader');
    expect(chainTabOf('nonsense')).toBe('leader');
  });
});
