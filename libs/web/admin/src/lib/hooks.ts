import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  request,
  useInvalidatingMutation,
  type AdminDepartmentFieldsFragment,
  type AdminUserFieldsFragment,
  type CreateDepartmentInput,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateDepartmentInput,
  type UpdateUserInput,
  type UserFilterInput,
} from '@chainboard/web-graphql';
import {
  adminChainsQuery,
  adminDepartmentsQuery,
  adminUserPageQuery,
  adminUsersQuery,
  createDepartmentMutation,
  createUserMutation,
  resetUserPasswordMutation,
  setDepartmentActiveMutation,
  setUserActiveMutation,
  updateDepartmentMutation,
  updateUserMutation,
} from './documents';

/** The admin screens' query keys; a change to accounts or departments refreshes them (and the user pickers elsewhere). */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  departments: ['admin', 'departments'] as const,
  chains: ['admin', 'chains'] as const,
};

/** What a change to the accounts refreshes: the admin list, and every other user list of the app (pickers). */
const USER_CHANGES = [adminKeys.users, ['crm'], ['chains']];
const DEPARTMENT_CHANGES = [adminKeys.departments, adminKeys.users, ['chains']];

export function useAdminUsers(filter: UserFilterInput) {
  return useQuery({
    queryKey: [...adminKeys.users, filter],
    queryFn: async () => (await request(adminUsersQuery, { filter })).users,
    placeholderData: (previous) => previous,
  });
}

/** How many accounts one page of the users page shows. */
export const USER_PAGE_SIZE = 50;

/** One page of the accounts by the filter, with the total; the previous page stays shown while the next loads. */
export function useAdminUserPage(filter: UserFilterInput, page: number, exactTotal = false) {
  const input = { offset: (page - 1) * USER_PAGE_SIZE, limit: USER_PAGE_SIZE, exactTotal };
  return useQuery({
    queryKey: [...adminKeys.users, 'page', filter, input],
    queryFn: async () => (await request(adminUserPageQuery, { filter, page: input })).userPage,
    placeholderData: keepPreviousData,
  });
}

export function useAdminChains() {
  return useQuery({ queryKey: adminKeys.chains, queryFn: async () => (await request(adminChainsQuery)).chains, staleTime: 5 * 60_000 });
}

export function useAdminDepartments(includeInactive: boolean) {
  return useQuery({
    queryKey: [...adminKeys.departments, includeInactive],
    queryFn: async () => (await request(adminDepartmentsQuery, { includeInactive })).departments,
  });
}

export interface UserWithPassword {
  user: AdminUserFieldsFragment;
  temporaryPassword: string;
}

export function useCreateUser() {
  return useInvalidatingMutation<CreateUserInput, UserWithPassword>(async (input) => (await request(createUserMutation, { input })).createUser, USER_CHANGES);
}

export function useUpdateUser() {
  return useInvalidatingMutation<UpdateUserInput, AdminUserFieldsFragment>(async (input) => (await request(updateUserMutation, { input })).updateUser, USER_CHANGES);
}

export function useSetUserActive() {
  return useInvalidatingMutation<{ userId: string; active: boolean }, AdminUserFieldsFragment>(
    async (vars) => (await request(setUserActiveMutation, vars)).setUserActive,
    USER_CHANGES,
  );
}

export function useResetUserPassword() {
  return useInvalidatingMutation<ResetPasswordInput, UserWithPassword>(async (input) => (await request(resetUserPasswordMutation, { input })).resetUserPassword, USER_CHANGES);
}

export function useCreateDepartment() {
  return useInvalidatingMutation<CreateDepartmentInput, AdminDepartmentFieldsFragment>(
    async (input) => (await request(createDepartmentMutation, { input })).createDepartment,
    DEPARTMENT_CHANGES,
  );
}

export function useUpdateDepartment() {
  return useInvalidatingMutation<UpdateDepartmentInput, AdminDepartmentFieldsFragment>(
    async (input) => (await request(updateDepartmentMutation, { input })).updateDepartment,
    DEPARTMENT_CHANGES,
  );
}

export function useSetDepartmentActive() {
  return useInvalidatingMutation<{ departmentId: string; active: boolean }, AdminDepartmentFieldsFragment>(
    async (vars) => (await request(setDepartmentActiveMutation, vars)).setDepartmentActive,
    DEPARTMENT_CHANGES,
  );
}
