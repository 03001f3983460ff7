import { graphql } from '@chainboard/web-graphql';

export const currentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    role
    roles
    chainIds
    mustChangePassword
    departmentId
    department {
      id
      name
    }
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      refreshToken
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      refreshToken
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);
