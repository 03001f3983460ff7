import { canOnChain, Role, scopeOf, type ChainOwnership } from '@chainboard/domain';

/** The permissions that make a user someone who may own (pursue) a record: a lead (or a prospect), or a project. */
export type OwnOperation = 'lead.own' | 'project.own';

/** A staff member as the owner pickers read them. */
export interface OwnerCandidate {
  id: string;
  displayName: string;
  role: `${Role}`;
  departmentId?: string | null;
}

/**
 * The users an owner picker offers, by the permissions table: those whose role has the permission (e.g. 'lead.own'),
 * and, for a record on a chain, only those it reaches on that chain (chain leaders and lead-department members own
 * only on their own chains). Viewers, who have no such permission, are never offered.
 */
export function ownerCandidates<U extends OwnerCandidate>(users: readonly U[], operation: OwnOperation = 'lead.own', chain?: ChainOwnership | null): U[] {
  return users.filter((user) => {
    const role = Role[user.role];
    return chain ? canOnChain({ id: user.id, role, departmentId: user.departmentId ?? null }, operation, chain) : scopeOf(role, operation) !== null;
  });
}
