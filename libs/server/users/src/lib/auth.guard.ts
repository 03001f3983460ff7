import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { can, ErrorCode, Operation } from '@chainboard/domain';
import { AppError, forbidden, unauthenticated } from '@chainboard/server-core';
import { AuthService } from './auth.service';
import { OPERATION_KEY, PASSWORD_CHANGE_EXEMPT_KEY, PUBLIC_KEY, TOKEN_ONLY_KEY } from './auth.decorators';
import { bearerToken, RequestContext, signedInOf } from './request-user';
import { SessionsService } from './sessions.service';

/**
 * The one guard of the API: every operation needs a signed-in user on a live session unless marked @Public, and the
 * operation's @Allow permission must be in the user's rows of the permissions table (the union of their roles).
 * Chain-scoped ("own") grants are checked again by the service against the chain itself. A user whose password must
 * be changed may only do what @PasswordChangeExempt allows. A @TokenOnly operation gets the token's verified subject
 * instead of the user record. The session and user are read once per request, whatever the number of root fields,
 * in one statement, and kept on the GraphQL context for the resolvers.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (this.reflector.getAllAndOverride<boolean>(TOKEN_ONLY_KEY, targets)) {
      const subject = await this.auth.subjectOfToken(bearerToken(ctx));
      if (!subject) throw unauthenticated();
      ctx.tokenSubject = subject;
      return true;
    }
    if (ctx.user === undefined) {
      const signedIn = await signedInOf(ctx, this.sessions);
      ctx.user = signedIn?.user ?? null;
      if (signedIn) {
        ctx.sessionId = signedIn.sessionId;
        ctx.dataVersion = signedIn.dataVersion;
      }
    }
    if (!ctx.user) throw unauthenticated();
    if (ctx.user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_EXEMPT_KEY, targets)) {
      throw new AppError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'auth.passwordChangeRequired');
    }

    const operation = this.reflector.getAllAndOverride<Operation | undefined>(OPERATION_KEY, targets);
    if (operation && !can(ctx.user, operation)) throw forbidden();
    return true;
  }
}
