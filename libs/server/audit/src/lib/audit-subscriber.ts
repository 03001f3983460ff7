import { EntitySubscriberInterface, TransactionStartEvent } from 'typeorm';
import { auditActorParams, currentAuditActor, SET_AUDIT_ACTOR_SQL } from './audit-context';

/**
 * Hands the actor of the current request to every transaction the app opens, right after it starts: the database's
 * audit trigger then writes who, through which operation, from which request and address, in that same transaction.
 * Every write of the API runs in a transaction (a service's `transaction()`, or TypeORM's own around save/remove).
 */
export class AuditActorSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const actor = currentAuditActor();
    if (!actor) return;
    // Savepoints of a nested transaction share the outer transaction's settings.
    if ((event.queryRunner as unknown as { transactionDepth: number }).transactionDepth > 1) return;
    await event.queryRunner.query(SET_AUDIT_ACTOR_SQL, auditActorParams(actor));
  }
}
