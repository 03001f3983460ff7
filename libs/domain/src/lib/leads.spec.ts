import { addWorkingDays, canSeeConfidential, DEFAULT_LEAD_TIME_RULES, leadDeadlines, leadMoveProblem, LeadStatus, Role } from '../index';

describe('lead status moves', () => {
  it('allows the forward moves and refuses the rest', () => {
    expect(leadMoveProblem(LeadStatus.NEW, LeadStatus.CONTACTED)).toBeNull();
    expect(leadMoveProblem(LeadStatus.NEGOTIATING, LeadStatus.CONVERTED)).toBeNull();
    expect(leadMoveProblem(LeadStatus.NEW, LeadStatus.CONVERTED)).toBe('notAllowed');
    expect(leadMoveProblem(LeadStatus.DROPPED, LeadStatus.NEW)).toBe('notAllowed');
    expect(leadMoveProblem(LeadStatus.SHELVED, LeadStatus.CONTACTED)).toBeNull();
  });

  it('needs a reason to drop a lead', () => {
    expect(leadMoveProblem(LeadStatus.VISITED, LeadStatus.DROPPED)).toBe('reasonRequired');
    expect(leadMoveProblem(LeadStatus.VISITED, LeadStatus.DROPPED, '   ')).toBe('reasonRequired');
    expect(leadMoveProblem(LeadStatus.VISITED, LeadStatus.DROPPED, '企业决定投资重庆')).toBeNull();
  });
});

describe('lead time rules', () => {
  it('counts working days over weekends', () => {
    expect(addWorkingDays('2025-11-21', 1)).toBe('2025-11-24'); // Friday → Monday
    expect(addWorkingDays('2025-11-24', 3)).toBe('2025-11-27');
    expect(addWorkingDays('2025-11-22', 1)).toBe('2025-11-24'); // Saturday → Monday
  });

  const lead = { status: LeadStatus.NEW, createdOn: '2025-11-21', firstContactOn: null, assessedOn: null, lastContactOn: null, nextActionDue: null };

  it('flags a missing first contact after one working day and a missing assessment after three', () => {
    expect(leadDeadlines(lead, '2025-11-24').firstContactOverdue).toBe(false);
    expect(leadDeadlines(lead, '2025-11-25').firstContactOverdue).toBe(true);
    expect(leadDeadlines(lead, '2025-11-26').assessmentOverdue).toBe(false);
    expect(leadDeadlines(lead, '2025-11-27').assessmentOverdue).toBe(true);
    expect(leadDeadlines({ ...lead, firstContactOn: '2025-11-24' }, '2025-11-27').firstContactOverdue).toBe(false);
  });

  it('calls an open lead stale after 14 days without contact, and a closed one never', () => {
    const contacted = { ...lead, status: LeadStatus.CONTACTED, lastContactOn: '2025-11-01' };
    expect(leadDeadlines(contacted, '2025-11-14').stale).toBe(false);
    expect(leadDeadlines(contacted, '2025-11-15').stale).toBe(true);
    expect(leadDeadlines({ ...contacted, status: LeadStatus.DROPPED }, '2025-12-31').stale).toBe(false);
    expect(leadDeadlines(contacted, '2025-11-15', { ...DEFAULT_LEAD_TIME_RULES, staleDays: 30 }).stale).toBe(false);
  });

  it('flags an overdue next action', () => {
    expect(leadDeadlines({ ...lead, nextActionDue: '2025-11-25' }, '2025-11-26').nextActionOverdue).toBe(true);
    expect(leadDeadlines({ ...lead, nextActionDue: '2025-11-26' }, '2025-11-26').nextActionOverdue).toBe(false);
  });
});

describe('confidential leads', () => {
  const lead = { confidential: true, ownerId: 'owner', chainLeaderId: 'leader' };
  it('shows them to the owner, the chain leader, admins and district leaders only', () => {
    expect(canSeeConfidential({ id: 'owner', role: Role.INVESTMENT_STAFF }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'leader', role: Role.CHAIN_LEADER }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.ADMIN }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.DISTRICT_LEADER }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.INVESTMENT_STAFF }, lead)).toBe(false);
    expect(canSeeConfidential({ id: 'x', role: Role.CHAIN_LEADER }, lead)).toBe(false);
    expect(canSeeConfidential({ id: 'x', role: Role.VIEWER }, { ...lead, confidential: false })).toBe(true);
  });
});
