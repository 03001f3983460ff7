import { Role, canOnChain } from '@chainboard/domain';
import { actorOf } from './actor';
import { redirectTarget } from './redirect';

describe('actorOf', () => {
  it('turns the API user into the actor the permissions table reads', () => {
    const actor = actorOf({ id: 'u1', role: 'LEAD_DEPARTMENT_MEMBER', departmentId: 'd1' });
    expect(actor).toEqual({ id: 'u1', role: Role.LEAD_DEPARTMENT_MEMBER, roles: null, chainIds: null, departmentId: 'd1' });
    expect(canOnChain(actor, 'policy.edit', { leaderId: 'x', leadDepartmentId: 'd1' })).toBe(true);
  });

  it('carries every role and assigned chain of the user: the permissions are their union', () => {
    const actor = actorOf({ id: 'u3', role: 'INVESTMENT_STAFF', roles: ['INVESTMENT_STAFF', 'LEAD_DEPARTMENT_MEMBER'], chainIds: ['c1'], departmentId: null });
    expect(actor.roles).toEqual([Role.INVESTMENT_STAFF, Role.LEAD_DEPARTMENT_MEMBER]);
    expect(canOnChain(actor, 'workPlan.edit', { id: 'c1', leaderId: 'x', leadDepartmentId: 'd9' })).toBe(true);
    expect(canOnChain(actor, 'workPlan.edit', { id: 'c2', leaderId: 'x', leadDepartmentId: 'd9' })).toBe(false);
  });

  it('reads a missing department as none', () => {
    expect(actorOf({ id: 'u2', role: 'VIEWER' }).departmentId).toBeNull();
  });
});

describe('redirectTarget', () => {
  it('goes back to the page that asked for sign-in', () => {
    expect(redirectTarget({ from: '/chains/abc?tab=workPlan' })).toBe('/chains/abc?tab=workPlan');
  });

  it('goes home for anything else, and never off the site or back to /login', () => {
    expect(redirectTarget(null)).toBe('/');
    expect(redirectTarget({})).toBe('/');
    expect(redirectTarget({ from: 'https://evil.example/' })).toBe('/');
    expect(redirectTarget({ from: '//evil.example/' })).toBe('/');
    expect(redirectTarget({ from: '/login' })).toBe('/');
  });
});
