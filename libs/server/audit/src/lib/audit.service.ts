import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Workbook } from 'exceljs';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { DISTRICT_TIME_ZONE, districtDateTime } from '@chainboard/domain';
import { AuditRecord, AuditRecorder, currentLanguage, translate } from '@chainboard/server-core';
import { UsersService } from '@chainboard/server-users';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryPage, AuditTrailFile } from './audit.types';
import { AuditEntriesInput } from './dto/audit.inputs';

/** How many entries an export of the trail holds at most (the newest matching the filters). */
export const AUDIT_EXPORT_CAP = 50_000;

/**
 * Reads the audit trail, and appends the entries of what changes no audited row (sign-ins, refused sign-ins,
 * exports). Changes of records are written by the database's audit trigger, in the transaction of each change; the
 * database refuses any update or delete of an entry.
 */
@Injectable()
export class AuditService extends AuditRecorder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
  ) {
    super();
  }

  /**
   * Appends one entry in the transaction of `manager`: who, which operation, request and address default to those the
   * app handed to the transaction, as the trigger's entries do.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry ("actor_id", "operation", "action", "entity_type", "entity_id", "record_type", "record_id", "chain_id", "before", "after", "request_id", "address")
       VALUES (coalesce($1::uuid, nullif(current_setting('chainboard.actor', true), '')::uuid), nullif(current_setting('chainboard.operation', true), ''),
               $2, $3, $4, $5, $6, $7, $8, $9, nullif(current_setting('chainboard.request', true), ''),
               coalesce($10, nullif(current_setting('chainboard.address', true), '')))`,
      [
        entry.actorId ?? null,
        entry.action,
        entry.entityType,
        entry.entityId.slice(0, 200),
        entry.recordType ?? entry.entityType,
        (entry.recordId ?? entry.entityId).slice(0, 200),
        entry.chainId ?? null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.address?.slice(0, 100) ?? null,
      ],
    );
  }

  /** One page of the trail, newest first, with the filters given. */
  async entries(input: AuditEntriesInput): Promise<AuditEntryPage> {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    const [items, total] = await this.filtered(input).orderBy('a.id', 'DESC').offset(offset).limit(limit).getManyAndCount();
    return { total, offset, limit, items };
  }

  /**
   * The trail with the filters of `entries` (not its page) as an .xlsx workbook, newest first, at most
   * AUDIT_EXPORT_CAP entries: the file says how many matched and whether it was capped.
   */
  async exportFile(input: AuditEntriesInput): Promise<AuditTrailFile> {
    const qb = this.filtered(input);
    const total = await qb.clone().getCount();
    const items = await qb.orderBy('a.id', 'DESC').limit(AUDIT_EXPORT_CAP).getMany();
    // The users' names, through their owner (the accounts are few).
    const names = new Map<string, string>((await this.users.list()).map((u) => [u.id, u.displayName]));
    const t = (key: string) => translate(currentLanguage(), `audit.export.${key}`);
    const wb = new Workbook();
    wb.creator = 'Chainboard';
    const ws = wb.addWorksheet(t('sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
    const keys = ['at', 'actor', 'operation', 'action', 'entity', 'entityId', 'record', 'recordId', 'before', 'after', 'address', 'request'];
    const widths: Record<string, number> = { at: 18, actor: 14, operation: 22, entityId: 38, recordId: 38, before: 50, after: 50, request: 24 };
    ws.columns = keys.map((key) => ({ key, header: t(key), width: widths[key] ?? 14 }));
    ws.getRow(1).font = { bold: true };
    for (const e of items) {
      ws.addRow({
        at: districtDateTime(e.at),
        actor: e.actorId ? (names.get(e.actorId) ?? e.actorId) : '',
        operation: e.operation ?? '',
        action: e.action,
        entity: e.entityType,
        entityId: e.entityId,
        record: e.recordType,
        recordId: e.recordId,
        before: e.before ? JSON.stringify(e.before) : '',
        after: e.after ? JSON.stringify(e.after) : '',
        address: e.address ?? '',
        request: e.requestId ?? '',
      });
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const day = districtDateTime(new Date()).slice(0, 10);
    return { fileName: `audit-${day}.xlsx`, contentBase64: bytes.toString('base64'), rows: items.length, total, cap: AUDIT_EXPORT_CAP, capped: total > items.length };
  }

  private filtered(input: AuditEntriesInput): SelectQueryBuilder<AuditEntry> {
    const qb = this.db.manager.createQueryBuilder(AuditEntry, 'a');
    if (input.recordType) qb.andWhere('a.record_type = :recordType', { recordType: input.recordType });
    if (input.recordId) qb.andWhere('a.record_id = :recordId', { recordId: input.recordId });
    if (input.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: input.actorId });
    // Calendar days of the district: a day starts at midnight Asia/Shanghai.
    if (input.from) qb.andWhere(`a.at >= (CAST(:from AS date)::timestamp AT TIME ZONE :zone)`, { from: input.from, zone: DISTRICT_TIME_ZONE });
    if (input.to) qb.andWhere(`a.at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE :zone)`, { to: input.to, zone: DISTRICT_TIME_ZONE });
    return qb;
  }
}
