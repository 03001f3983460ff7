import { useMutation } from '@tanstack/react-query';
import { request, type ApiError, type ChangePasswordInput } from '@chainboard/web-graphql';
import { changePasswordMutation } from './documents';
import type { Session } from './auth-context';

/** The changePassword mutation: every session of the user ends, and a new one (answered) starts here. */
export function useChangePassword() {
  return useMutation<Session, ApiError, ChangePasswordInput>({
    mutationFn: async (input) => (await request(changePasswordMutation, { input })).changePassword,
  });
}
