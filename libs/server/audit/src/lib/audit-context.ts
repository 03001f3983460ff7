import { AsyncLocalStorage } from 'async_hooks';

/** Who is changing data, through which API operation, from which request and address. */
export interface AuditActor {
  actorId: string | null;
  /** The API operation (the GraphQL root field, e.g. `moveProjectStage`), or a name of the app's own work ('seed'). */
  operation: string;
  requestId: string | null;
  address: string | null;
}

const store = new AsyncLocalStorage<AuditActor>();

/** Runs `fn` (and everything it starts) on behalf of `actor`: every transaction it opens is recorded as theirs. */
export function runAs<T>(actor: AuditActor, fn: () => T): T {
  return store.run(actor, fn);
}

/** The actor of the work being done, if any (none outside a request, e.g. in migrations). */
export function currentAuditActor(): AuditActor | undefined {
  return store.getStore();
}

/**
 * The statement that hands the actor to the database for the current transaction only (set_config's `is_local`):
 * the audit trigger reads these settings when it writes the trail, and they end with the transaction, so a pooled
 * connection never carries one request's actor into another's.
 */
export const SET_AUDIT_ACTOR_SQL = `SELECT set_config('chainboard.actor', $1, true), set_config('chainboard.operation', $2, true),
  set_config('chainboard.request', $3, true), set_config('chainboard.address', $4, true)`;

export function auditActorParams(actor: AuditActor): string[] {
  return [actor.actorId ?? '', actor.operation.slice(0, 100), (actor.requestId ?? '').slice(0, 100), (actor.address ?? '').slice(0, 100)];
}
