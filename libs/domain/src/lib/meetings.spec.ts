import { actionDoneOnTime, actionsOnTimeRate, lightChangeKind, MEETING_ITEM_KINDS, MEETING_ITEM_ORDER, meetingMoveAllowed, MeetingItemKind, MeetingStatus } from './meetings';
import { ERROR_MESSAGES } from './errors';

describe('the progress meeting rules', () => {
  it('moves a meeting planned → in progress → held, and a held meeting nowhere', () => {
    expect(meetingMoveAllowed(MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)).toBe(true);
    expect(meetingMoveAllowed(MeetingStatus.IN_PROGRESS, MeetingStatus.HELD)).toBe(true);
    expect(meetingMoveAllowed(MeetingStatus.IN_PROGRESS, MeetingStatus.PLANNED)).toBe(false);
    expect(meetingMoveAllowed(MeetingStatus.HELD, MeetingStatus.IN_PROGRESS)).toBe(false);
  });

  it('names the change of light over a period from its two ends', () => {
    expect(lightChangeKind('GREEN', 'RED')).toBe(MeetingItemKind.TURNED_RED);
    expect(lightChangeKind(null, 'RED')).toBe(MeetingItemKind.TURNED_RED);
    expect(lightChangeKind('RED', 'RED')).toBe(MeetingItemKind.STILL_RED);
    expect(lightChangeKind('GREEN', 'YELLOW')).toBe(MeetingItemKind.TURNED_YELLOW);
    expect(lightChangeKind(null, 'YELLOW')).toBe(MeetingItemKind.TURNED_YELLOW);
    expect(lightChangeKind('YELLOW', 'YELLOW')).toBeNull();
    expect(lightChangeKind('RED', 'YELLOW')).toBeNull();
    expect(lightChangeKind('RED', 'GREEN')).toBeNull();
    expect(lightChangeKind('GREEN', null)).toBeNull();
  });

  it('counts actions done by their due date among those due', () => {
    expect(actionDoneOnTime({ dueOn: '2025-03-07', doneOn: '2025-03-07' })).toBe(true);
    expect(actionDoneOnTime({ dueOn: '2025-03-07', doneOn: '2025-03-08' })).toBe(false);
    expect(actionDoneOnTime({ dueOn: '2025-03-07', doneOn: null })).toBe(false);
    const actions = [
      { dueOn: '2025-03-01', doneOn: '2025-02-28' },
      { dueOn: '2025-03-02', doneOn: '2025-03-05' },
      { dueOn: '2025-03-03', doneOn: null },
      { dueOn: '2025-04-01', doneOn: null },
    ];
    expect(actionsOnTimeRate(actions, '2025-03-10')).toEqual({ onTime: 1, due: 3, percent: 33 });
    expect(actionsOnTimeRate([], '2025-03-10')).toEqual({ onTime: 0, due: 0, percent: 0 });
  });

  it('orders every kind of item, and names each in both languages', () => {
    expect([...MEETING_ITEM_ORDER].sort()).toEqual([...MEETING_ITEM_KINDS].sort());
    for (const kind of MEETING_ITEM_KINDS) {
      expect(ERROR_MESSAGES['zh-CN'][`meeting.kind.${kind}`]).toBeTruthy();
      expect(ERROR_MESSAGES.en[`meeting.kind.${kind}`]).toBeTruthy();
    }
  });
});
