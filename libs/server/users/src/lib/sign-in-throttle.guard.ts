import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ErrorCode } from '@chainboard/domain';
import { AppError } from '@chainboard/server-core';

/** Limits sign-in attempts per client address (the throttler's limits come from the app module). */
@Injectable()
export class SignInThrottleGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<{ req: any; res: any }>();
    return { req: ctx.req, res: ctx.res };
  }

  /** Refuses with the API's own typed, localised error rather than an HTTP exception. */
  protected override async throwThrottlingException(): Promise<void> {
    throw new AppError(ErrorCode.TOO_MANY_REQUESTS, 'request.tooMany');
  }
}
