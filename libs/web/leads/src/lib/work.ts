import type { LeadSummaryFieldsFragment, WorkSummaryFieldsFragment } from '@chainboard/web-graphql';

/** The sections of "My work", most urgent first. */
export const WORK_SECTIONS = ['dueToday', 'overdueNextActions', 'firstContactOverdue', 'assessmentOverdue', 'stale', 'openLeads'] as const;
export type WorkSection = (typeof WORK_SECTIONS)[number];

export interface WorkSectionLeads {
  key: WorkSection;
  leads: LeadSummaryFieldsFragment[];
}

/**
 * The leads of each "My work" section. The API lists every open lead once (openLeads) and names the leads of
 * each alarm by id; a lead may be in several sections. Ids not among the open leads are skipped.
 */
export function workSections(summary: Pick<WorkSummaryFieldsFragment, WorkSection>): WorkSectionLeads[] {
  const byId = new Map(summary.openLeads.map((lead) => [lead.id, lead]));
  return WORK_SECTIONS.map((key) => ({
    key,
    leads: key === 'openLeads' ? [...summary.openLeads] : summary[key].flatMap(({ id }) => byId.get(id) ?? []),
  }));
}

/** How many leads need something today (each counted once, however many alarms it raises). */
export function attentionCount(summary: Pick<WorkSummaryFieldsFragment, WorkSection>): number {
  const ids = new Set<string>();
  for (const key of WORK_SECTIONS) if (key !== 'openLeads') for (const { id } of summary[key]) ids.add(id);
  return ids.size;
}

/** The "My work" scope of one's own leads; any other scope is the id of a chain one leads. */
export const MINE = 'mine';

/** Where "My work" opens: on the user's own chain when they lead it (the chain view is offered), else on their own leads. */
export function workScope(own: string | null, led: readonly { id: string }[]): string {
  return own !== null && led.some((chain) => chain.id === own) ? own : MINE;
}
