/**
 * The weekly progress meeting (项目推进会 / 调度会): statuses and their moves, the kinds of agenda items built from
 * the pipeline, action items and the figures kept per meeting.
 */

export enum MeetingStatus {
  PLANNED = 'PLANNED', // 计划
  IN_PROGRESS = 'IN_PROGRESS', // 进行中
  HELD = 'HELD', // 已召开
}

export const MEETING_STATUSES: readonly MeetingStatus[] = Object.values(MeetingStatus);

/** Moves between meeting statuses: planned → in progress → held; a held meeting is frozen. */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  [MeetingStatus.PLANNED]: [MeetingStatus.IN_PROGRESS, MeetingStatus.HELD],
  [MeetingStatus.IN_PROGRESS]: [MeetingStatus.HELD],
  [MeetingStatus.HELD]: [],
};

export function meetingMoveAllowed(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** What an agenda item is about; all but CUSTOM are built from the pipeline for the meeting's period. */
export enum MeetingItemKind {
  CARRIED_ACTION = 'CARRIED_ACTION', // 上次会议未办结事项
  NEW_LEAD = 'NEW_LEAD', // 新增线索
  NEW_PROJECT = 'NEW_PROJECT', // 新增项目
  STAGE_MOVE = 'STAGE_MOVE', // 阶段推进
  TURNED_YELLOW = 'TURNED_YELLOW', // 转黄灯
  TURNED_RED = 'TURNED_RED', // 转红灯
  STILL_RED = 'STILL_RED', // 持续红灯
  OVERDUE_MILESTONE = 'OVERDUE_MILESTONE', // 节点逾期
  ISSUE_OPENED = 'ISSUE_OPENED', // 新增协调事项
  ISSUE_OPEN = 'ISSUE_OPEN', // 未办结协调事项
  ISSUE_CLOSED = 'ISSUE_CLOSED', // 已销号协调事项
  NO_UPDATE = 'NO_UPDATE', // 本期无进展
  COUNTERS = 'COUNTERS', // 目标完成情况
  CUSTOM = 'CUSTOM', // 临时增加议题
}

export const MEETING_ITEM_KINDS: readonly MeetingItemKind[] = Object.values(MeetingItemKind);

/** The record an agenda item or an action links to. */
export enum MeetingRefKind {
  PROJECT = 'PROJECT',
  LEAD = 'LEAD',
  ISSUE = 'ISSUE',
  MILESTONE = 'MILESTONE',
  ACTION = 'ACTION',
  CHAIN = 'CHAIN',
}

export const MEETING_REF_KINDS: readonly MeetingRefKind[] = Object.values(MeetingRefKind);

/** The order the built agenda walks through: what was promised first, then the news, then the trouble, then the figures. */
export const MEETING_ITEM_ORDER: readonly MeetingItemKind[] = [
  MeetingItemKind.CARRIED_ACTION,
  MeetingItemKind.NEW_LEAD,
  MeetingItemKind.NEW_PROJECT,
  MeetingItemKind.STAGE_MOVE,
  MeetingItemKind.TURNED_RED,
  MeetingItemKind.STILL_RED,
  MeetingItemKind.TURNED_YELLOW,
  MeetingItemKind.OVERDUE_MILESTONE,
  MeetingItemKind.ISSUE_OPENED,
  MeetingItemKind.ISSUE_OPEN,
  MeetingItemKind.ISSUE_CLOSED,
  MeetingItemKind.NO_UPDATE,
  MeetingItemKind.COUNTERS,
  MeetingItemKind.CUSTOM,
];

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = Object.values(ActionItemStatus);

/** The days a meeting looks back when its scope has held none before. */
export const FIRST_MEETING_PERIOD_DAYS = 7;

/** Limits of what a meeting records. */
export const MEETING_LIMITS = { title: 200, place: 200, guest: 100, note: 5000, decision: 1000, action: 500, itemTitle: 300, attendees: 200, decisions: 50 } as const;

/**
 * Which change of light a period saw, from the light at its start and at its end (null: closed or not yet there):
 * turning red, red at both ends (red for longer), turning yellow (from green or nothing); none otherwise.
 */
export function lightChangeKind(
  start: 'GREEN' | 'YELLOW' | 'RED' | null,
  end: 'GREEN' | 'YELLOW' | 'RED' | null,
): MeetingItemKind.TURNED_RED | MeetingItemKind.STILL_RED | MeetingItemKind.TURNED_YELLOW | null {
  if (end === 'RED') return start === 'RED' ? MeetingItemKind.STILL_RED : MeetingItemKind.TURNED_RED;
  if (end === 'YELLOW' && start !== 'YELLOW' && start !== 'RED') return MeetingItemKind.TURNED_YELLOW;
  return null;
}

/** Whether an action item was done by its due date. */
export function actionDoneOnTime(action: { doneOn: string | null; dueOn: string }): boolean {
  return action.doneOn !== null && action.doneOn <= action.dueOn;
}

/** The share of actions done on time among those due by `asOf`, as a whole percent (0 with none due). */
export function actionsOnTimeRate(actions: ReadonlyArray<{ doneOn: string | null; dueOn: string }>, asOf: string): { onTime: number; due: number; percent: number } {
  const due = actions.filter((a) => a.dueOn <= asOf);
  const onTime = due.filter(actionDoneOnTime).length;
  return { onTime, due: due.length, percent: due.length === 0 ? 0 : Math.round((onTime / due.length) * 100) };
}
