import { DataSource, In } from 'typeorm';
import { ChainNode } from '@chainboard/server-chains';
import type { ChainOwnership } from '@chainboard/domain';
import { alignByKeys, requestLoader } from '@chainboard/server-core';
import { ChainRef } from './company.types';
import { Company } from './company.entity';

/** Chains by id, with who leads them (for permission checks), batched per request. */
export function chainRefLoader(ctx: object, db: DataSource) {
  return requestLoader<string, (ChainRef & ChainOwnership) | null>(ctx, 'chain.ref', async (ids) => {
    const rows: Array<ChainRef & ChainOwnership> = await db.query(
      `SELECT id, code, name, leader_id AS "leaderId", lead_department_id AS "leadDepartmentId" FROM industry_chain WHERE id = ANY($1)`,
      [ids],
    );
    return alignByKeys(ids, rows, (r) => r.id);
  });
}

/** The chain a chain-map node belongs to, batched per request. */
export function chainOfNodeLoader(ctx: object, db: DataSource) {
  return requestLoader<string, ChainRef | null>(ctx, 'node.chainRef', async (ids) => {
    const rows: Array<ChainRef & { segment_id: string }> = await db.query(
      `SELECT s.id AS segment_id, c.id, c.code, c.name
         FROM chain_segment s JOIN chain_map m ON m.id = s.map_id JOIN industry_chain c ON c.id = m.chain_id
        WHERE s.id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.segment_id, { id: r.id, code: r.code, name: r.name }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Chain-map nodes by id, batched per request. */
export function nodeLoader(ctx: object, db: DataSource) {
  return requestLoader<string, ChainNode | null>(ctx, 'node.byId', async (ids) => {
    const rows = await db.manager.findBy(ChainNode, { id: In([...ids]) });
    return alignByKeys(ids, rows, (r) => r.id);
  });
}

/** Companies by id, batched per request. */
export function companyLoader(ctx: object, db: DataSource) {
  return requestLoader<string, Company | null>(ctx, 'company.byId', async (ids) => {
    const rows = await db.manager.findBy(Company, { id: In([...ids]) });
    return alignByKeys(ids, rows, (r) => r.id);
  });
}
