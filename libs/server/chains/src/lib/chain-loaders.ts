import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import { TaskStatus } from '@chainboard/domain';
import { alignByKeys, groupByKeys, requestLoader, versionMemo } from '@chainboard/server-core';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';
import { ChainTarget } from './chain-target.entity';
import { IndustryChain } from './industry-chain.entity';
import { PolicySet } from './policy-set.entity';
import { Policy } from './policy.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlanTask } from './work-plan-task.entity';

/** Done and all tasks of a work plan. */
export interface TaskCounts {
  done: number;
  total: number;
}

/**
 * The chains feature's loaders, one of each per request (kept on the GraphQL context by requestLoader): a field
 * asked of a list of chains, maps, plans, policy sets or nodes costs one SQL statement for the whole list, and
 * nothing when it is not asked. Other features resolve chains and chain-map nodes through chain, chainOfNode and
 * node, never with their own SQL on the chains' tables.
 */
@Injectable()
export class ChainLoaders {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Chains by id (with who leads them, for the per-chain permissions): the few chains, kept per data version. */
  chain(ctx: object): DataLoader<string, IndustryChain | null> {
    return requestLoader<string, IndustryChain | null>(ctx, 'chains.chain', async (ids) =>
      alignByKeys(ids, [...(await versionMemo(this.db, ctx, 'chains.all', () => this.db.manager.find(IndustryChain)))] as IndustryChain[], (r) => r.id),
    );
  }

  /** The chain each chain-map node belongs to. */
  chainOfNode(ctx: object): DataLoader<string, IndustryChain | null> {
    return requestLoader<string, IndustryChain | null>(ctx, 'chains.chainOfNode', async (ids) => {
      const { entities, raw } = await this.db.manager
        .createQueryBuilder(IndustryChain, 'c')
        .innerJoin(ChainMap, 'm', 'm.chain_id = c.id')
        .innerJoin(ChainNode, 'n', 'n.map_id = m.id')
        .addSelect('n.id', 'node_id')
        .where('n.id IN (:...ids)', { ids })
        .getRawAndEntities<{ node_id: string; c_id: string }>();
      const byId = new Map(entities.map((c) => [c.id, c]));
      const chainOf = new Map(raw.map((r) => [r.node_id, byId.get(r.c_id) ?? null]));
      return ids.map((id) => chainOf.get(id) ?? null);
    });
  }

  /** Chain-map nodes by id. */
  node(ctx: object): DataLoader<string, ChainNode | null> {
    return requestLoader<string, ChainNode | null>(ctx, 'chains.node', async (ids) =>
      alignByKeys(ids, await this.db.manager.findBy(ChainNode, { id: In([...ids]) }), (r) => r.id),
    );
  }

  /** The map of each chain (by chain id). */
  mapOfChain(ctx: object): DataLoader<string, ChainMap | null> {
    return requestLoader<string, ChainMap | null>(ctx, 'chains.mapOfChain', async (ids) =>
      alignByKeys(ids, await this.db.manager.findBy(ChainMap, { chainId: In([...ids]) }), (r) => r.chainId),
    );
  }

