import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { COMPANY_ROLE_STRENGTH } from '@chainboard/domain';
import { ChainNodeOccupant, ChainNodeOccupants, MAP_COUNTED_KINDS, NodeOccupantCount } from '@chainboard/server-chains';
import { CompanyReference, CompanyReferences } from './company-references';

const ROLE_STRENGTH_SQL = (col: string) =>
  `CASE ${col} ${Object.entries(COMPANY_ROLE_STRENGTH)
    .map(([role, n]) => `WHEN '${role}' THEN ${n}`)
    .join(' ')} ELSE 0 END`;

const count = async (m: EntityManager, sql: string, params: unknown[]): Promise<number> => (await m.query(sql, params))[0].n;

/** Companies on chain-map nodes (chain_node_company), counted by role; a deleted company is not counted. */
export const COMPANY_ON_NODE: ChainNodeOccupant = {
  kind: MAP_COUNTED_KINDS.company,
  label: 'chainMap.attachment.company',
  order: 10,
  table: 'chain_node_company',
  column: 'segment_id',
  countByNodes: (m, nodeIds): Promise<NodeOccupantCount[]> =>
    m.query(
      `SELECT nc.segment_id AS "nodeId", nc.role AS key, count(*)::int AS count
         FROM chain_node_company nc JOIN company c ON c.id = nc.company_id AND c.deleted_at IS NULL
        WHERE nc.segment_id = ANY($1) GROUP BY nc.segment_id, nc.role`,
      [nodeIds],
    ),
  namesOnNode: async (m, nodeId) =>
    (
      await m.query(`SELECT c.name FROM chain_node_company nc JOIN company c ON c.id = nc.company_id WHERE nc.segment_id = $1 ORDER BY c.name, c.id`, [nodeId])
    ).map((r: { name: string }) => r.name),
  moveToNode: async (m, fromNodeId, toNodeId) => {
    // A company already on the target node keeps its role there; its row on the node it leaves goes.
    await m.query(
      `UPDATE chain_node_company SET segment_id = $2 WHERE segment_id = $1 AND company_id NOT IN (SELECT company_id FROM chain_node_company WHERE segment_id = $2)`,
      [fromNodeId, toNodeId],
    );
    await m.query(`DELETE FROM chain_node_company WHERE segment_id = $1`, [fromNodeId]);
  },
};

/** A company's list tags (company_tag): a tag the survivor has for the same list and year already stays alone. */
export const COMPANY_TAG_REFERENCE: CompanyReference = {
  kind: 'companyTag',
  label: 'company.reference.tag',
  table: 'company_tag',
  column: 'company_id',
  count: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM company_tag WHERE company_id = $1`, [companyId]),
  moveToCompany: async (m, fromId, toId) => {
    await m.query(
      `DELETE FROM company_tag t WHERE t.company_id = $2
          AND EXISTS (SELECT 1 FROM company_tag s WHERE s.company_id = $1 AND s.list_id = t.list_id AND s.year = t.year)`,
      [toId, fromId],
    );
    await m.query(`UPDATE company_tag SET company_id = $1 WHERE company_id = $2`, [toId, fromId]);
  },
};

/** Companies merged into this one (company.merged_into_id): on a further merge they name the new survivor. */
export const MERGED_COMPANY_REFERENCE: CompanyReference = {
  kind: 'mergedCompany',
  label: 'company.reference.merged',
  table: 'company',
  column: 'merged_into_id',
  count: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM company WHERE merged_into_id = $1`, [companyId]),
  moveToCompany: async (m, fromId, toId) => {
    await m.query(`UPDATE company SET merged_into_id = $1 WHERE merged_into_id = $2`, [toId, fromId]);
  },
};

/** A company's places on chain-map nodes (chain_node_company): on a node both are on, the survivor takes the stronger role. */
export const COMPANY_NODE_REFERENCE: CompanyReference = {
  kind: 'companyNode',
  label: 'company.reference.node',
  table: 'chain_node_company',
  column: 'company_id',
  count: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM chain_node_company WHERE company_id = $1`, [companyId]),
  moveToCompany: async (m, fromId, toId) => {
    await m.query(
      `UPDATE chain_node_company s SET role = m.role FROM chain_node_company m
        WHERE s.company_id = $1 AND m.company_id = $2 AND m.segment_id = s.segment_id AND ${ROLE_STRENGTH_SQL('m.role')} > ${ROLE_STRENGTH_SQL('s.role')}`,
      [toId, fromId],
    );
    await m.query(
      `DELETE FROM chain_node_company m WHERE m.company_id = $2
          AND EXISTS (SELECT 1 FROM chain_node_company s WHERE s.company_id = $1 AND s.segment_id = m.segment_id)`,
      [toId, fromId],
    );
    await m.query(`UPDATE chain_node_company SET company_id = $1 WHERE company_id = $2`, [toId, fromId]);
  },
};

/** Registers what the companies feature keeps on chain-map nodes and what of its own points at companies. */
@Injectable()
export class CompaniesRegistrations implements OnModuleInit {
  constructor(
    private readonly occupants: ChainNodeOccupants,
    private readonly references: CompanyReferences,
  ) {}

  onModuleInit(): void {
    this.occupants.register(COMPANY_ON_NODE);
    this.references.register(COMPANY_TAG_REFERENCE);
    this.references.register(COMPANY_NODE_REFERENCE);
    this.references.register(MERGED_COMPANY_REFERENCE);
  }
}
