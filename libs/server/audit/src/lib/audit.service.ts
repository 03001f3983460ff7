import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DISTRICT_TIME_ZONE } from '@chainboard/domain';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryPage } from './audit.types';
import { AuditEntriesInput } from './dto/audit.inputs';

/** How many entries a record's history shows at most (its newest). */
export const HISTORY_LIMIT = 200;

/**
 * Reads the audit trail. Nothing here writes it: the database's audit trigger does, in the transaction of each change,
 * and refuses any update or delete of an entry.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of the trail, newest first, with the filters given. */
  async entries(input: AuditEntriesInput): Promise<AuditEntryPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const qb = this.db.manager.createQueryBuilder(AuditEntry, 'a');
    if (input.recordType) qb.andWhere('a.record_type = :recordType', { recordType: input.recordType });
    if (input.recordId) qb.andWhere('a.record_id = :recordId', { recordId: input.recordId });
    if (input.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: input.actorId });
    // Calendar days of the district: a day starts at midnight Asia/Shanghai.
    if (input.from) qb.andWhere(`a.at >= (CAST(:from AS date)::timestamp AT TIME ZONE :zone)`, { from: input.from, zone: DISTRICT_TIME_ZONE });
    if (input.to) qb.andWhere(`a.at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE :zone)`, { to: input.to, zone: DISTRICT_TIME_ZONE });
    const [items, total] = await qb.orderBy('a.id', 'DESC').offset(offset).limit(limit).getManyAndCount();
    return { total, offset, limit, items };
  }

  /** The history of one record (its own rows and its children's, e.g. a project's funds), newest first. */
  history(recordType: string, recordId: string): Promise<AuditEntry[]> {
    return this.db.manager.find(AuditEntry, { where: { recordType, recordId }, order: { id: 'DESC' }, take: HISTORY_LIMIT });
  }
}
