/**
 * The daily work of investment staff, derived from the lead time rules (leads.ts): which open leads need what
 * today, and the same thresholds as dates so that a database can filter by them.
 */
import { LeadStatus } from './chain-map';
import { addWorkingDays, isOpenLead, LEAD_MOVES, LEAD_STATUS_ORDER, leadDeadlines, LeadTimeline, LeadTimeRules } from './leads';

/** Lengths of a lead's and a contact's text fields, shared by inputs, importer and forms. */
export const LEAD_LIMITS = {
  title: 200,
  codeName: 100,
  nextAction: 1000,
  reason: 1000,
  people: 500,
  summary: 4000,
  outcome: 4000,
  nextStep: 1000,
  projectName: 200,
} as const;

/** The range each time rule may be set to (whole days). */
export const LEAD_TIME_RULE_RANGES: Readonly<Record<keyof LeadTimeRules, { min: number; max: number }>> = {
  firstContactWorkingDays: { min: 0, max: 30 },
  assessmentWorkingDays: { min: 0, max: 60 },
  staleDays: { min: 1, max: 365 },
};

/** What is wrong with a set of time rules, or null. The assessment cannot come before the first contact. */
export function leadTimeRulesProblem(rules: LeadTimeRules): { field: keyof LeadTimeRules; key: string; params: Record<string, number> } | null {
  for (const [field, range] of Object.entries(LEAD_TIME_RULE_RANGES) as Array<[keyof LeadTimeRules, { min: number; max: number }]>) {
    const value = rules[field];
    if (!Number.isInteger(value) || value < range.min || value > range.max) return { field, key: 'leadRules.range', params: { ...range } };
  }
  if (rules.assessmentWorkingDays < rules.firstContactWorkingDays) return { field: 'assessmentWorkingDays', key: 'leadRules.order', params: {} };
  return null;
}

/** The latest creation date whose deadline (`workingDays` after it) has passed on `today`, i.e. is before today. */
function latestCreatedOnPast(today: string, workingDays: number): string {
  // addWorkingDays is non-decreasing in its start date, so walk back from today until the deadline is before today.
  let day = today;
  for (let i = 0; i < 400; i++) {
    if (addWorkingDays(day, workingDays) < today) return day;
    day = shift(day, -1);
  }
  return day;
}

function shift(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export interface LeadAlertCutoffs {
  /** An open lead created on or before this date, with no first contact, is overdue for it. */
  firstContactCreatedOnOrBefore: string;
  /** An open lead created on or before this date, not yet assessed, is overdue for its assessment. */
  assessmentCreatedOnOrBefore: string;
  /** An open lead whose latest contact (or creation, without one) is on or before this date is stale. */
  staleLastTouchOnOrBefore: string;
}

/** The time rules on `today` as dates to compare columns with; they agree with leadDeadlines lead by lead. */
export function leadAlertCutoffs(today: string, rules: LeadTimeRules): LeadAlertCutoffs {
  return {
    firstContactCreatedOnOrBefore: latestCreatedOnPast(today, rules.firstContactWorkingDays),
    assessmentCreatedOnOrBefore: latestCreatedOnPast(today, rules.assessmentWorkingDays),
    staleLastTouchOnOrBefore: shift(today, -rules.staleDays),
  };
}

/** A lead's alarms, as the "My work" page groups them. */
export enum LeadAlert {
  FIRST_CONTACT_OVERDUE = 'FIRST_CONTACT_OVERDUE',
  ASSESSMENT_OVERDUE = 'ASSESSMENT_OVERDUE',
  NEXT_ACTION_OVERDUE = 'NEXT_ACTION_OVERDUE',
  NEXT_ACTION_TODAY = 'NEXT_ACTION_TODAY',
  STALE = 'STALE',
}

/** The alarms in their display order (as "My work" lists them). */
export const LEAD_ALERT_ORDER: readonly LeadAlert[] = [
  LeadAlert.FIRST_CONTACT_OVERDUE,
  LeadAlert.ASSESSMENT_OVERDUE,
  LeadAlert.NEXT_ACTION_OVERDUE,
  LeadAlert.NEXT_ACTION_TODAY,
  LeadAlert.STALE,
];

/** The alarms an open lead raises on `today`; none for a closed lead. */
export function leadAlerts(lead: LeadTimeline, today: string, rules: LeadTimeRules): LeadAlert[] {
  if (!isOpenLead(lead.status)) return [];
  const d = leadDeadlines(lead, today, rules);
  const alerts: LeadAlert[] = [];
  if (d.firstContactOverdue) alerts.push(LeadAlert.FIRST_CONTACT_OVERDUE);
  if (d.assessmentOverdue) alerts.push(LeadAlert.ASSESSMENT_OVERDUE);
  if (d.nextActionOverdue) alerts.push(LeadAlert.NEXT_ACTION_OVERDUE);
  if (lead.nextActionDue === today) alerts.push(LeadAlert.NEXT_ACTION_TODAY);
  if (d.stale) alerts.push(LeadAlert.STALE);
  return alerts;
}

export interface WorkBuckets<T> {
  open: T[];
  firstContactOverdue: T[];
  assessmentOverdue: T[];
  overdueNextActions: T[];
  dueToday: T[];
  stale: T[];
}

/** Sorts open leads into the "My work" lists (a lead may be in several); closed leads are left out. */
export function workBuckets<T extends LeadTimeline>(leads: readonly T[], today: string, rules: LeadTimeRules): WorkBuckets<T> {
  const buckets: WorkBuckets<T> = { open: [], firstContactOverdue: [], assessmentOverdue: [], overdueNextActions: [], dueToday: [], stale: [] };
  for (const lead of leads) {
    if (!isOpenLead(lead.status)) continue;
    buckets.open.push(lead);
    for (const alert of leadAlerts(lead, today, rules)) {
      if (alert === LeadAlert.FIRST_CONTACT_OVERDUE) buckets.firstContactOverdue.push(lead);
      if (alert === LeadAlert.ASSESSMENT_OVERDUE) buckets.assessmentOverdue.push(lead);
      if (alert === LeadAlert.NEXT_ACTION_OVERDUE) buckets.overdueNextActions.push(lead);
      if (alert === LeadAlert.NEXT_ACTION_TODAY) buckets.dueToday.push(lead);
      if (alert === LeadAlert.STALE) buckets.stale.push(lead);
    }
  }
  return buckets;
}

/** Statuses a lead must have passed through to have been contacted: moving into one records a first contact (LEAD_MOVES). */
export const CONTACTED_LEAD_STATUSES: readonly LeadStatus[] = LEAD_STATUS_ORDER.filter((s) => LEAD_MOVES[s].records.includes('firstContactOn'));
