import { ROLE_ORDER } from '@chainboard/domain';
import type { AdminDepartmentFieldsFragment, AdminUserFieldsFragment, CreateDepartmentInput, CreateUserInput, Role, UpdateDepartmentInput, UpdateUserInput, UserFilterInput } from '@chainboard/web-graphql';

/** The account form (add and edit). */
export interface UserFormValues {
  username: string;
  displayName: string;
  departmentId?: string | null;
  roles: Role[];
  chainIds?: string[];
  /** A temporary password of the admin's choosing (add only); generated when left blank. */
  password?: string;
}

export const USER_FORM_FIELDS = ['username', 'displayName', 'departmentId', 'roles', 'chainIds', 'password'] as const;

type EditedUser = Pick<AdminUserFieldsFragment, 'id' | 'username' | 'displayName' | 'departmentId' | 'roles' | 'chainIds'>;

/** Roles in the domain's order (widest first), repeats dropped. */
export function orderedRoles(roles: readonly Role[]): Role[] {
  const held = new Set<string>(roles);
  return (ROLE_ORDER as readonly string[]).filter((role) => held.has(role)) as Role[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length && new Set(a).size === a.length;

export function userFormValues(user: EditedUser): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    departmentId: user.departmentId ?? null,
    roles: orderedRoles(user.roles),
    chainIds: [...user.chainIds],
  };
}

/** A new account from the form: trimmed; no department, no chains and a blank password left out. */
export function toCreateUserInput(values: UserFormValues): CreateUserInput {
  const password = values.password ?? '';
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    roles: orderedRoles(values.roles),
    ...(values.departmentId ? { departmentId: values.departmentId } : {}),
    ...(values.chainIds?.length ? { chainIds: [...new Set(values.chainIds)] } : {}),
    ...(password.trim() ? { password } : {}),
  };
}

/** Only what the admin changed is sent: roles and chains as sets (their order does not count); a cleared department is null. */
export function toUpdateUserInput(user: EditedUser, values: UserFormValues): UpdateUserInput {
  const displayName = values.displayName.trim();
  const departmentId = values.departmentId ?? null;
  const roles = orderedRoles(values.roles);
  const chainIds = [...new Set(values.chainIds ?? [])];
  return {
    userId: user.id,
    ...(displayName !== user.displayName ? { displayName } : {}),
    ...(departmentId !== (user.departmentId ?? null) ? { departmentId } : {}),
    ...(!sameSet(roles, user.roles) ? { roles } : {}),
    ...(!sameSet(chainIds, user.chainIds) ? { chainIds } : {}),
  };
}

/** The filters of the account list, as the screen holds them. */
export interface UserFilters {
  search?: string;
  roles?: Role[];
  departmentId?: string | null;
  chainId?: string | null;
  status?: 'all' | 'active' | 'disabled';
}

/** The API's filter from the screen's: blanks left out. */
export function toUserFilterInput(filters: UserFilters): UserFilterInput {
  const search = filters.search?.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.roles?.length ? { roles: filters.roles } : {}),
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(filters.chainId ? { chainId: filters.chainId } : {}),
    ...(filters.status === 'active' ? { active: true } : filters.status === 'disabled' ? { active: false } : {}),
  };
}

/** The department form (add and rename). */
export interface DepartmentFormValues {
  name: string;
  shortName?: string | null;
}

export function departmentFormValues(department: Pick<AdminDepartmentFieldsFragment, 'name' | 'shortName'>): DepartmentFormValues {
  return { name: department.name, shortName: department.shortName ?? null };
}

export function toCreateDepartmentInput(values: DepartmentFormValues): CreateDepartmentInput {
  const shortName = values.shortName?.trim();
  return { name: values.name.trim(), ...(shortName ? { shortName } : {}) };
}

export function toUpdateDepartmentInput(department: Pick<AdminDepartmentFieldsFragment, 'id' | 'name' | 'shortName'>, values: DepartmentFormValues): UpdateDepartmentInput {
  const name = values.name.trim();
  const shortName = values.shortName?.trim() || null;
  return {
    departmentId: department.id,
    ...(name !== department.name ? { name } : {}),
    ...(shortName !== (department.shortName ?? null) ? { shortName } : {}),
  };
}
