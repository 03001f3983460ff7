/** The plan's two kinds of track (赛道). */
export enum ChainTrack {
  TECHNOLOGY_ADVANTAGE = 'TECHNOLOGY_ADVANTAGE',
  FUSION_INNOVATION = 'FUSION_INNOVATION',
}

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

/** How a target value is to be read: "超过" (greater than) or "达到" (at least). */
export enum TargetComparator {
  GT = 'GT',
  GTE = 'GTE',
}

/** Lengths shared by the API inputs, the database columns and the web forms. */
export const LIMITS = {
  name: 100,
  code: 40,
  title: 200,
  documentNumber: 100,
  issuer: 200,
  text: 4000,
  username: 60,
  password: { min: 8, max: 128 },
} as const;

/** A chain code: lower-case letters, digits and dashes, e.g. "new-materials". */
export const CHAIN_CODE_PATTERN = /^[a-z][a-z0-9-]*$/;

export interface TaskLike {
  status: TaskStatus;
}

/** Work-plan progress: done tasks over all tasks, 0 when the plan has none. */
export function workPlanProgress(tasks: readonly TaskLike[]): { done: number; total: number; percent: number } {
  const total = tasks.length;
  const done = tasks.filter((t) => t.status === TaskStatus.DONE).length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/** A task is overdue when it is not done and its due date (YYYY-MM-DD, Asia/Shanghai) is before today. */
export function isTaskOverdue(task: { status: TaskStatus; dueDate: string | null }, today: string): boolean {
  return task.status !== TaskStatus.DONE && task.dueDate !== null && task.dueDate < today;
}
