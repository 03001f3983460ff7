import { EntityManager, EntityTarget, IsNull, Not, ObjectLiteral } from 'typeorm';
import { NotFoundSubject, notFound, badInput } from './app-error';

/** A record kept in the recycle bin when deleted: `deletedAt` (a TypeORM DeleteDateColumn) and who deleted it. */
export interface SoftDeletable extends ObjectLiteral {
  id: string;
  deletedAt: Date | null;
  deletedById: string | null;
}

/**
 * Soft-deletes a live record inside the caller's transaction: it is marked deleted (when, by whom) and drops out of
 * every list, count and search that reads through TypeORM (the DeleteDateColumn) or filters `deleted_at IS NULL`.
 * Returns the record as it was.
 */
export async function softDeleteIn<T extends SoftDeletable>(m: EntityManager, entity: EntityTarget<T>, subject: NotFoundSubject, id: string, actorId: string): Promise<T> {
  const row = await m.findOne(entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(subject, id);
  await m.update(entity, { id } as never, { deletedAt: new Date(), deletedById: actorId } as never);
  return row;
}

/** Restores a record from the recycle bin inside the caller's transaction; a live record is refused. */
export async function restoreIn<T extends SoftDeletable>(m: EntityManager, entity: EntityTarget<T>, subject: NotFoundSubject, id: string): Promise<void> {
  const row = await m.findOne(entity, { where: { id } as never, withDeleted: true, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(subject, id);
  if (!row.deletedAt) throw badInput('record.notDeleted');
  await m.update(entity, { id } as never, { deletedAt: null, deletedById: null } as never);
}

/** One page of the recycle bin of one kind, most recently deleted first. */
export async function deletedPage<T extends SoftDeletable>(m: EntityManager, entity: EntityTarget<T>, offset: number, limit: number): Promise<{ items: T[]; total: number; totalCapped: false }> {
  const [items, total] = await m.findAndCount(entity, {
    where: { deletedAt: Not(IsNull()) } as never,
    withDeleted: true,
    order: { deletedAt: 'DESC', id: 'ASC' } as never,
    skip: offset,
    take: limit,
  });
  return { items, total, totalCapped: false };
}
