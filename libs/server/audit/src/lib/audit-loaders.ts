import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { countLoader, groupByKeys, inSubListWindow, requestLoader, subListKey, SubListWindow } from '@chainboard/server-core';
import { AuditEntry } from './audit-entry.entity';

/** Every entry of the records of one type given (:ids), its own rows' and its children's, with the record as `parent`. */
const HISTORY_OF_RECORDS = `SELECT a.id, a.record_id AS parent FROM audit_entry a WHERE a.record_type = :recordType AND a.record_id = ANY(CAST(:ids AS text[]))`;

/**
 * The audit trail's loaders, one of each per request (kept on the GraphQL context): the history of a list of records
 * (companies, leads, projects) costs one SQL statement per window, and its count one more.
 */
@Injectable()
export class AuditLoaders {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The history of records of one type (by record id): its own rows' and its children's changes, newest first, one window of them. */
  history(ctx: object, recordType: string, window: SubListWindow): DataLoader<string, AuditEntry[]> {
    return requestLoader<string, AuditEntry[]>(ctx, subListKey(`audit.history.${recordType}`, window), async (ids) => {
      const rows = await this.db.manager.find(AuditEntry, {
        where: { id: inSubListWindow(HISTORY_OF_RECORDS, 'x.id DESC', window, { recordType, ids: [...ids] }) },
        order: { id: 'DESC' },
      });
      return groupByKeys(ids, rows, (r) => r.recordId);
    });
  }

  /** How many entries the history of each record of one type holds (by record id). */
  historyCount(ctx: object, recordType: string): DataLoader<string, number> {
    return countLoader(ctx, `audit.historyCount.${recordType}`, this.db, HISTORY_OF_RECORDS, { recordType });
  }
}
