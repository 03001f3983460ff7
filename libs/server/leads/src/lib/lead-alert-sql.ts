import { LeadAlert, leadAlertCutoffs, LeadTimeRules } from '@chainboard/domain';

/**
 * Each alarm as SQL on a lead row `l` that is open (the caller filters the open statuses), with the parameters that
 * leadAlertParams gives. Lead by lead the same as leadAlerts in libs/domain: the rules' cutoffs are dates
 * (leadAlertCutoffs), so that a database can filter and count by them.
 */
export const LEAD_ALERT_SQL: Readonly<Record<LeadAlert, string>> = {
  [LeadAlert.FIRST_CONTACT_OVERDUE]: 'l.first_contact_on IS NULL AND l.created_on <= :cutFirst',
  [LeadAlert.ASSESSMENT_OVERDUE]: 'l.assessed_on IS NULL AND l.created_on <= :cutAssess',
  [LeadAlert.NEXT_ACTION_OVERDUE]: 'l.next_action_due < :today',
  [LeadAlert.NEXT_ACTION_TODAY]: 'l.next_action_due = :today',
  [LeadAlert.STALE]: 'COALESCE(l.last_contact_on, l.created_on) <= :cutStale',
};

/** The parameters of LEAD_ALERT_SQL on `today` under the rules. */
export function leadAlertParams(today: string, rules: LeadTimeRules): { today: string; cutFirst: string; cutAssess: string; cutStale: string } {
  const cut = leadAlertCutoffs(today, rules);
  return { today, cutFirst: cut.firstContactCreatedOnOrBefore, cutAssess: cut.assessmentCreatedOnOrBefore, cutStale: cut.staleLastTouchOnOrBefore };
}
