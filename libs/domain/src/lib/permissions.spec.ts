import {
  ALL_ROLES,
  can,
  canOnChain,
  defaultChainId,
  mayOwnLeadOn,
  mayOwnLeads,
  mayOwnProjectOn,
  mayOwnProjects,
  Operation,
  OPERATIONS,
  ownsChain,
  PERMISSIONS,
  Role,
  scopeOf,
} from '../index';

const chain = { leaderId: 'u-leader', leadDepartmentId: 'd-lead' };
const PROJECT_OPS: Operation[] = ['project.read', 'project.edit', 'project.stage', 'project.issue', 'project.funds', 'project.own'];

describe('project and ownership grants', () => {
  it('adds the project operations and lead ownership to the table', () => {
    for (const op of [...PROJECT_OPS, 'lead.own' as const]) expect(OPERATIONS).toContain(op);
  });

  it('grants them role by role', () => {
    const table = Object.fromEntries(ALL_ROLES.map((role) => [role, Object.fromEntries([...PROJECT_OPS, 'lead.own'].map((op) => [op, scopeOf(role, op as Operation)]))]));
    expect(table).toEqual({
      ADMIN: { 'project.read': 'all', 'project.edit': 'all', 'project.stage': 'all', 'project.issue': 'all', 'project.funds': 'all', 'project.own': 'all', 'lead.own': 'all' },
      DISTRICT_LEADER: { 'project.read': 'all', 'project.edit': 'all', 'project.stage': 'all', 'project.issue': 'all', 'project.funds': 'all', 'project.own': null, 'lead.own': null },
      CHAIN_LEADER: { 'project.read': 'all', 'project.edit': 'own', 'project.stage': 'own', 'project.issue': 'own', 'project.funds': 'own', 'project.own': 'own', 'lead.own': 'own' },
      LEAD_DEPARTMENT_MEMBER: {
        'project.read': 'all',
        'project.edit': 'own',
        'project.stage': 'own',
        'project.issue': 'own',
        'project.funds': 'own',
        'project.own': 'own',
        'lead.own': 'own',
      },
      INVESTMENT_STAFF: { 'project.read': 'all', 'project.edit': 'all', 'project.stage': 'all', 'project.issue': 'all', 'project.funds': 'all', 'project.own': 'all', 'lead.own': 'all' },
      MEETING_SECRETARY: { 'project.read': 'all', 'project.edit': null, 'project.stage': null, 'project.issue': null, 'project.funds': null, 'project.own': null, 'lead.own': null },
      VIEWER: { 'project.read': 'all', 'project.edit': null, 'project.stage': null, 'project.issue': null, 'project.funds': null, 'project.own': null, 'lead.own': null },
    });
  });

  it('leaves the grants that were there unchanged', () => {
    expect(PERMISSIONS[Role.VIEWER]).toEqual({ 'chain.read': 'all', 'company.read': 'all', 'lead.read': 'all', 'user.read': 'all', 'department.read': 'all', 'project.read': 'all', 'meeting.read': 'all' });
    expect(scopeOf(Role.CHAIN_LEADER, 'lead.edit')).toBe('own');
    expect(scopeOf(Role.INVESTMENT_STAFF, 'company.merge')).toBe('all');
    expect(scopeOf(Role.DISTRICT_LEADER, 'chain.reassign')).toBeNull();
  });

  it('says who may own leads and projects', () => {
    expect(ALL_ROLES.filter(mayOwnLeads)).toEqual([Role.ADMIN, Role.CHAIN_LEADER, Role.LEAD_DEPARTMENT_MEMBER, Role.INVESTMENT_STAFF]);
    expect(ALL_ROLES.filter(mayOwnProjects)).toEqual([Role.ADMIN, Role.CHAIN_LEADER, Role.LEAD_DEPARTMENT_MEMBER, Role.INVESTMENT_STAFF]);
    const member = { id: 'u-m', role: Role.LEAD_DEPARTMENT_MEMBER, departmentId: 'd-lead' };
    const staff = { id: 'u-s', role: Role.INVESTMENT_STAFF, departmentId: null };
    const leader = { id: 'u-leader', role: Role.DISTRICT_LEADER, departmentId: null };
    expect(mayOwnLeadOn(member, chain)).toBe(true);
    expect(mayOwnLeadOn({ ...member, departmentId: 'd-other' }, chain)).toBe(false);
    expect(mayOwnLeadOn(staff, chain)).toBe(true);
    expect(mayOwnProjectOn(staff, chain)).toBe(true);
    expect(mayOwnProjectOn(leader, chain)).toBe(false); // a district leader leading the chain still owns nothing
    expect(mayOwnProjectOn({ ...leader, role: Role.CHAIN_LEADER }, chain)).toBe(true);
    expect(can(leader, 'project.stage')).toBe(true);
  });
});

