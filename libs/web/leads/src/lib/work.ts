import type { LeadFilters } from './filters';
import type { LeadAlert, LeadSummaryFieldsFragment, WorkSummaryFieldsFragment } from '@chainboard/web-graphql';

/** The sections of "My work", most urgent first. */
export const WORK_SECTIONS = ['dueToday', 'overdueNextActions', 'firstContactOverdue', 'assessmentOverdue', 'stale', 'openLeads'] as const;
export type WorkSection = (typeof WORK_SECTIONS)[number];

/** The alarm each section lists (the lead table's alert filter); every open lead for openLeads. */
export const WORK_SECTION_ALERTS: Readonly<Record<WorkSection, LeadAlert | null>> = {
  dueToday: 'NEXT_ACTION_TODAY',
  overdueNextActions: 'NEXT_ACTION_OVERDUE',
  firstContactOverdue: 'FIRST_CONTACT_OVERDUE',
  assessmentOverdue: 'ASSESSMENT_OVERDUE',
  stale: 'STALE',
  openLeads: null,
};

export interface WorkSectionLeads {
  key: WorkSection;
  /** How many leads the section holds in all. */
  total: number;
  /** The first of them, as the API answers them (the most overdue first). */
  leads: LeadSummaryFieldsFragment[];
  /** Whether the section holds more than it shows: the lead table lists them all. */
  more: boolean;
}

/**
 * The sections of a work summary: each its count and first rows. The API answers each lead shown once (leads) and
 * names each section's rows by id, in order; a lead may be in several sections. Unknown ids are skipped.
 */
export function workSections(summary: Pick<WorkSummaryFieldsFragment, WorkSection | 'leads'>): WorkSectionLeads[] {
  const byId = new Map(summary.leads.map((lead) => [lead.id, lead]));
  return WORK_SECTIONS.map((key) => {
    const { total, leadIds } = summary[key];
    return { key, total, leads: leadIds.flatMap((id) => byId.get(id) ?? []), more: total > leadIds.length };
  });
}

/** The "My work" scope of one's own leads; any other scope is the id of a chain one leads. */
export const MINE = 'mine';

/** Where "My work" opens: on the user's own chain when they lead it (the chain view is offered), else on their own leads. */
export function workScope(own: string | null, led: readonly { id: string }[]): string {
  return own !== null && led.some((chain) => chain.id === own) ? own : MINE;
}

/**
 * The lead table's filters that list a whole section: the open leads of the scope (mine, or the chain's), raising the
 * section's alarm. The table's count for them is the section's total.
 */
export function sectionFilters(section: WorkSection, chainId: string | null): LeadFilters {
  const alert = WORK_SECTION_ALERTS[section];
  return { open: true, ...(chainId ? { chainId } : { mine: true }), ...(alert ? { alert } : {}) };
}
