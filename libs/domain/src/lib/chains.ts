import type { Role } from './roles';

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
  return workPlanProgressOf({ done: tasks.filter((t) => t.status === TaskStatus.DONE).length, total: tasks.length });
}

/** The same from counts of done and all tasks (when the tasks are counted, not read). */
export function workPlanProgressOf({ done, total }: { done: number; total: number }): { done: number; total: number; percent: number } {
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/** A task is overdue when it is not done and its due date (YYYY-MM-DD, Asia/Shanghai) is before today. */
export function isTaskOverdue(task: { status: TaskStatus; dueDate: string | null }, today: string): boolean {
  return task.status !== TaskStatus.DONE && task.dueDate !== null && task.dueDate < today;
}

/** What defaultChainId reads of a chain. */
export interface DefaultChainCandidate {
  id: string;
  leaderId: string;
  leadDepartmentId: string;
  sortOrder?: number | null;
}

/**
 * The chain a page with a chain filter opens on for the signed-in user: the chain they lead (链长), else the first
 * chain their department leads (牵头部门), else null, which the page reads as its own default (all chains, or the
 * first one where it must show a single chain). "First" is by sortOrder where the chains have one, then in the order
 * given (the order the chains query returns). The role does not enter: whoever leads a chain, or is in a department
 * that leads one, opens on it. A chain given in the page's address wins over this default.
 */
export function defaultChainId(actor: { id: string; role?: Role; departmentId: string | null }, chains: readonly DefaultChainCandidate[]): string | null {
  const ordered = chains
    .map((chain, index) => ({ chain, index }))
    .sort((a, b) => (a.chain.sortOrder ?? Number.MAX_SAFE_INTEGER) - (b.chain.sortOrder ?? Number.MAX_SAFE_INTEGER) || a.index - b.index)
    .map((x) => x.chain);
  const led = ordered.find((c) => c.leaderId === actor.id);
  if (led) return led.id;
  const departments = actor.departmentId === null ? undefined : ordered.find((c) => c.leadDepartmentId === actor.departmentId);
  return departments?.id ?? null;
}
