import { addWorkingDays, DEFAULT_LEAD_TIME_RULES, LeadAlert, leadAlertCutoffs, leadAlerts, leadDeadlines, LeadStatus, leadTimeRulesProblem, workBuckets } from '../index';

const lead = (over: Partial<Parameters<typeof leadDeadlines>[0]> = {}) => ({
  status: LeadStatus.NEW,
  createdOn: '2025-11-21',
  firstContactOn: null,
  assessedOn: null,
  lastContactOn: null,
  nextActionDue: null,
  ...over,
});

function dates(from: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return d.toISOString().slice(0, 10);
  });
}

describe('alert cutoffs', () => {
  const RULES = [DEFAULT_LEAD_TIME_RULES, { firstContactWorkingDays: 0, assessmentWorkingDays: 5, staleDays: 1 }, { firstContactWorkingDays: 2, assessmentWorkingDays: 10, staleDays: 30 }];

  function expectAgreement(todays: string[], createdOns: string[]): void {
    for (const rules of RULES) {
      for (const today of todays) {
        const cut = leadAlertCutoffs(today, rules);
        for (const createdOn of createdOns.filter((d) => d <= today)) {
          const d = leadDeadlines(lead({ createdOn }), today, rules);
          expect([createdOn, today, createdOn <= cut.firstContactCreatedOnOrBefore]).toEqual([createdOn, today, d.firstContactOverdue]);
          expect(createdOn <= cut.assessmentCreatedOnOrBefore).toBe(d.assessmentOverdue);
          expect(createdOn <= cut.staleLastTouchOnOrBefore).toBe(d.stale);
        }
      }
    }
  }

  it('agree with leadDeadlines for every creation date, today and rule', () => {
    expectAgreement(dates('2025-11-01', 21), dates('2025-10-01', 60));
  });

  it('agree with leadDeadlines over the official holidays and the weekend days worked in lieu', () => {
    // Spring Festival 2026 (15–23 February, Saturdays 14 and 28 February worked), and Mid-Autumn with National Day
    // (25–27 September and 1–7 October, Sunday 20 September and Saturday 10 October worked).
    expectAgreement(dates('2026-02-10', 24), dates('2026-01-10', 50));
    expectAgreement(dates('2026-09-18', 28), dates('2026-08-20', 60));
  });

  it('put the leads created on the eve of National Day or during it past their deadlines only after the holiday', () => {
    // Created on Tuesday 29 September: first contact due on the 30th, assessment on 9 October.
    expect(leadAlertCutoffs('2026-10-08', DEFAULT_LEAD_TIME_RULES).firstContactCreatedOnOrBefore).toBe('2026-09-29');
    // Created from Wednesday 30 September to 7 October: first contact due on 8 October, assessment on Saturday 10 October.
    expect(leadAlertCutoffs('2026-10-09', DEFAULT_LEAD_TIME_RULES).firstContactCreatedOnOrBefore).toBe('2026-10-07');
    expect(leadAlertCutoffs('2026-10-10', DEFAULT_LEAD_TIME_RULES).assessmentCreatedOnOrBefore).toBe('2026-09-29');
    expect(leadAlertCutoffs('2026-10-11', DEFAULT_LEAD_TIME_RULES).assessmentCreatedOnOrBefore).toBe('2026-10-07');
  });
});

describe('the work of a day', () => {
  const today = '2025-11-27'; // Thursday
  it('sorts open leads into the lists, a lead into every list it belongs to', () => {
    const fresh = lead({ createdOn: today, nextActionDue: today });
    const late = lead({ createdOn: '2025-11-21' });
    const staleOne = lead({ status: LeadStatus.CONTACTED, createdOn: '2025-10-01', firstContactOn: '2025-10-02', assessedOn: '2025-10-03', lastContactOn: '2025-11-10', nextActionDue: '2025-11-26' });
    const closed = lead({ status: LeadStatus.DROPPED, createdOn: '2025-01-01' });
    const b = workBuckets([fresh, late, staleOne, closed], today, DEFAULT_LEAD_TIME_RULES);
    expect(b.open).toEqual([fresh, late, staleOne]);
    expect(b.dueToday).toEqual([fresh]);
    expect(b.firstContactOverdue).toEqual([late]);
    expect(b.assessmentOverdue).toEqual([late]);
    expect(b.overdueNextActions).toEqual([staleOne]);
    expect(b.stale).toEqual([staleOne]);
    expect(leadAlerts(closed, today, DEFAULT_LEAD_TIME_RULES)).toEqual([]);
    expect(leadAlerts(fresh, today, DEFAULT_LEAD_TIME_RULES)).toEqual([LeadAlert.NEXT_ACTION_TODAY]);
    expect(addWorkingDays(late.createdOn, 1) < today).toBe(true);
  });
});

describe('time rules', () => {
  it('accepts the defaults and refuses values out of range or out of order', () => {
    expect(leadTimeRulesProblem(DEFAULT_LEAD_TIME_RULES)).toBeNull();
    expect(leadTimeRulesProblem({ ...DEFAULT_LEAD_TIME_RULES, staleDays: 0 })).toEqual({ field: 'staleDays', key: 'leadRules.range', params: { min: 1, max: 365 } });
    expect(leadTimeRulesProblem({ ...DEFAULT_LEAD_TIME_RULES, firstContactWorkingDays: 1.5 })?.field).toBe('firstContactWorkingDays');
    expect(leadTimeRulesProblem({ firstContactWorkingDays: 5, assessmentWorkingDays: 3, staleDays: 14 })).toEqual({ field: 'assessmentWorkingDays', key: 'leadRules.order', params: {} });
  });
});
