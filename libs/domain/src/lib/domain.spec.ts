import {
  PERMISSIONS,
  OPERATIONS,
  Role,
  can,
  canOnChain,
  districtDate,
  isIsoDate,
  isDecimalString,
  normalizeDecimal,
  pickLanguage,
  workPlanProgress,
  TaskStatus,
  isTaskOverdue,
  ERROR_MESSAGES,
  wouldCreateCycle,
  isGap,
  isUncovered,
  NodeStatus,
} from '../index';

describe('permissions table', () => {
  const chain = { leaderId: 'u-leader', leadDepartmentId: 'd-lead' };

  it('gives the admin every operation on every chain', () => {
    for (const op of OPERATIONS) expect(PERMISSIONS[Role.ADMIN][op]).toBe('all');
  });

  it('lets a chain leader edit the work plan of the chain they lead, and no other', () => {
    const leader = { id: 'u-leader', role: Role.CHAIN_LEADER, departmentId: null };
    expect(canOnChain(leader, 'workPlan.edit', chain)).toBe(true);
    expect(canOnChain(leader, 'workPlan.edit', { ...chain, leaderId: 'someone-else' })).toBe(false);
    expect(can(leader, 'chain.reassign')).toBe(false);
  });

  it('lets a lead-department member edit the chains their department leads', () => {
    const member = { id: 'u-m', role: Role.LEAD_DEPARTMENT_MEMBER, departmentId: 'd-lead' };
    expect(canOnChain(member, 'policy.edit', chain)).toBe(true);
    expect(canOnChain({ ...member, departmentId: 'd-other' }, 'policy.edit', chain)).toBe(false);
    expect(canOnChain({ ...member, departmentId: null }, 'policy.edit', chain)).toBe(false);
  });

  it('leaves viewers and staff read-only on chains', () => {
    for (const role of [Role.VIEWER, Role.INVESTMENT_STAFF]) {
      const actor = { id: 'u-leader', role, departmentId: 'd-lead' };
      expect(can(actor, 'chain.read')).toBe(true);
      expect(canOnChain(actor, 'workPlan.edit', chain)).toBe(false);
    }
  });
});

describe('dates', () => {
  it('reads the calendar date in Asia/Shanghai, not UTC', () => {
    // 2025-03-31T17:00Z is already 1 April in Chengdu.
    expect(districtDate(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04-01');
    expect(districtDate(new Date('2025-03-31T15:59:59Z'))).toBe('2025-03-31');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});

describe('money', () => {
  it('accepts exact decimals and normalises trailing zeros', () => {
    expect(isDecimalString('150')).toBe(true);
    expect(isDecimalString('12.3456')).toBe(true);
    expect(isDecimalString('12.34567')).toBe(false);
    expect(isDecimalString('1e3')).toBe(false);
    expect(normalizeDecimal('150.0000')).toBe('150');
    expect(normalizeDecimal('12.5000')).toBe('12.5');
    expect(normalizeDecimal('100')).toBe('100');
  });
});

describe('work plan', () => {
  it('computes progress and overdue tasks', () => {
    const tasks = [{ status: TaskStatus.DONE }, { status: TaskStatus.TODO }, { status: TaskStatus.IN_PROGRESS }];
    expect(workPlanProgress(tasks)).toEqual({ done: 1, total: 3, percent: 33 });
    expect(workPlanProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
    expect(isTaskOverdue({ status: TaskStatus.TODO, dueDate: '2025-01-01' }, '2025-01-02')).toBe(true);
    expect(isTaskOverdue({ status: TaskStatus.DONE, dueDate: '2025-01-01' }, '2025-01-02')).toBe(false);
    expect(isTaskOverdue({ status: TaskStatus.TODO, dueDate: '2025-01-02' }, '2025-01-02')).toBe(false);
  });
});

describe('languages', () => {
  it('defaults to Chinese and switches on an English preference', () => {
    expect(pickLanguage(undefined)).toBe('zh-CN');
    expect(pickLanguage('en-US,en;q=0.9')).toBe('en');
    expect(pickLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
  });

  it('has every error message in both languages', () => {
    expect(Object.keys(ERROR_MESSAGES.en).sort()).toEqual(Object.keys(ERROR_MESSAGES['zh-CN']).sort());
  });
});

describe('chain-map rules', () => {
  const parents = new Map<string, string | null>([
    ['root', null],
    ['a', 'root'],
    ['b', 'a'],
    ['c', 'b'],
    ['other', null],
  ]);

  it('refuses to move a node under itself or one of its descendants', () => {
    expect(wouldCreateCycle('a', 'a', parents)).toBe(true);
    expect(wouldCreateCycle('a', 'c', parents)).toBe(true);
    expect(wouldCreateCycle('root', 'b', parents)).toBe(true);
  });

  it('allows moving a node under a sibling branch or to the top level', () => {
    expect(wouldCreateCycle('b', 'other', parents)).toBe(false);
    expect(wouldCreateCycle('c', 'root', parents)).toBe(false);
    expect(wouldCreateCycle('c', null, parents)).toBe(false);
  });

  it('calls weak and missing nodes gaps, uncovered when nothing active works on them', () => {
    expect(isGap(NodeStatus.STRONG)).toBe(false);
    expect(isGap(NodeStatus.WEAK)).toBe(true);
    expect(isUncovered(NodeStatus.MISSING, 0, 0)).toBe(true);
    expect(isUncovered(NodeStatus.MISSING, 1, 0)).toBe(false);
    expect(isUncovered(NodeStatus.WEAK, 0, 2)).toBe(false);
    expect(isUncovered(NodeStatus.STRONG, 0, 0)).toBe(false);
  });
});
