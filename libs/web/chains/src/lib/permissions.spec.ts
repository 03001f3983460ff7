import { Role } from '@chainboard/domain';
import { chainAbilities, NO_ABILITIES } from './permissions';

const chain = { leaderId: 'leader-1', leadDepartmentId: 'dept-1' };
const actor = (role: Role, id = 'someone', departmentId: string | null = null) => ({ id, role, departmentId });

describe('chainAbilities', () => {
  it('lets only an admin reassign, and admins edit everything', () => {
    expect(chainAbilities(actor(Role.ADMIN), chain)).toEqual({ reassign: true, editWorkPlan: true, editPolicies: true });
  });

  it('lets a district leader edit every chain but not reassign', () => {
    expect(chainAbilities(actor(Role.DISTRICT_LEADER), chain)).toEqual({ reassign: false, editWorkPlan: true, editPolicies: true });
  });

  it('lets a chain leader edit the chain they lead, and only that one', () => {
    expect(chainAbilities(actor(Role.CHAIN_LEADER, 'leader-1'), chain)).toEqual({ reassign: false, editWorkPlan: true, editPolicies: true });
    expect(chainAbilities(actor(Role.CHAIN_LEADER, 'leader-spare'), chain)).toEqual(NO_ABILITIES);
  });

  it("lets a lead-department member edit the chains of their department", () => {
    expect(chainAbilities(actor(Role.LEAD_DEPARTMENT_MEMBER, 'm', 'dept-1'), chain)).toEqual({
      reassign: false,
      editWorkPlan: true,
      editPolicies: true,
    });
    expect(chainAbilities(actor(Role.LEAD_DEPARTMENT_MEMBER, 'm', 'dept-2'), chain)).toEqual(NO_ABILITIES);
  });

  it('leaves viewers, staff and the signed-out read-only', () => {
    expect(chainAbilities(actor(Role.VIEWER, 'leader-1', 'dept-1'), chain)).toEqual(NO_ABILITIES);
    expect(chainAbilities(actor(Role.INVESTMENT_STAFF, 'leader-1', 'dept-1'), chain)).toEqual(NO_ABILITIES);
    expect(chainAbilities(null, chain)).toEqual(NO_ABILITIES);
  });
});
