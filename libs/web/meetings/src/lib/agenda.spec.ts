import { actionDue, base64Blob, keyStep, movedOrder, step } from './agenda';

describe('the agenda helpers', () => {
  it('moves an item up or down, never past the ends', () => {
    expect(movedOrder(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(movedOrder(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('steps the presenter through the items with the keyboard', () => {
    expect(step(0, 3, 1)).toBe(1);
    expect(step(2, 3, 1)).toBe(2);
    expect(step(0, 3, -1)).toBe(0);
    expect(step(0, 0, 1)).toBe(0);
    expect(keyStep('ArrowRight')).toBe(1);
    expect(keyStep(' ')).toBe(1);
    expect(keyStep('PageUp')).toBe(-1);
    expect(keyStep('a')).toBeNull();
  });

  it('turns a base64 file into a blob of its bytes', async () => {
    const blob = base64Blob(Buffer.from('PK\u0003\u0004').toString('base64'), 'application/zip');
    expect(blob.size).toBe(4);
    expect(blob.type).toBe('application/zip');
  });

  it('tells an action item due in the past, today or later', () => {
    expect(actionDue('2025-03-07', '2025-03-10')).toEqual({ overdueDays: 3, dueToday: false });
    expect(actionDue('2025-03-10', '2025-03-10')).toEqual({ overdueDays: 0, dueToday: true });
    expect(actionDue('2025-03-20', '2025-03-10')).toEqual({ overdueDays: 0, dueToday: false });
    expect(actionDue('2024-12-31', '2025-01-01')).toEqual({ overdueDays: 1, dueToday: false });
  });
});