describe('own chains', () => {
  it('are the chain one leads and the chains one’s department leads', () => {
    expect(ownsChain({ id: 'u-leader', departmentId: null }, chain)).toBe(true);
    expect(ownsChain({ id: 'u-x', departmentId: 'd-lead' }, chain)).toBe(true);
    expect(ownsChain({ id: 'u-x', departmentId: 'd-other' }, chain)).toBe(false);
    expect(ownsChain({ id: 'u-x', departmentId: null }, chain)).toBe(false);
  });

  it('decide every `own` grant', () => {
    const actors = [
      { id: 'u-leader', departmentId: null },
      { id: 'u-x', departmentId: 'd-lead' },
      { id: 'u-x', departmentId: 'd-other' },
    ];
    for (const role of ALL_ROLES) {
      for (const op of OPERATIONS) {
        if (scopeOf(role, op) !== 'own') continue;
        for (const a of actors) expect(canOnChain({ ...a, role }, op, chain)).toBe(ownsChain(a, chain));
      }
    }
  });
});

describe('default chain of a page with a chain filter', () => {
  const chains = [
    { id: 'c-health', leaderId: 'u-3', leadDepartmentId: 'd-wjj', sortOrder: 3 },
    { id: 'c-materials', leaderId: 'u-1', leadDepartmentId: 'd-jkx', sortOrder: 1 },
    { id: 'c-electronics', leaderId: 'u-2', leadDepartmentId: 'd-jkx', sortOrder: 2 },
    { id: 'c-fashion', leaderId: 'u-4', leadDepartmentId: 'd-wgl', sortOrder: 4 },
  ];

  it('is the chain the user leads', () => {
    expect(defaultChainId({ id: 'u-3', role: Role.CHAIN_LEADER, departmentId: null }, chains)).toBe('c-health');
    // Leading beats the department.
    expect(defaultChainId({ id: 'u-4', role: Role.CHAIN_LEADER, departmentId: 'd-jkx' }, chains)).toBe('c-fashion');
  });

  it('else the first chain the user’s department leads, by sort order', () => {
    expect(defaultChainId({ id: 'u-m', role: Role.LEAD_DEPARTMENT_MEMBER, departmentId: 'd-jkx' }, chains)).toBe('c-materials');
    expect(defaultChainId({ id: 'u-m', departmentId: 'd-wjj' }, chains)).toBe('c-health');
  });

  it('takes the order given where chains have no sort order', () => {
    const unsorted = chains.map((c) => ({ id: c.id, leaderId: c.leaderId, leadDepartmentId: c.leadDepartmentId }));
    expect(defaultChainId({ id: 'u-m', departmentId: 'd-jkx' }, unsorted)).toBe('c-materials');
    expect(defaultChainId({ id: 'u-m', departmentId: 'd-jkx' }, [...unsorted].reverse())).toBe('c-electronics');
  });

  it('is null for everyone else', () => {
    expect(defaultChainId({ id: 'u-admin', role: Role.ADMIN, departmentId: null }, chains)).toBeNull();
    expect(defaultChainId({ id: 'u-s', role: Role.INVESTMENT_STAFF, departmentId: 'd-none' }, chains)).toBeNull();
    expect(defaultChainId({ id: 'u-1', departmentId: null }, [])).toBeNull();
  });
});
