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
  NodeStatusSource,
  PROJECT_STAGES,
  wouldCreateCycle,
} from '@chainboard/domain';
import { badInput, conflict, notFound, translate, currentLanguage } from '@chainboard/server-core';
import { ChainEdge } from './chain-edge.entity';
import { ChainMap } from './chain-map.entity';
import { AddChainNodeInput, ChainMapGraph, GapSummary, MapNode, UpdateChainNodeInput } from './chain-map.types';
import { ChainNode } from './chain-node.entity';
import { ChainNodeOccupants, MAP_COUNTED_KINDS } from './chain-node-occupants';
import { ChainsService } from './chains.service';

@Injectable()
export class ChainMapService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chains: ChainsService,
    private readonly occupants: ChainNodeOccupants,
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
    // What sits on the nodes is counted by the features that keep it (companies, leads, projects), one statement each.
    const counts = await this.occupants.countByNodes(
      m,
      rows.map((s) => s.id),
      Object.values(MAP_COUNTED_KINDS),
    );
    const parentOf = new Map(rows.map((s) => [s.id, s.parentId]));
    const depthOf = (id: string): number => {
      let depth = 0;
      for (let p = parentOf.get(id) ?? null; p !== null && depth < 1000; p = parentOf.get(p) ?? null) depth++;
      return depth;
    };

    const nodes: MapNode[] = rows.map((s) => {
      const anchors = counts.of(MAP_COUNTED_KINDS.company, s.id, [CompanyRole.ANCHOR]);
      const activeLeads = counts.of(MAP_COUNTED_KINDS.lead, s.id, ACTIVE_LEAD_STATUSES);
      const byStage = counts.byKey(MAP_COUNTED_KINDS.project, s.id);
      const projectsByStage = PROJECT_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })).filter((x) => x.count > 0);
      const activeProjects = projectsByStage.filter((x) => isActiveProjectStage(x.stage)).reduce((a, x) => a + x.count, 0);
      return {
        id: s.id,
        parentId: s.parentId,
        name: s.name,
        description: s.description,
        position: s.position,
        status: s.status,
        statusSource: s.statusSource,
        isHighEnd: s.isHighEnd,
        isKey: s.isKey,
        industryCode: s.industryCode,
        sortOrder: s.sortOrder,
        version: s.version,
        depth: depthOf(s.id),
        anchorCompanies: anchors,
        localCompanies: anchors + counts.of(MAP_COUNTED_KINDS.company, s.id, [CompanyRole.LOCAL]),
        targetCompanies: counts.of(MAP_COUNTED_KINDS.company, s.id, [CompanyRole.TARGET]),
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
      await this.chains.authorize(actor, 'chainMap.edit', input.chainId, m, { lock: true });
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
          statusSource: input.statusSource ?? NodeStatusSource.JUDGEMENT,
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
      await this.chains.authorize(actor, 'chainMap.edit', node.chainId, m, { lock: true });
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
      // A status set in the editor is the editor's judgement unless they say it rests on the plan.
      if (input.statusSource !== undefined) changes.statusSource = input.statusSource;
      else if (input.status !== undefined && input.status !== node.row.status) changes.statusSource = NodeStatusSource.JUDGEMENT;
      if (Object.keys(changes).length) {
        // The chain row is locked for this transaction, so the version check above cannot race; update() bumps the version.
        await m.update(ChainNode, { id: node.row.id }, changes);
      }
    });
    return this.node(input.nodeId);
  }

  /**
   * Deletes a node. Refused, naming them, while it has sub-nodes, or while anything registered with
   * ChainNodeOccupants sits on it (companies, prospects, leads, projects, …) unless `reassignToId` names another
   * node of the same map to move them to. Its edges go with it.
   */
  async deleteNode(actor: Actor, nodeId: string, reassignToId?: string | null): Promise<string> {
    await this.db.transaction(async (m) => {
      const node = await this.nodeWithChain(m, nodeId);
      await this.chains.authorize(actor, 'chainMap.edit', node.chainId, m, { lock: true });
      const children = await m.find(ChainNode, { where: { parentId: nodeId }, order: { sortOrder: 'ASC' } });
      if (children.length) throw conflict('chainMap.hasChildren', { name: node.row.name, items: listNames(children.map((c) => c.name)) });

      if (reassignToId) {
        if (reassignToId === nodeId) throw badInput('chainMap.reassignInvalid', { field: 'reassignToId' });
        await this.nodeOfMap(m, reassignToId, node.row.mapId, 'reassignToId');
        await this.occupants.moveToNode(m, nodeId, reassignToId);
      } else {
        const lng = currentLanguage();
        const items = (await this.occupants.namesOnNode(m, nodeId, actor)).map((o) => translate(lng, o.label, { name: o.name }));
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
      await this.chains.authorize(actor, 'chainMap.edit', from.chainId, m, { lock: true });
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
      await this.chains.authorize(actor, 'chainMap.edit', edge.map.chainId, m, { lock: true });
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
