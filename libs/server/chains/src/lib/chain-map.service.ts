import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ACTIVE_LEAD_STATUSES,
  Actor,
  CompanyRole,
  isActiveProjectStage,
  isGap,
  isUncovered,
  NodeStatus,
  PROJECT_STAGES,
  wouldCreateCycle,
} from '@chainboard/domain';
import { badInput, conflict, notFound, translate, currentLanguage } from '@chainboard/server-core';
import { ChainEdge } from './chain-edge.entity';
import { ChainMap } from './chain-map.entity';
import { AddChainNodeInput, ChainMapGraph, GapSummary, MapNode, UpdateChainNodeInput } from './chain-map.types';
import { ChainNode } from './chain-node.entity';
import { ChainsService } from './chains.service';

interface CountRow {
  segment_id: string;
  key: string;
  n: number;
}

/**
 * What sits on a node is kept by other features (companies, leads, projects) in link tables that reference
 * chain_segment with ON DELETE RESTRICT. The map reads them by table name, so that the chains feature does not
 * depend on those features (they depend on it).
 */
const ATTACHMENTS = [
  { kind: 'company', sql: `SELECT nc.segment_id, c.name FROM chain_node_company nc JOIN company c ON c.id = nc.company_id WHERE nc.segment_id = $1` },
  // A confidential lead is named by its code name only (the editor may not be allowed to see it).
  { kind: 'lead', sql: `SELECT ln.segment_id, CASE WHEN l.confidential THEN COALESCE(l.code_name, '') ELSE l.title END AS name FROM lead_chain_node ln JOIN lead l ON l.id = ln.lead_id WHERE ln.segment_id = $1` },
  { kind: 'project', sql: `SELECT pn.segment_id, p.name FROM project_chain_node pn JOIN project p ON p.id = pn.project_id WHERE pn.segment_id = $1` },
] as const;

const MOVE_ATTACHMENTS = [
  // A company already on the target node keeps its role there; its row on the deleted node goes.
  `UPDATE chain_node_company SET segment_id = $2 WHERE segment_id = $1 AND company_id NOT IN (SELECT company_id FROM chain_node_company WHERE segment_id = $2)`,
  `DELETE FROM chain_node_company WHERE segment_id = $1`,
  `UPDATE lead_chain_node SET segment_id = $2 WHERE segment_id = $1 AND lead_id NOT IN (SELECT lead_id FROM lead_chain_node WHERE segment_id = $2)`,
  `DELETE FROM lead_chain_node WHERE segment_id = $1`,
  `UPDATE project_chain_node SET segment_id = $2 WHERE segment_id = $1 AND project_id NOT IN (SELECT project_id FROM project_chain_node WHERE segment_id = $2)`,
  `DELETE FROM project_chain_node WHERE segment_id = $1`,
];

