import { Role, rolesOf, type RoleHolder } from './roles';

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
  'lead.own',
  'prospect.edit',
  'data.import',
  'settings.manage',
  'user.read',
  'user.manage',
  'department.read',
  'department.manage',
  'project.read',
  'project.edit',
  'project.stage',
  'project.issue',
  'project.funds',
  'project.own',
  'meeting.read',
  'meeting.manage',
  'meeting.record',
  'action.edit',
  'indicator.record',
  'company.delete',
  'lead.delete',
  'project.delete',
  'record.restore',
  'audit.read',
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
  'project.read': 'all',
  'meeting.read': 'all',
};

/**
 * The project work of those who run a chain day to day: edit projects, move their stages, raise and close their
 * coordination issues, enter funds in place, on the chains the grant reaches.
 */
const PROJECT_WORK = (scope: Scope): Grants => ({ 'project.edit': scope, 'project.stage': scope, 'project.issue': scope, 'project.funds': scope });

/**
 * The progress meeting (项目推进会): prepare it and its agenda (manage), record notes, decisions, actions and
 * close-outs during it (record), and tick off action items (action.edit; an owner may always tick off their own).
 */
const MEETINGS = (scope: Scope): Grants => ({ 'meeting.manage': scope, 'meeting.record': scope, 'action.edit': scope });

/**
 * Who may be the owner (负责人) of a lead or a project: investment staff on every chain, chain leaders and
 * lead-department members on their own chains. District leaders and viewers own none (leaders direct, they are not
 * owners); admins may, as they may do everything.
 */
const OWN = (scope: Scope): Grants => ({ 'lead.own': scope, 'project.own': scope });

/** The permissions table: role → operations it may perform, and on which chains. The API enforces exactly this. */
export const PERMISSIONS: Readonly<Record<Role, Grants>> = {
  [Role.ADMIN]: Object.fromEntries(OPERATIONS.map((op) => [op, 'all'])) as Grants,
  [Role.DISTRICT_LEADER]: {
    ...READ_ALL,
    'workPlan.edit': 'all',
    'policy.edit': 'all',
    'chainMap.edit': 'all',
    'company.edit': 'all',
    'lead.edit': 'all',
    'prospect.edit': 'all',
    ...PROJECT_WORK('all'),
    'meeting.record': 'all',
    'action.edit': 'all',
    'indicator.record': 'all',
  },
  [Role.CHAIN_LEADER]: {
    ...READ_ALL,
    'workPlan.edit': 'own',
    'policy.edit': 'own',
    'chainMap.edit': 'own',
    'company.edit': 'all',
    'lead.edit': 'own',
    'prospect.edit': 'own',
    ...PROJECT_WORK('own'),
    ...OWN('own'),
    ...MEETINGS('own'),
    // A chain leader may soft-delete their chain's leads and projects; only an admin restores them (record.restore).
    'lead.delete': 'own',
    'project.delete': 'own',
  },
  [Role.LEAD_DEPARTMENT_MEMBER]: {
    ...READ_ALL,
    'workPlan.edit': 'own',
    'policy.edit': 'own',
    'chainMap.edit': 'own',
    'company.edit': 'all',
    'lead.edit': 'own',
    'prospect.edit': 'own',
    'data.import': 'all',
    ...PROJECT_WORK('own'),
    ...OWN('own'),
  },
  [Role.INVESTMENT_STAFF]: {
    ...READ_ALL,
    'company.edit': 'all',
    'company.merge': 'all',
    'lead.edit': 'all',
    'prospect.edit': 'all',
    'data.import': 'all',
    ...PROJECT_WORK('all'),
    ...OWN('all'),
  },
  // The meeting secretary (会议秘书) reads everything a progress meeting goes through; the meeting operations add theirs.
  [Role.MEETING_SECRETARY]: { ...READ_ALL, ...MEETINGS('all') },
  [Role.VIEWER]: { ...READ_ALL },
};

/**
 * Who acts, as the permissions table reads them. A user may hold several roles (`roles`; the primary `role` alone
 * when left out) and be assigned chains of their own beyond those they lead or their department leads (`chainIds`).
 */
export interface Actor extends RoleHolder {
  id: string;
  departmentId: string | null;
  /** Chains the user is assigned to (e.g. investment staff working a chain): their own chains too. */
  chainIds?: readonly string[] | null;
}

export interface ChainOwnership {
  /** The chain's id: needed to count the chains a user is assigned to (Actor.chainIds). */
  id?: string;
  leaderId: string;
  leadDepartmentId: string;
}

/** The scope a role has for an operation, or null when it has none. */
export function scopeOf(role: Role, operation: Operation): Scope | null {
  return PERMISSIONS[role]?.[operation] ?? null;
}

/** The widest scope any of the user's roles has for an operation (`all` before `own`), or null when none has it. */
export function scopeFor(holder: Role | RoleHolder, operation: Operation): Scope | null {
  let widest: Scope | null = null;
  for (const role of rolesOf(holder)) {
    const scope = scopeOf(role, operation);
    if (scope === 'all') return 'all';
    if (scope === 'own') widest = 'own';
  }
  return widest;
}

/** Whether the actor may perform the operation at all (on some chain), by any of their roles. */
export function can(actor: Role | RoleHolder, operation: Operation): boolean {
  return scopeFor(actor, operation) !== null;
}

/**
 * Whether a chain is one of the actor's own chains: the chain they lead (链长), one their department leads
 * (牵头部门), or one they are assigned to. The one rule behind every `own` grant; SQL mirrors it as
 * `c.leader_id = :actorId OR c.lead_department_id = :departmentId OR c.id = ANY(:chainIds)`.
 */
export function ownsChain(actor: Pick<Actor, 'id' | 'departmentId' | 'chainIds'>, chain: ChainOwnership): boolean {
  return (
    chain.leaderId === actor.id ||
    (actor.departmentId !== null && chain.leadDepartmentId === actor.departmentId) ||
    (chain.id !== undefined && (actor.chainIds ?? []).includes(chain.id))
  );
}

/** Whether the actor may perform the operation on this particular chain: the union of their roles and their chains. */
export function canOnChain(actor: Actor, operation: Operation, chain: ChainOwnership): boolean {
  const scope = scopeFor(actor, operation);
  if (scope === 'all') return true;
  if (scope !== 'own') return false;
  return ownsChain(actor, chain);
}

/** Whether users of this role (or a user with these roles) may own leads at all (on some chain): the owner pickers offer only them. */
export function mayOwnLeads(holder: Role | RoleHolder): boolean {
  return scopeFor(holder, 'lead.own') !== null;
}

/** Whether users of this role (or a user with these roles) may own projects at all (on some chain). */
export function mayOwnProjects(holder: Role | RoleHolder): boolean {
  return scopeFor(holder, 'project.own') !== null;
}

/** Whether this user may be made the owner of a lead on this chain. */
export function mayOwnLeadOn(owner: Actor, chain: ChainOwnership): boolean {
  return canOnChain(owner, 'lead.own', chain);
}

/** Whether this user may be made the owner of a project on this chain. */
export function mayOwnProjectOn(owner: Actor, chain: ChainOwnership): boolean {
  return canOnChain(owner, 'project.own', chain);
}
