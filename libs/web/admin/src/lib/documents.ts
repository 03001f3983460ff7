import { graphql } from '@chainboard/web-graphql';

/** An account as the admin screen shows it. */
export const adminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    username
    displayName
    role
    roles
    chainIds
    active
    mustChangePassword
    lastSignInAt
    departmentId
    department {
      id
      name
    }
  }
`);

export const adminUsersQuery = graphql(`
  query AdminUsers($filter: UserFilterInput) {
    users(filter: $filter) {
      ...AdminUserFields
    }
  }
`);

/** One page of the accounts by the filter, with the total (the users page). */
export const adminUserPageQuery = graphql(`
  query AdminUserPage($filter: UserFilterInput, $page: PageArgs) {
    userPage(filter: $filter, page: $page) {
      total
      totalCapped
      offset
      limit
      items {
        ...AdminUserFields
      }
    }
  }
`);

/** The chains a user may be assigned to. */
export const adminChainsQuery = graphql(`
  query AdminChains {
    chains {
      id
      name
    }
  }
`);

export const adminDepartmentFields = graphql(`
  fragment AdminDepartmentFields on Department {
    id
    name
    shortName
    active
  }
`);

export const adminDepartmentsQuery = graphql(`
  query AdminDepartments($includeInactive: Boolean) {
    departments(includeInactive: $includeInactive) {
      ...AdminDepartmentFields
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      temporaryPassword
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const setUserActiveMutation = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      ...AdminUserFields
    }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetPasswordInput!) {
    resetUserPassword(input: $input) {
      temporaryPassword
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const createDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...AdminDepartmentFields
    }
  }
`);

export const updateDepartmentMutation = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      ...AdminDepartmentFields
    }
  }
`);

export const setDepartmentActiveMutation = graphql(`
  mutation SetDepartmentActive($departmentId: ID!, $active: Boolean!) {
    setDepartmentActive(departmentId: $departmentId, active: $active) {
      ...AdminDepartmentFields
    }
  }
`);
