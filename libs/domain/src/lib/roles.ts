/** Roles of the people who use Chainboard. */
export enum Role {
  ADMIN = 'ADMIN',
  DISTRICT_LEADER = 'DISTRICT_LEADER',
  CHAIN_LEADER = 'CHAIN_LEADER',
  LEAD_DEPARTMENT_MEMBER = 'LEAD_DEPARTMENT_MEMBER',
  INVESTMENT_STAFF = 'INVESTMENT_STAFF',
  VIEWER = 'VIEWER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles that may be made the leader (链长) of an industry chain. */
export const CHAIN_LEADER_ROLES: readonly Role[] = [Role.CHAIN_LEADER, Role.DISTRICT_LEADER];

export function canLeadChain(role: Role): boolean {
  return CHAIN_LEADER_ROLES.includes(role);
}

/** Roles in their display and sort order: widest rights first (user lists, pickers, the role filter). */
export const ROLE_ORDER: readonly Role[] = [
  Role.ADMIN,
  Role.DISTRICT_LEADER,
  Role.CHAIN_LEADER,
  Role.LEAD_DEPARTMENT_MEMBER,
  Role.INVESTMENT_STAFF,
  Role.VIEWER,
];

/** A role's place in ROLE_ORDER (0 first). SQL mirrors it with array_position over ROLE_ORDER. */
export function roleRank(role: Role): number {
  return ROLE_ORDER.indexOf(role);
}
