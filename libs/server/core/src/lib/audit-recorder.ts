import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * An entry a service appends to the audit trail itself, for what changes no audited row: a sign-in, a refused
 * sign-in, an export. Who, which operation, which request and address default to those of the transaction (the
 * actor handed to it by the audit module); `actorId` and `address` name them when known otherwise.
 */
export interface AuditRecord {
  /** What happened: sign_in, sign_in_failed, export. */
  action: string;
  /** What it happened to (e.g. app_user, session, export). */
  entityType: string;
  entityId: string;
  recordType?: string;
  recordId?: string;
  chainId?: string | null;
  actorId?: string | null;
  address?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends entries to the audit trail (provided by the audit module). The trail stays append-only: nothing updates or
 * deletes an entry, and the database refuses it.
 */
export abstract class AuditRecorder {
  abstract record(manager: EntityManager, entry: AuditRecord): Promise<void>;
}

export const AUDITED_EXPORT = 'chainboard:audited-export';

/**
 * Marks a GraphQL operation as an export: each one that succeeds writes an audit entry naming who, which export
 * (`name`) and its filters (the operation's arguments).
 */
export const AuditedExport = (name: string) => SetMetadata(AUDITED_EXPORT, name);
