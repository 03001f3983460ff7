import { graphql } from '@chainboard/web-graphql';

export const currentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    role
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
      user {
        ...CurrentUserFields
      }
    }
  }
`);
