import { Role } from './roles';

/** Every operation the API guards. Later features add theirs here. */
export const OPERATIONS = [
  'chain.read',
  'chain.create',
  'chain.reassign',
  'workPlan.edit',
  'policy.edit',
  'chainMap.edit',
  'company.read',
  'company.edit',
  'company.merge',
  'companyList.manage',
  'lead.read',
  'lead.edit',
  'prospect.edit',
  'data.import',
  'settings.manage',
  'user.read',
  'user.manage',
  'department.read',
  'department.manage',
] as const;

export type Operation = (typeof OPERATIONS)[number];

/**
 * How far a grant reaches: `all` chains, or only the user's `own` chains
 * (the chain they lead, or the chains their department leads).
 */
export type Scope = 'all' | 'own';

type Grants = Partial<Record<Operation, Scope>>;

const READ_ALL: Grants = {
  'chain.read': 'all',
  'company.read': 'all',
  'lead.read': 'all',
  'user.read': 'all',
  'department.read': 'all',
};

/** The permissions table: role → operations it may perform, and on which chains. The API enforces exactly this. */
export const PERMISSIONS: Readonly<Record<Role, Grants>> = {
  [Role.ADMIN]: Object.fromEntries(OPERATIONS.map((op) => [op, 'all'])) as Grants,
  [Role.DISTRICT_LEADER]: { ...READ_ALL, 'workPlan.edit': 'all', 'policy.edit': 'all', 'chainMap.edit': 'all', 'company.edit': 'all', 'lead.edit': 'all', 'prospect.edit': 'all' },
  [Role.CHAIN_LEADER]: { ...READ_ALL, 'workPlan.edit': 'own', 'policy.edit': 'own', 'chainMap.edit': 'own', 'company.edit': 'all', 'lead.edit': 'own', 'prospect.edit': 'own' },
  [Role.LEAD_DEPARTMENT_MEMBER]: {
    ...READ_ALL,
    'workPlan.edit': 'own',
    'policy.edit': 'own',
    'chainMap.edit': 'own',
    'company.edit': 'all',
    'lead.edit': 'own',
    'prospect.edit': 'own',
    'data.import': 'all',
  },
  [Role.INVESTMENT_STAFF]: {
    ...READ_ALL,
    'company.edit': 'all',
    'company.merge': 'all',
    'lead.edit': 'all',
    'prospect.edit': 'all',
    'data.import': 'all',
  },
  [Role.VIEWER]: { ...READ_ALL },
};

export interface Actor {
  id: string;
  role: Role;
  departmentId: string | null;
}

export interface ChainOwnership {
  leaderId: string;
  leadDepartmentId: string;
}

/** The scope a role has for an operation, or null when it has none. */
export function scopeOf(role: Role, operation: Operation): Scope | null {
  return PERMISSIONS[role]?.[operation] ?? null;
}

/** Whether the actor may perform the operation at all (on some chain). */
export function can(actor: Pick<Actor, 'role'>, operation: Operation): boolean {
  return scopeOf(actor.role, operation) !== null;
}

/** Whether the actor may perform the operation on this particular chain. */
export function canOnChain(actor: Actor, operation: Operation, chain: ChainOwnership): boolean {
  const scope = scopeOf(actor.role, operation);
  if (scope === 'all') return true;
  if (scope !== 'own') return false;
  return chain.leaderId === actor.id || (actor.departmentId !== null && chain.leadDepartmentId === actor.departmentId);
}
