import { Role, type Actor } from '@chainboard/domain';
import type { CurrentUserFieldsFragment } from '@chainboard/web-graphql';

/** The signed-in user as the API describes them. */
export type CurrentUser = CurrentUserFieldsFragment;

/** The user as the permissions table of @chainboard/domain reads them. */
export function actorOf(user: Pick<CurrentUser, 'id' | 'role' | 'departmentId'> & Partial<Pick<CurrentUser, 'roles' | 'chainIds'>>): Actor {
  return {
    id: user.id,
    role: Role[user.role],
    roles: user.roles?.map((role) => Role[role]) ?? null,
    chainIds: user.chainIds ?? null,
    departmentId: user.departmentId ?? null,
  };
}
