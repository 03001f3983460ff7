import { Priority } from '@chainboard/domain';
import { PRIORITIES, assigneeOptions, prospectEditValues, toUpdateProspectInput } from './forms';

const prospect = { id: 'p1', priority: 'MEDIUM' as const, assigneeId: 'u1', reason: '中国企业500强' };

describe('edit-prospect form', () => {
  it('offers every priority the domain knows, highest first', () => {
    expect(PRIORITIES).toEqual([Priority.HIGH, Priority.MEDIUM, Priority.LOW]);
  });

  it('opens with the prospect’s priority, assignee and reason', () => {
    expect(prospectEditValues(prospect)).toEqual({ priority: 'MEDIUM', assigneeId: 'u1', reason: '中国企业500强' });
    expect(prospectEditValues({ ...prospect, assigneeId: null, reason: '' })).toEqual({ priority: 'MEDIUM', assigneeId: null, reason: '' });
  });

  it('sends only what changed, so the fields left alone stay as they are', () => {
    expect(toUpdateProspectInput(prospect, prospectEditValues(prospect))).toEqual({ prospectId: 'p1' });
    expect(toUpdateProspectInput(prospect, { ...prospectEditValues(prospect), priority: 'HIGH' })).toEqual({ prospectId: 'p1', priority: 'HIGH' });
    expect(toUpdateProspectInput(prospect, { priority: 'LOW', assigneeId: 'u2', reason: ' 行业隐形冠军 ' })).toEqual({
      prospectId: 'p1',
      priority: 'LOW',
      assigneeId: 'u2',
      reason: '行业隐形冠军',
    });
    // Only blanks around an unchanged reason: nothing to send.
    expect(toUpdateProspectInput(prospect, { ...prospectEditValues(prospect), reason: ' 中国企业500强 ' })).toEqual({ prospectId: 'p1' });
  });

  it('clears the assignee with null and the reason with an empty text (the API refuses a null reason)', () => {
    // A select cleared with its × holds undefined.
    expect(toUpdateProspectInput(prospect, { priority: 'MEDIUM', assigneeId: undefined, reason: '  ' })).toEqual({ prospectId: 'p1', assigneeId: null, reason: '' });
    expect(toUpdateProspectInput({ ...prospect, assigneeId: null }, { priority: 'MEDIUM', assigneeId: undefined, reason: '中国企业500强' })).toEqual({ prospectId: 'p1' });
  });

  it('keeps the current assignee pickable by name even when no longer active (or before the staff list loads)', () => {
    const staff = [
      { id: 'u1', displayName: '招商专员一' },
      { id: 'u2', displayName: '招商专员二' },
    ];
    expect(assigneeOptions(staff, { id: 'u1', displayName: '招商专员一' })).toEqual([
      { value: 'u1', label: '招商专员一' },
      { value: 'u2', label: '招商专员二' },
    ]);
    expect(assigneeOptions(staff, { id: 'u9', displayName: '已离职专员' })[0]).toEqual({ value: 'u9', label: '已离职专员' });
    expect(assigneeOptions([], { id: 'u1', displayName: '招商专员一' })).toEqual([{ value: 'u1', label: '招商专员一' }]);
    expect(assigneeOptions(staff, null)).toHaveLength(2);
  });
});