  /** All nodes of each map (by map id), in the map's order. */
  nodesOfMap(ctx: object): DataLoader<string, ChainNode[]> {
    return requestLoader<string, ChainNode[]>(ctx, 'chains.nodesOfMap', async (ids) => {
      const rows = await this.db.manager.find(ChainNode, { where: { mapId: In([...ids]) }, order: { sortOrder: 'ASC', name: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.mapId);
    });
  }

  /** The focus directions (top-level nodes) of each map (by map id), in the map's order. */
  focusDirectionsOfMap(ctx: object): DataLoader<string, ChainNode[]> {
    return requestLoader<string, ChainNode[]>(ctx, 'chains.focusDirectionsOfMap', async (ids) => {
      const rows = await this.db.manager.find(ChainNode, { where: { mapId: In([...ids]), parentId: IsNull() }, order: { sortOrder: 'ASC', name: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.mapId);
    });
  }

  /** How many nodes each map has (by map id), counted without reading them. */
  nodeCountOfMap(ctx: object): DataLoader<string, number> {
    return requestLoader<string, number>(ctx, 'chains.nodeCountOfMap', async (ids) => {
      const rows: Array<{ map_id: string; n: number }> = await this.db.manager
        .createQueryBuilder(ChainNode, 'n')
        .select('n.map_id', 'map_id')
        .addSelect('count(*)::int', 'n')
        .where('n.map_id IN (:...ids)', { ids })
        .groupBy('n.map_id')
        .getRawMany();
      const byId = new Map(rows.map((r) => [r.map_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
  }

  /** Policies of the node's chain whose title or summary names the node (by node id). */
  policiesNamingNode(ctx: object): DataLoader<string, Policy[]> {
    return requestLoader<string, Policy[]>(ctx, 'chains.policiesNamingNode', async (ids) => {
      const { entities, raw } = await this.db.manager
        .createQueryBuilder(Policy, 'p')
        .innerJoin(PolicySet, 'ps', 'ps.id = p.policy_set_id')
        .innerJoin(ChainMap, 'm', 'm.chain_id = ps.chain_id')
        .innerJoin(ChainNode, 'n', 'n.map_id = m.id')
        .addSelect('n.id', 'node_id')
        .where('n.id IN (:...ids)', { ids })
        .andWhere('(strpos(p.title, n.name) > 0 OR strpos(p.summary, n.name) > 0)')
        .orderBy('p.validFrom', 'ASC', 'NULLS LAST')
        .addOrderBy('p.title', 'ASC')
        .getRawAndEntities<{ node_id: string; p_id: string }>();
      const byId = new Map(entities.map((p) => [p.id, p]));
      return groupByKeys(ids, raw, (r) => r.node_id).map((group) => group.map((r) => byId.get(r.p_id)!).filter(Boolean));
    });
  }

  /** The work plan of each chain (by chain id). */
  workPlanOfChain(ctx: object): DataLoader<string, WorkPlan | null> {
    return requestLoader<string, WorkPlan | null>(ctx, 'chains.workPlanOfChain', async (ids) =>
      alignByKeys(ids, await this.db.manager.findBy(WorkPlan, { chainId: In([...ids]) }), (r) => r.chainId),
    );
  }

  /** The tasks of each work plan (by plan id), in the plan's order. */
  tasksOfPlan(ctx: object): DataLoader<string, WorkPlanTask[]> {
    return requestLoader<string, WorkPlanTask[]>(ctx, 'chains.tasksOfPlan', async (ids) => {
      const rows = await this.db.manager.find(WorkPlanTask, { where: { workPlanId: In([...ids]) }, order: { sortOrder: 'ASC', createdAt: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.workPlanId);
    });
  }

  /** Done and all tasks of each work plan (by plan id), counted without reading the tasks. */
  taskCountsOfPlan(ctx: object): DataLoader<string, TaskCounts> {
    return requestLoader<string, TaskCounts>(ctx, 'chains.taskCountsOfPlan', async (ids) => {
      const rows: Array<{ plan_id: string; done: number; total: number }> = await this.db.manager
        .createQueryBuilder(WorkPlanTask, 't')
        .select('t.work_plan_id', 'plan_id')
        .addSelect('(count(*) FILTER (WHERE t.status = :done))::int', 'done')
        .addSelect('count(*)::int', 'total')
        .where('t.work_plan_id IN (:...ids)', { ids })
        .setParameter('done', TaskStatus.DONE)
        .groupBy('t.work_plan_id')
        .getRawMany();
      const byId = new Map(rows.map((r) => [r.plan_id, { done: Number(r.done), total: Number(r.total) }]));
      return ids.map((id) => byId.get(id) ?? { done: 0, total: 0 });
    });
  }

  /** The policy set of each chain (by chain id). */
  policySetOfChain(ctx: object): DataLoader<string, PolicySet | null> {
    return requestLoader<string, PolicySet | null>(ctx, 'chains.policySetOfChain', async (ids) =>
      alignByKeys(ids, await this.db.manager.findBy(PolicySet, { chainId: In([...ids]) }), (r) => r.chainId),
    );
  }

  /** The policies of each policy set (by set id), earliest in force first. */
  policiesOfSet(ctx: object): DataLoader<string, Policy[]> {
    return requestLoader<string, Policy[]>(ctx, 'chains.policiesOfSet', async (ids) => {
      const rows = await this.db.manager.find(Policy, { where: { policySetId: In([...ids]) }, order: { validFrom: 'ASC', createdAt: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.policySetId);
    });
  }

  /** The plan targets of each chain (by chain id), the headline one first. */
  targetsOfChain(ctx: object): DataLoader<string, ChainTarget[]> {
    return requestLoader<string, ChainTarget[]>(ctx, 'chains.targetsOfChain', async (ids) => {
      const rows = await this.db.manager.find(ChainTarget, { where: { chainId: In([...ids]) }, order: { sortOrder: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.chainId);
    });
  }
}
