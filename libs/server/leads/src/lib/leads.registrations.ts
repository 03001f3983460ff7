import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChainNodeOccupant, ChainNodeOccupants, MAP_COUNTED_KINDS, NodeOccupantCount } from '@chainboard/server-chains';
import { companyNameSql, CompanyReference, CompanyReferences } from '@chainboard/server-companies';
import { currentLanguage, translate } from '@chainboard/server-core';
import { priorityRankSql } from './prospects.service';


const count = async (m: EntityManager, sql: string, params: unknown[]): Promise<number> => (await m.query(sql, params))[0].n;

/** Leads on chain-map nodes (lead_chain_node), counted by status; a deleted lead is not counted. */
export const LEAD_ON_NODE: ChainNodeOccupant = {
  kind: MAP_COUNTED_KINDS.lead,
  label: 'chainMap.attachment.lead',
  order: 30,
  table: 'lead_chain_node',
  column: 'segment_id',
  countByNodes: (m, nodeIds): Promise<NodeOccupantCount[]> =>
    m.query(
      `SELECT ln.segment_id AS "nodeId", l.status AS key, count(*)::int AS count
         FROM lead_chain_node ln JOIN lead l ON l.id = ln.lead_id AND l.deleted_at IS NULL
        WHERE ln.segment_id = ANY($1) GROUP BY ln.segment_id, l.status`,
      [nodeIds],
    ),
  // A confidential lead is named by its code name only: whoever edits the map may not be allowed to see it.
  namesOnNode: async (m, nodeId) => {
    const rows: Array<{ name: string }> = await m.query(
      `SELECT CASE WHEN l.confidential THEN COALESCE(l.code_name, '') ELSE l.title END AS name
         FROM lead_chain_node ln JOIN lead l ON l.id = ln.lead_id WHERE ln.segment_id = $1 ORDER BY l.created_at, l.id`,
      [nodeId],
    );
    return rows.map((r) => r.name || translate(currentLanguage(), 'lead.maskedTitle'));
  },
  moveToNode: async (m, fromNodeId, toNodeId) => {
    await m.query(
      `UPDATE lead_chain_node SET segment_id = $2 WHERE segment_id = $1 AND lead_id NOT IN (SELECT lead_id FROM lead_chain_node WHERE segment_id = $2)`,
      [fromNodeId, toNodeId],
    );
    await m.query(`DELETE FROM lead_chain_node WHERE segment_id = $1`, [fromNodeId]);
  },
};

/** Prospects (目标企业) on chain-map nodes (prospect.segment_id), counted by priority and named by their company. */
export const PROSPECT_ON_NODE: ChainNodeOccupant = {
  kind: 'prospect',
  label: 'chainMap.attachment.prospect',
  order: 20,
  table: 'prospect',
  column: 'segment_id',
  countByNodes: (m, nodeIds): Promise<NodeOccupantCount[]> =>
    m.query(
      `SELECT segment_id AS "nodeId", priority AS key, count(*)::int AS count FROM prospect WHERE segment_id = ANY($1) GROUP BY segment_id, priority`,
      [nodeIds],
    ),
  namesOnNode: async (m, nodeId) =>
    (await m.query(`SELECT ${companyNameSql('p.company_id')} AS name FROM prospect p WHERE p.segment_id = $1 ORDER BY 1, p.id`, [nodeId])).map(
      (r: { name: string }) => r.name,
    ),
  moveToNode: async (m, fromNodeId, toNodeId) => {
    // A company that is already a prospect on the target node stays as it is there; its entry on the node it leaves goes.
    await m.query(
      `UPDATE prospect SET segment_id = $2 WHERE segment_id = $1 AND company_id NOT IN (SELECT company_id FROM prospect WHERE segment_id = $2)`,
      [fromNodeId, toNodeId],
    );
    await m.query(`DELETE FROM prospect WHERE segment_id = $1`, [fromNodeId]);
  },
};

/**
 * A company's prospect entries: on a node where both companies are prospects the survivor's entry stays, taking
 * the other's lead and assignee where it has none, the higher priority and both reasons.
 */
export const PROSPECT_COMPANY_REFERENCE: CompanyReference = {
  kind: 'prospect',
  label: 'company.reference.prospect',
  table: 'prospect',
  column: 'company_id',
  count: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM prospect WHERE company_id = $1`, [companyId]),
  liveCount: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM prospect WHERE company_id = $1`, [companyId]),
  moveToCompany: async (m, fromId, toId) => {
    await m.query(
      `UPDATE prospect s SET
              lead_id = COALESCE(s.lead_id, m.lead_id),
              assignee_id = COALESCE(s.assignee_id, m.assignee_id),
              priority = CASE WHEN ${priorityRankSql('m.priority')} < ${priorityRankSql('s.priority')} THEN m.priority ELSE s.priority END,
              reason = CASE WHEN s.reason = '' THEN m.reason WHEN m.reason = '' OR m.reason = s.reason THEN s.reason ELSE s.reason || E'\\n' || m.reason END
         FROM prospect m
        WHERE s.company_id = $1 AND m.company_id = $2 AND m.segment_id = s.segment_id`,
      [toId, fromId],
    );
    await m.query(
      `DELETE FROM prospect m WHERE m.company_id = $2
          AND EXISTS (SELECT 1 FROM prospect s WHERE s.company_id = $1 AND s.segment_id = m.segment_id)`,
      [toId, fromId],
    );
    await m.query(`UPDATE prospect SET company_id = $1 WHERE company_id = $2`, [toId, fromId]);
  },
};

/** A company's leads. */
export const LEAD_COMPANY_REFERENCE: CompanyReference = {
  kind: 'lead',
  label: 'company.reference.lead',
  table: 'lead',
  column: 'company_id',
  count: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM lead WHERE company_id = $1`, [companyId]),
  liveCount: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM lead WHERE company_id = $1 AND deleted_at IS NULL`, [companyId]),
  moveToCompany: async (m, fromId, toId) => {
    await m.query(`UPDATE lead SET company_id = $1 WHERE company_id = $2`, [toId, fromId]);
  },
};

/** A company's contact records. */
export const INTERACTION_COMPANY_REFERENCE: CompanyReference = {
  kind: 'interaction',
  label: 'company.reference.interaction',
  table: 'interaction',
  column: 'company_id',
  count: (m, companyId) => count(m, `SELECT count(*)::int AS n FROM interaction WHERE company_id = $1`, [companyId]),
  moveToCompany: async (m, fromId, toId) => {
    await m.query(`UPDATE interaction SET company_id = $1 WHERE company_id = $2`, [toId, fromId]);
  },
};

/** Registers what the leads feature keeps on chain-map nodes (leads, prospects) and what of it points at companies. */
@Injectable()
export class LeadsRegistrations implements OnModuleInit {
  constructor(
    private readonly occupants: ChainNodeOccupants,
    private readonly references: CompanyReferences,
  ) {}

  onModuleInit(): void {
    this.occupants.register(PROSPECT_ON_NODE);
    this.occupants.register(LEAD_ON_NODE);
    this.references.register(PROSPECT_COMPANY_REFERENCE);
    this.references.register(LEAD_COMPANY_REFERENCE);
    this.references.register(INTERACTION_COMPANY_REFERENCE);
  }
}
