import { useMemo } from 'react';
import { can, canOnChain, Role, type Actor, type ChainOwnership } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import { chainsAllowing, useCrmChains } from '@chainboard/web-crm';

/** The signed-in user as the permissions table reads them, or null. */
export function useActor(): Actor | null {
  const { user } = useAuth();
  return useMemo(() => (user ? actorOf(user) : null), [user]);
}

/** Whether the user may enter projects at all (on some chain): the "new project" entries show only then. */
export function mayCreateProjects(actor: Actor | null): boolean {
  return actor !== null && can(actor, 'project.edit');
}

/** The chains a new project may be entered on by this user (project.edit's reach), in the chains' order. */
export function useChainsForNewProjects() {
  const actor = useActor();
  const chains = useCrmChains();
  return { ...chains, data: chains.data ? chainsAllowing(actor, 'project.edit', chains.data) : undefined };
}

/** A user as the owner pickers read them. */
export interface PickableUser {
  id: string;
  displayName: string;
  role: `${Role}`;
  active: boolean;
  departmentId?: string | null;
}

/**
 * Who may own a project on the chain (负责人): active users holding project.own on it (the permissions table,
 * mayOwnProjectOn); without a chain, those who may own projects on some chain.
 */
export function projectOwnerCandidates<U extends PickableUser>(users: readonly U[], chain: ChainOwnership | null): U[] {
  return users.filter((u) => {
    if (!u.active) return false;
    const owner: Actor = { id: u.id, role: Role[u.role], departmentId: u.departmentId ?? null };
    return chain ? canOnChain(owner, 'project.own', chain) : can(owner, 'project.own');
  });
}

/** Who may be a project's responsible leader (责任领导): active district leaders and chain leaders. */
export function responsibleLeaderCandidates<U extends PickableUser>(users: readonly U[]): U[] {
  return users.filter((u) => u.active && (u.role === Role.DISTRICT_LEADER || u.role === Role.CHAIN_LEADER));
}
