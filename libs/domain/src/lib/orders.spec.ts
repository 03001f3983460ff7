import {
  ALL_ROLES,
  comparePriorities,
  COMPANY_ROLE_ORDER,
  CompanyListCategory,
  CompanyRole,
  higherPriority,
  INTERACTION_TYPE_ORDER,
  InteractionType,
  LEAD_ALERT_ORDER,
  LEAD_SOURCE_ORDER,
  LeadAlert,
  LeadSource,
  LIST_CATEGORY_ORDER,
  LIST_LEVEL_ORDER,
  ListLevel,
  Priority,
  PRIORITY_ORDER,
  priorityRank,
  Role,
  ROLE_ORDER,
  roleRank,
} from '../index';

describe('fixed orders', () => {
  it('orders priorities highest first', () => {
    expect(PRIORITY_ORDER).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    expect(priorityRank(Priority.HIGH)).toBe(0);
    expect([Priority.LOW, Priority.HIGH, Priority.MEDIUM].sort(comparePriorities)).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    expect(higherPriority(Priority.LOW, Priority.MEDIUM)).toBe('MEDIUM');
    expect(higherPriority(Priority.HIGH, Priority.MEDIUM)).toBe('HIGH');
  });

  it('orders roles widest rights first', () => {
    expect(ROLE_ORDER).toEqual(['ADMIN', 'DISTRICT_LEADER', 'CHAIN_LEADER', 'LEAD_DEPARTMENT_MEMBER', 'INVESTMENT_STAFF', 'MEETING_SECRETARY', 'VIEWER']);
    expect([...ROLE_ORDER].sort()).toEqual([...ALL_ROLES].sort());
    expect([Role.VIEWER, Role.ADMIN, Role.INVESTMENT_STAFF].sort((a, b) => roleRank(a) - roleRank(b))).toEqual(['ADMIN', 'INVESTMENT_STAFF', 'VIEWER']);
  });

  it('lists every value of each enum exactly once', () => {
    const same = <T extends string>(order: readonly T[], values: readonly T[]) => expect([...order].sort()).toEqual([...values].sort());
    same(LEAD_SOURCE_ORDER, Object.values(LeadSource));
    same(INTERACTION_TYPE_ORDER, Object.values(InteractionType));
    same(LIST_CATEGORY_ORDER, Object.values(CompanyListCategory));
    same(LIST_LEVEL_ORDER, Object.values(ListLevel));
    same(COMPANY_ROLE_ORDER, Object.values(CompanyRole));
    same(LEAD_ALERT_ORDER, Object.values(LeadAlert));
  });

  it('keeps the orders the pages show today', () => {
    expect(INTERACTION_TYPE_ORDER).toEqual(['VISIT_OUT', 'VISIT_IN', 'CALL', 'MEETING', 'WECHAT', 'EMAIL', 'EVENT', 'NOTE']);
    expect(COMPANY_ROLE_ORDER).toEqual(['ANCHOR', 'LOCAL', 'TARGET']);
    expect(LEAD_ALERT_ORDER).toEqual(['FIRST_CONTACT_OVERDUE', 'ASSESSMENT_OVERDUE', 'NEXT_ACTION_OVERDUE', 'NEXT_ACTION_TODAY', 'STALE']);
  });
});
