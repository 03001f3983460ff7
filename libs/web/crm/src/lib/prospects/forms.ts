import { PRIORITY_ORDER } from '@chainboard/domain';
import type { Priority, ProspectFieldsFragment, UpdateProspectInput } from '@chainboard/web-graphql';

export const PRIORITIES: readonly Priority[] = PRIORITY_ORDER;

/** The edit-prospect form: what may change once a company is a prospect on a node. */
export interface ProspectEditValues {
  priority: Priority;
  assigneeId?: string | null;
  reason?: string;
}

type EditedProspect = Pick<ProspectFieldsFragment, 'id' | 'priority' | 'assigneeId' | 'reason'>;

export function prospectEditValues(prospect: EditedProspect): ProspectEditValues {
  return { priority: prospect.priority, assigneeId: prospect.assigneeId ?? null, reason: prospect.reason };
}

/**
 * Only the fields the user changed are sent, so a field left alone stays as the API has it (an inactive assignee
 * is kept, someone else's change is not overwritten). A cleared assignee is null; an emptied reason is ''.
 */
export function toUpdateProspectInput(prospect: EditedProspect, values: ProspectEditValues): UpdateProspectInput {
  const assigneeId = values.assigneeId ?? null;
  const reason = values.reason?.trim() ?? '';
  return {
    prospectId: prospect.id,
    ...(values.priority !== prospect.priority ? { priority: values.priority } : {}),
    ...(assigneeId !== (prospect.assigneeId ?? null) ? { assigneeId } : {}),
    ...(reason !== prospect.reason ? { reason } : {}),
  };
}

/** The assignee picker's options: the active staff, and the current assignee even if no longer among them (or not loaded yet). */
export function assigneeOptions(users: readonly { id: string; displayName: string }[], current: { id: string; displayName: string } | null | undefined) {
  const all = current && !users.some((u) => u.id === current.id) ? [current, ...users] : users;
  return all.map((u) => ({ value: u.id, label: u.displayName }));
}
