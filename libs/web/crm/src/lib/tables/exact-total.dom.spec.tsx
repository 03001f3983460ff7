/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { countKey, useExactTotal, withExactTotal } from './exact-total';

describe('the exact count of a capped table', () => {
  it('keys the count by the filters and sort, not by the page', () => {
    expect(countKey({ query: '科技', offset: 0, limit: 50 })).toBe(countKey({ limit: 20, offset: 100, query: '科技', exactTotal: true }));
    expect(countKey({ query: '科技', sort: 'NAME' })).not.toBe(countKey({ query: '科技', sort: 'CITY' }));
    expect(withExactTotal({ query: 'x' }, false)).toEqual({ query: 'x' });
    expect(withExactTotal({ query: 'x' }, true)).toEqual({ query: 'x', exactTotal: true });
  });

  it('asks the exact count once the user does, while paging on, and not for other filters', () => {
    const { result, rerender } = renderHook((input: { query: string; offset: number }) => useExactTotal(input), { initialProps: { query: '科技', offset: 0 } });
    expect(result.current.input).toEqual({ query: '科技', offset: 0 });
    act(() => result.current.countExactly());
    expect(result.current.input).toEqual({ query: '科技', offset: 0, exactTotal: true });
    rerender({ query: '科技', offset: 50 });
    expect(result.current.input).toEqual({ query: '科技', offset: 50, exactTotal: true });
    rerender({ query: '电子', offset: 0 });
    expect(result.current.input).toEqual({ query: '电子', offset: 0 });
  });
});
