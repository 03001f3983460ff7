import { LEAD_TRANSITIONS, LeadStatus, isOpenLead, leadMoveProblem, type LeadMoveProblem } from '@chainboard/domain';
import type { LeadStatus as ApiLeadStatus, MoveLeadInput } from '@chainboard/web-graphql';

/** A status a lead may move to from where it is, and whether the move asks for a reason. */
export interface StatusMoveOption {
  status: ApiLeadStatus;
  /** The move asks for a reason (dropping or shelving). */
  asksReason: boolean;
  /** The reason is required (dropping: the domain's leadMoveProblem says so). */
  reasonRequired: boolean;
}

/**
 * The moves a lead may make from its status, as LEAD_TRANSITIONS allows them. Converting to a project is left
 * out: it has its own action (convertLeadToProject), which creates the project.
 */
export function statusMoveOptions(current: ApiLeadStatus): StatusMoveOption[] {
  return LEAD_TRANSITIONS[LeadStatus[current]]
    .filter((to) => to !== LeadStatus.CONVERTED)
    .map((to) => ({
      status: to as ApiLeadStatus,
      reasonRequired: leadMoveProblem(LeadStatus[current], to, '') === 'reasonRequired',
      asksReason: to === LeadStatus.DROPPED || to === LeadStatus.SHELVED,
    }));
}

/** Whether the lead may be converted to a project now (only a negotiating lead may). */
export function canConvertToProject(current: ApiLeadStatus): boolean {
  return LEAD_TRANSITIONS[LeadStatus[current]].includes(LeadStatus.CONVERTED);
}

/** Whether a lead is closed (converted, shelved or dropped): its timing alarms no longer apply. */
export function isClosedStatus(status: ApiLeadStatus): boolean {
  return !isOpenLead(LeadStatus[status]);
}

/** The moveLead input, or the problem the domain finds with the move (not allowed, or a missing reason). */
export function moveLeadInput(
  lead: { id: string; status: ApiLeadStatus; version: number },
  to: ApiLeadStatus,
  reason?: string | null,
): { input: MoveLeadInput; problem: null } | { input: null; problem: LeadMoveProblem } {
  const problem = leadMoveProblem(LeadStatus[lead.status], LeadStatus[to], reason);
  if (problem) return { input: null, problem };
  const trimmed = reason?.trim();
  return { input: { leadId: lead.id, status: to, expectedVersion: lead.version, ...(trimmed ? { reason: trimmed } : {}) }, problem: null };
}
