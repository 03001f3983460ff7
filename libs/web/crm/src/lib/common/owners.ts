import { canOnChain, Role, scopeFor, type Actor, type ChainOwnership } from '@chainboard/domain';

/** The permissions that make a user someone who may own (pursue) a record: a lead (or a prospect), or a project. */
export type OwnOperation = 'lead.own' | 'project.own';

/** A staff member as the owner pickers read them. */
export interface OwnerCandidate {
  id: string;
  displayName: string;
  role: `${Role}`;
  /** Every role the user holds; the primary `role` alone when left out. */
  roles?: readonly `${Role}`[] | null;
  departmentId?: string | null;
  /** The chains the user is assigned to, their own chains too. */
  chainIds?: readonly string[] | null;
}

function actorOf(user: OwnerCandidate): Actor {
  return { id: user.id, role: Role[user.role], roles: user.roles?.map((role) => Role[role]) ?? null, departmentId: user.departmentId ?? null, chainIds: user.chainIds ?? null };
}

/**
 * The users an owner picker offers, by the permissions table: those whose roles have the permission (e.g. 'lead.own'),
 * and, for a record on a chain, only those it reaches on that chain (chain leaders and lead-department members own
 * only on their own chains). Viewers, who have no such permission, are never offered.
 */
export function ownerCandidates<U extends OwnerCandidate>(users: readonly U[], operation: OwnOperation = 'lead.own', chain?: ChainOwnership | null): U[] {
  return users.filter((user) => (chain ? canOnChain(actorOf(user), operation, chain) : scopeFor(actorOf(user), operation) !== null));
}
