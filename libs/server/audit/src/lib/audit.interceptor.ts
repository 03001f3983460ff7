import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { concatMap, from, map, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AUDITED_EXPORT } from '@chainboard/server-core';
import { runAs } from './audit-context';
import { AuditService } from './audit.service';

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
 * guard, which has read the user. An export (an operation marked @AuditedExport) that succeeds writes an entry of
 * its own: who, which export and its filters (the operation's arguments), before its file is answered.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

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
    const exported = this.reflector.get<string | undefined>(AUDITED_EXPORT, context.getHandler());
    // The handler is started within the actor's context (Nest binds it to the context handle() is called in).
    const handle = (): Observable<unknown> =>
      exported
        ? next.handle().pipe(
            concatMap((result: unknown) =>
              from(
                this.db.transaction((m) =>
                  this.audit.record(m, { action: 'export', entityType: 'export', entityId: exported, after: { export: exported, filters: gql.getArgs() } }),
                ),
              ).pipe(map(() => result)),
            ),
          )
        : next.handle();
    return new Observable((subscriber) => runAs(actor, () => handle().subscribe(subscriber)));
  }
}
