import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Operation } from '@chainboard/domain';
import type { User } from './user.entity';

export const PUBLIC_KEY = 'chainboard:public';
export const OPERATION_KEY = 'chainboard:operation';

/** Marks an operation that needs no sign-in (sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Names the permission an operation needs; the guard checks it against the permissions table. */
export const Allow = (operation: Operation) => SetMetadata(OPERATION_KEY, operation);

/** The signed-in user of this request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const ctx = GqlExecutionContext.create(context).getContext<{ user: User }>();
  return ctx.user;
});