@Injectable()
export class ChainMapService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
  ) {}

  /** The whole map of a chain with each node's counts and the gap analysis: six SQL statements, whatever the size. */
  async graph(chainId: string): Promise<ChainMapGraph> {
    const m = this.db.manager;
    const map = await m
      .createQueryBuilder(ChainMap, 'map')
      .innerJoinAndSelect('map.chain', 'chain')
      .where('map.chain_id = :chainId', { chainId })
      .getOne();
    if (!map) throw notFound('chain', chainId);

    const rows = await m.find(ChainNode, { where: { mapId: map.id }, order: { sortOrder: 'ASC', name: 'ASC' } });
    const edges = await m.find(ChainEdge, { where: { mapId: map.id }, order: { createdAt: 'ASC' } });
    const companyRows: CountRow[] = await m.query(
      `SELECT nc.segment_id, nc.role AS key, count(*)::int AS n
         FROM chain_node_company nc JOIN chain_segment s ON s.id = nc.segment_id
        WHERE s.map_id = $1 GROUP BY nc.segment_id, nc.role`,
      [map.id],
    );
    const leadRows: CountRow[] = await m.query(
      `SELECT ln.segment_id, 'active' AS key, count(*)::int AS n
         FROM lead_chain_node ln JOIN chain_segment s ON s.id = ln.segment_id JOIN lead l ON l.id = ln.lead_id
        WHERE s.map_id = $1 AND l.status = ANY($2) GROUP BY ln.segment_id`,
      [map.id, ACTIVE_LEAD_STATUSES],
    );
    const projectRows: CountRow[] = await m.query(
      `SELECT pn.segment_id, p.stage AS key, count(*)::int AS n
         FROM project_chain_node pn JOIN chain_segment s ON s.id = pn.segment_id JOIN project p ON p.id = pn.project_id
        WHERE s.map_id = $1 GROUP BY pn.segment_id, p.stage`,
      [map.id],
    );

    const count = (rows: CountRow[], id: string, key?: string) =>
      rows.filter((r) => r.segment_id === id && (key === undefined || r.key === key)).reduce((a, r) => a + r.n, 0);
    const parentOf = new Map(rows.map((s) => [s.id, s.parentId]));
    const depthOf = (id: string): number => {
      let depth = 0;
      for (let p = parentOf.get(id) ?? null; p !== null && depth < 1000; p = parentOf.get(p) ?? null) depth++;
      return depth;
    };

    const nodes: MapNode[] = rows.map((s) => {
      const anchors = count(companyRows, s.id, CompanyRole.ANCHOR);
      const activeLeads = count(leadRows, s.id);
      const projectsByStage = PROJECT_STAGES.map((stage) => ({ stage, count: count(projectRows, s.id, stage) })).filter((x) => x.count > 0);
      const activeProjects = projectsByStage.filter((x) => isActiveProjectStage(x.stage)).reduce((a, x) => a + x.count, 0);
      return {
        id: s.id,
        parentId: s.parentId,
        name: s.name,
        description: s.description,
        position: s.position,
        status: s.status,
        isHighEnd: s.isHighEnd,
        isKey: s.isKey,
        industryCode: s.industryCode,
        sortOrder: s.sortOrder,
        version: s.version,
        depth: depthOf(s.id),
        anchorCompanies: anchors,
        localCompanies: anchors + count(companyRows, s.id, CompanyRole.LOCAL),
        targetCompanies: count(companyRows, s.id, CompanyRole.TARGET),
        activeLeads,
        activeProjects,
        projectsByStage,
        isGap: isGap(s.status),
        isUncovered: isUncovered(s.status, activeLeads, activeProjects),
      };
    });
    const summary: GapSummary = {
      nodes: nodes.length,
      strong: nodes.filter((n) => n.status === NodeStatus.STRONG).length,
      weak: nodes.filter((n) => n.status === NodeStatus.WEAK).length,
      missing: nodes.filter((n) => n.status === NodeStatus.MISSING).length,
      uncovered: nodes.filter((n) => n.isUncovered).length,
    };
    return { chainId: map.chainId, chainName: map.chain.name, mapId: map.id, title: map.title, nodes, edges, summary };
  }

  async node(id: string): Promise<ChainNode> {
    const node = await this.db.manager.findOne(ChainNode, { where: { id } });
    if (!node) throw notFound('node', id);
    return node;
  }

  async addNode(actor: Actor, input: AddChainNodeInput): Promise<ChainNode> {
    const id = await this.db.transaction(async (m) => {
      await this.chains.authorize(actor, 'chainMap.edit', input.chainId, m);
      const map = await m.findOneByOrFail(ChainMap, { chainId: input.chainId });
      if (input.parentId) await this.nodeOfMap(m, input.parentId, map.id, 'parentId');
      await this.assertNameFree(m, map.id, input.name);
      const last = await m
        .createQueryBuilder(ChainNode, 's')
        .select('COALESCE(MAX(s.sort_order), 0)', 'max')
        .where('s.map_id = :mapId', { mapId: map.id })
        .getRawOne<{ max: number }>();
      const node = await m.save(
        m.create(ChainNode, {
          mapId: map.id,
          parentId: input.parentId ?? null,
          name: input.name,
          description: input.description ?? '',
          position: input.position ?? null,
          status: input.status ?? NodeStatus.MISSING,
          isHighEnd: input.isHighEnd ?? false,
          isKey: input.isKey ?? false,
          industryCode: input.industryCode ?? null,
          sortOrder: Number(last?.max ?? 0) + 1,
        }),
      );
      return node.id;
    });
    return this.node(id);
  }

  async updateNode(actor: Actor, input: UpdateChainNodeInput): Promise<ChainNode> {
    await this.db.transaction(async (m) => {
      const node = await this.nodeWithChain(m, input.nodeId);
      await this.chains.authorize(actor, 'chainMap.edit', node.chainId, m);
      if (input.expectedVersion !== undefined && input.expectedVersion !== node.row.version) throw conflict('conflict.stale');
      const changes: Partial<ChainNode> = {};
      if (input.parentId !== undefined && input.parentId !== node.row.parentId) {
        if (input.parentId !== null) {
          await this.nodeOfMap(m, input.parentId, node.row.mapId, 'parentId');
          const all = await m.find(ChainNode, { where: { mapId: node.row.mapId }, select: { id: true, parentId: true } });
          if (wouldCreateCycle(node.row.id, input.parentId, new Map(all.map((s) => [s.id, s.parentId])))) {
            throw badInput('chainMap.cycle', { field: 'parentId' });
          }
        }
        changes.parentId = input.parentId;
      }
      if (input.name !== undefined && input.name !== node.row.name) {
        await this.assertNameFree(m, node.row.mapId, input.name);
        changes.name = input.name;
      }
      for (const key of ['description', 'position', 'status', 'isHighEnd', 'isKey', 'industryCode'] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (Object.keys(changes).length) {
        // The chain row is locked for this transaction, so the version check above cannot race; update() bumps the version.
        await m.update(ChainNode, { id: node.row.id }, changes);
      }
    });
    return this.node(input.nodeId);
  }

  /**
   * Deletes a node. Refused, naming them, while it has sub-nodes, or while companies, leads or projects sit on it
   * unless `reassignToId` names another node of the same map to move them to. Its edges go with it.
   */
  async deleteNode(actor: Actor, nodeId: string, reassignToId?: string | null): Promise<string> {
    await this.db.transaction(async (m) => {
      const node = await this.nodeWithChain(m, nodeId);
      await this.chains.authorize(actor, 'chainMap.edit', node.chainId, m);
      const children = await m.find(ChainNode, { where: { parentId: nodeId }, order: { sortOrder: 'ASC' } });
      if (children.length) throw conflict('chainMap.hasChildren', { name: node.row.name, items: listNames(children.map((c) => c.name)) });

      if (reassignToId) {
        if (reassignToId === nodeId) throw badInput('chainMap.reassignInvalid', { field: 'reassignToId' });
        await this.nodeOfMap(m, reassignToId, node.row.mapId, 'reassignToId');
        for (const sql of MOVE_ATTACHMENTS) await m.query(sql, sql.includes('$2') ? [nodeId, reassignToId] : [nodeId]);
      } else {
        const lng = currentLanguage();
        const items: string[] = [];
        for (const a of ATTACHMENTS) {
          const rows: Array<{ name: string }> = await m.query(a.sql, [nodeId]);
          for (const r of rows) items.push(translate(lng, `chainMap.attachment.${a.kind}`, { name: r.name || translate(lng, 'lead.maskedTitle') }));
        }
        if (items.length) throw conflict('chainMap.inUse', { name: node.row.name, items: listNames(items) });
      }
      await m.delete(ChainEdge, [{ fromId: nodeId }, { toId: nodeId }]);
      await m.delete(ChainNode, { id: nodeId });
    });
    return nodeId;
  }

  async addEdge(actor: Actor, fromId: string, toId: string): Promise<ChainEdge> {
    if (fromId === toId) throw badInput('chainMap.selfEdge', { field: 'toId' });
    const id = await this.db.transaction(async (m) => {
      const from = await this.nodeWithChain(m, fromId, 'fromId');
      await this.chains.authorize(actor, 'chainMap.edit', from.chainId, m);
      await this.nodeOfMap(m, toId, from.row.mapId, 'toId');
      if (await m.existsBy(ChainEdge, { fromId, toId })) throw conflict('chainMap.edgeExists');
      const edge = await m.save(m.create(ChainEdge, { mapId: from.row.mapId, fromId, toId }));
      return edge.id;
    });
    return this.db.manager.findOneByOrFail(ChainEdge, { id });
  }

  async deleteEdge(actor: Actor, edgeId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      const edge = await m.findOne(ChainEdge, { where: { id: edgeId }, relations: { map: true } });
      if (!edge) throw notFound('edge', edgeId);
      await this.chains.authorize(actor, 'chainMap.edit', edge.map.chainId, m);
      await m.delete(ChainEdge, { id: edgeId });
    });
    return edgeId;
  }

  private async nodeWithChain(m: EntityManager, id: string, field = 'nodeId'): Promise<{ row: ChainNode; chainId: string }> {
    const row = await m.findOne(ChainNode, { where: { id }, relations: { map: true } });
    if (!row) throw field === 'nodeId' ? notFound('node', id) : badInput('input.badId', { field });
    return { row, chainId: row.map.chainId };
  }

  /** A node that must belong to the given map: one of another chain's map is refused. */
  private async nodeOfMap(m: EntityManager, id: string, mapId: string, field: string): Promise<ChainNode> {
    const node = await m.findOne(ChainNode, { where: { id } });
    if (!node) throw notFound('node', id);
    if (node.mapId !== mapId) throw badInput(field === 'reassignToId' ? 'chainMap.reassignInvalid' : 'chainMap.otherChain', { field });
    return node;
  }

  private async assertNameFree(m: EntityManager, mapId: string, name: string): Promise<void> {
    if (await m.existsBy(ChainNode, { mapId, name })) throw conflict('chainMap.nameTaken', { name, field: 'name' });
  }
}

/** A short list of names in the request's language: 甲、乙、丙…（7） or a, b, c… (7). */
function listNames(names: string[], max = 5): string {
  const zh = currentLanguage() === 'zh-CN';
  const shown = names.slice(0, max).join(zh ? '、' : ', ');
  if (names.length <= max) return shown;
  return zh ? `${shown}…（${names.length}）` : `${shown}… (${names.length})`;
}
