/** Roles of the people who use Chainboard. */
export enum Role {
  ADMIN = 'ADMIN',
  DISTRICT_LEADER = 'DISTRICT_LEADER',
  CHAIN_LEADER = 'CHAIN_LEADER',
  LEAD_DEPARTMENT_MEMBER = 'LEAD_DEPARTMENT_MEMBER',
  INVESTMENT_STAFF = 'INVESTMENT_STAFF',
  /** 会议秘书: prepares and records the progress meetings; reads everything a meeting goes through. */
  MEETING_SECRETARY = 'MEETING_SECRETARY',
  VIEWER = 'VIEWER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles that may be made the leader (链长) of an industry chain. */
export const CHAIN_LEADER_ROLES: readonly Role[] = [Role.CHAIN_LEADER, Role.DISTRICT_LEADER];

/** Who holds roles: a user with a primary role and, since a user may hold several, all of them. */
export interface RoleHolder {
  /** The primary role: the first of the user's roles in ROLE_ORDER. */
  role: Role;
  /** Every role the user holds (the primary one among them); just the primary role when left out. */
  roles?: readonly Role[] | null;
}

/** The roles a user holds: all of them, or the one role when only that is known. */
export function rolesOf(holder: Role | RoleHolder): readonly Role[] {
  if (typeof holder === 'string') return [holder];
  return holder.roles && holder.roles.length > 0 ? holder.roles : [holder.role];
}

/** Whether a user (or a role) may lead a chain: one of their roles is a chain-leading role. */
export function canLeadChain(holder: Role | RoleHolder): boolean {
  return rolesOf(holder).some((role) => CHAIN_LEADER_ROLES.includes(role));
}

/** Roles in their display and sort order: widest rights first (user lists, pickers, the role filter). */
export const ROLE_ORDER: readonly Role[] = [
  Role.ADMIN,
  Role.DISTRICT_LEADER,
  Role.CHAIN_LEADER,
  Role.LEAD_DEPARTMENT_MEMBER,
  Role.INVESTMENT_STAFF,
  Role.MEETING_SECRETARY,
  Role.VIEWER,
];

/** A role's place in ROLE_ORDER (0 first). SQL mirrors it with array_position over ROLE_ORDER. */
export function roleRank(role: Role): number {
  return ROLE_ORDER.indexOf(role);
}

/** A set of roles without repeats, in ROLE_ORDER (unknown values dropped). */
export function sortRoles(roles: Iterable<Role>): Role[] {
  const held = new Set(roles);
  return ROLE_ORDER.filter((role) => held.has(role));
}

/** The primary role of a set of roles: the widest (first in ROLE_ORDER); null for none. */
export function primaryRole(roles: Iterable<Role>): Role | null {
  return sortRoles(roles)[0] ?? null;
}
