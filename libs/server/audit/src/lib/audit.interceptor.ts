import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import { runAs } from './audit-context';

interface RequestLike {
  id?: unknown;
  ip?: string;
  headers?: Record<string, unknown>;
}

interface GqlContext {
  req?: RequestLike;
  user?: { id: string } | null;
  tokenSubject?: string;
}

/**
 * Runs every GraphQL operation (each root field) on behalf of the signed-in user, so that whatever it writes is
 * recorded in the trail as theirs, under the operation's name, with the request's id and address. Runs after the
 * guard, which has read the user.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GqlContext>();
    const req = ctx.req;
    const headerId = req?.headers?.['x-request-id'];
    const actor = {
      actorId: ctx.user?.id ?? ctx.tokenSubject ?? null,
      operation: gql.getInfo<{ fieldName: string }>().fieldName,
      requestId: req?.id !== undefined ? String(req.id) : typeof headerId === 'string' ? headerId : null,
      address: req?.ip ?? null,
    };
    return new Observable((subscriber) => runAs(actor, () => next.handle().subscribe(subscriber)));
  }
}
