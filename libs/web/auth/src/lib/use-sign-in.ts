import { useMutation } from '@tanstack/react-query';
import { request, type ApiError, type SignInInput } from '@chainboard/web-graphql';
import { signInMutation } from './documents';
import type { Session } from './auth-context';

/** The signIn mutation: username and password in, token and user out. */
export function useSignIn() {
  return useMutation<Session, ApiError, SignInInput>({
    mutationFn: async (input) => (await request(signInMutation, { input })).signIn,
  });
}
