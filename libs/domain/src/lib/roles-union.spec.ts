import { Actor, can, canLeadChain, canOnChain, mayOwnLeads, primaryRole, Role, ROLE_ORDER, scopeFor, sortRoles, PERMISSIONS } from '../index';

const chainA = { id: 'chain-a', leaderId: 'leader-a', leadDepartmentId: 'dept-a' };
const chainB = { id: 'chain-b', leaderId: 'leader-b', leadDepartmentId: 'dept-b' };

describe('several roles and chains per user', () => {
  it('orders a set of roles by ROLE_ORDER, repeats dropped; the first is the primary role', () => {
    expect(sortRoles([Role.VIEWER, Role.CHAIN_LEADER, Role.VIEWER])).toEqual([Role.CHAIN_LEADER, Role.VIEWER]);
    expect(primaryRole([Role.VIEWER, Role.MEETING_SECRETARY, Role.INVESTMENT_STAFF])).toBe(Role.INVESTMENT_STAFF);
    expect(primaryRole([])).toBeNull();
    expect(ROLE_ORDER).toContain(Role.MEETING_SECRETARY);
  });

  it('takes the widest scope of any of the roles', () => {
    const both: Actor = { id: 'u', role: Role.INVESTMENT_STAFF, roles: [Role.INVESTMENT_STAFF, Role.CHAIN_LEADER], departmentId: null };
    expect(scopeFor(both, 'lead.edit')).toBe('all');
    expect(scopeFor(both, 'workPlan.edit')).toBe('own');
    expect(can({ role: Role.VIEWER }, 'workPlan.edit')).toBe(false);
    expect(can({ role: Role.VIEWER, roles: [Role.VIEWER, Role.LEAD_DEPARTMENT_MEMBER] }, 'workPlan.edit')).toBe(true);
    expect(mayOwnLeads({ role: Role.VIEWER, roles: [Role.VIEWER, Role.INVESTMENT_STAFF] })).toBe(true);
    expect(mayOwnLeads(Role.VIEWER)).toBe(false);
    expect(canLeadChain({ role: Role.LEAD_DEPARTMENT_MEMBER, roles: [Role.LEAD_DEPARTMENT_MEMBER, Role.CHAIN_LEADER] })).toBe(true);
    expect(canLeadChain(Role.INVESTMENT_STAFF)).toBe(false);
  });

  it('counts the chains a user is assigned to among their own chains, beside those they lead or their department leads', () => {
    const member: Actor = { id: 'u', role: Role.LEAD_DEPARTMENT_MEMBER, departmentId: null, chainIds: ['chain-a'] };
    expect(canOnChain(member, 'workPlan.edit', chainA)).toBe(true);
    expect(canOnChain(member, 'workPlan.edit', chainB)).toBe(false);
    expect(canOnChain({ ...member, departmentId: 'dept-b' }, 'workPlan.edit', chainB)).toBe(true);
    expect(canOnChain({ ...member, id: 'leader-b', chainIds: [] }, 'workPlan.edit', chainB)).toBe(true);
    // A chain known without its id is judged by its leader and department alone.
    expect(canOnChain(member, 'workPlan.edit', { leaderId: 'x', leadDepartmentId: 'y' })).toBe(false);
  });

  it('lets the meeting secretary read everything and change nothing yet', () => {
    const grants = PERMISSIONS[Role.MEETING_SECRETARY];
    expect(Object.values(grants).every((scope) => scope === 'all')).toBe(true);
    for (const op of ['chain.read', 'company.read', 'lead.read', 'project.read', 'user.read', 'department.read'] as const) expect(can({ role: Role.MEETING_SECRETARY }, op)).toBe(true);
    for (const op of ['lead.edit', 'project.edit', 'user.manage', 'company.edit'] as const) expect(can({ role: Role.MEETING_SECRETARY }, op)).toBe(false);
  });
});
