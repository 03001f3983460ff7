import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Operation } from '@chainboard/domain';
import type { User } from './user.entity';

export const PUBLIC_KEY = 'chainboard:public';
export const OPERATION_KEY = 'chainboard:operation';
export const TOKEN_ONLY_KEY = 'chainboard:token-only';
export const PASSWORD_CHANGE_EXEMPT_KEY = 'chainboard:password-change-exempt';

/** Marks an operation that needs no sign-in (sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Names the permission an operation needs; the guard checks it against the permissions table. */
export const Allow = (operation: Operation) => SetMetadata(OPERATION_KEY, operation);

/**
 * Marks an operation open to a user who must change their password first (who they are, changing it, signing
 * out): every other operation answers PASSWORD_CHANGE_REQUIRED until the password is changed.
 */
export const PasswordChangeExempt = () => SetMetadata(PASSWORD_CHANGE_EXEMPT_KEY, true);

/**
 * Marks an operation that reads only the caller's own state held in this process (an import's progress): the guard
 * checks the token's signature and expiry but reads no database, so the operation answers while a long write holds
 * the embedded database's only connection. Resolve the caller with @TokenSubject(); @CurrentUser() is not set.
 */
export const TokenOnly = () => SetMetadata(TOKEN_ONLY_KEY, true);

/** The user id a verified bearer token names, on a @TokenOnly operation. */
export const TokenSubject = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const ctx = GqlExecutionContext.create(context).getContext<{ tokenSubject: string }>();
  return ctx.tokenSubject;
});

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const ctx = GqlExecutionContext.create(context).getContext<{ user: User }>();
  return ctx.user;
});

/** The session of this request (the one its access token names). */
export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const ctx = GqlExecutionContext.create(context).getContext<{ sessionId: string }>();
  return ctx.sessionId;
});

/** Where this request came from (user agent and address), kept with the session a sign-in starts. */
export const RequestClient = createParamDecorator((_data: unknown, context: ExecutionContext): { userAgent: string | null; address: string | null } => {
  const req = GqlExecutionContext.create(context).getContext<{ req?: { headers?: Record<string, unknown>; ip?: string } }>().req;
  const agent = req?.headers?.['user-agent'];
  return { userAgent: typeof agent === 'string' ? agent : null, address: req?.ip ?? null };
});
