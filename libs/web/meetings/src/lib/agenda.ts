import { daysBetween } from '@chainboard/domain';

/** The agenda's order with one item moved up (-1) or down (+1); unchanged at either end. */
export function movedOrder(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const next = [...ids];
  const to = index + delta;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return next;
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** The presenter's step: the next or previous item, staying within the agenda. */
export function step(current: number, count: number, delta: -1 | 1): number {
  if (count === 0) return 0;
  return Math.min(count - 1, Math.max(0, current + delta));
}

/** The presenter's step for a key: next on → ↓ PageDown space, previous on ← ↑ PageUp; null for other keys. */
export function keyStep(key: string): -1 | 1 | null {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(key)) return 1;
  if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) return -1;
  return null;
}

/** A file the API sends base64-encoded, as a blob of its type. */
export function base64Blob(contentBase64: string, type: string): Blob {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An action item's due date against today (both district dates): how many days it is late (0 when not), or due today. */
export function actionDue(dueOn: string, today: string): { overdueDays: number; dueToday: boolean } {
  const late = daysBetween(dueOn, today);
  return { overdueDays: Math.max(0, late), dueToday: late === 0 };
}
