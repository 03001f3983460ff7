import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@chainboard/domain';

/**
 * The kinds whose counts the map shows on each node (see MapNode), and the key each breaks its count down by:
 * companies by role (CompanyRole), leads by status (LeadStatus), projects by stage (ProjectStage).
 */
export const MAP_COUNTED_KINDS = { company: 'company', lead: 'lead', project: 'project' } as const;

/** How many records of one kind sit on a node, broken down by a key of that kind (a role, a status, a stage). */
export interface NodeOccupantCount {
  nodeId: string;
  key: string;
  count: number;
}

/**
 * Records of another feature that sit on a chain-map node (companies, leads, prospects, projects, …). The
 * feature that owns them registers one of these with {@link ChainNodeOccupants}; the chains feature deletes,
 * reassigns and counts through the registry and never reads those tables itself.
 */
export interface ChainNodeOccupant {
  /** What sits there, unique among the registrations: 'company', 'lead', … */
  readonly kind: string;
  /** Message key naming one of them in a refusal, with a `{{name}}` parameter (e.g. 企业“{{name}}”). */
  readonly label: string;
  /**
   * Where its names come in a refusal, lowest first, whatever the order the modules start in: companies 10,
   * prospects 20, leads 30, projects 40 (the way a company goes through the pipeline).
   */
  readonly order: number;
  /** The table and column (referencing the node table) that hold it: checked against the database catalog. */
  readonly table: string;
  readonly column: string;
  /** Counts on the given nodes, one row per node and key; nodes with none are left out. */
  countByNodes(m: EntityManager, nodeIds: readonly string[]): Promise<NodeOccupantCount[]>;
  /** The names to show the actor in a refusal to delete the node, in a stable order. */
  namesOnNode(m: EntityManager, nodeId: string, actor: Actor): Promise<string[]>;
  /** Moves all of them from one node to another; one already on the target stays as it is there. */
  moveToNode(m: EntityManager, fromNodeId: string, toNodeId: string): Promise<void>;
}

/** Counts per kind, per node and key, as read by {@link ChainNodeOccupants.countByNodes}. */
export class NodeOccupantCounts {
  private readonly counts = new Map<string, Map<string, Map<string, number>>>();

  add(kind: string, rows: readonly NodeOccupantCount[]): void {
    const byNode = this.counts.get(kind) ?? new Map<string, Map<string, number>>();
    for (const r of rows) {
      const byKey = byNode.get(r.nodeId) ?? new Map<string, number>();
      byKey.set(r.key, (byKey.get(r.key) ?? 0) + r.count);
      byNode.set(r.nodeId, byKey);
    }
    this.counts.set(kind, byNode);
  }

  /** How many of a kind sit on a node, with one of the keys when keys are given. */
  of(kind: string, nodeId: string, keys?: readonly string[]): number {
    let n = 0;
    for (const [key, count] of this.counts.get(kind)?.get(nodeId) ?? []) if (!keys || keys.includes(key)) n += count;
    return n;
  }

  /** A node's counts of a kind, by key. */
  byKey(kind: string, nodeId: string): ReadonlyMap<string, number> {
    return this.counts.get(kind)?.get(nodeId) ?? new Map();
  }
}

/** The registry of what sits on chain-map nodes. Features register in their module's init. */
@Injectable()
export class ChainNodeOccupants {
  private readonly occupants: ChainNodeOccupant[] = [];

  register(occupant: ChainNodeOccupant): void {
    if (this.occupants.some((o) => o.kind === occupant.kind)) throw new Error(`Chain-node occupant "${occupant.kind}" is registered twice`);
    this.occupants.push(occupant);
    this.occupants.sort((a, b) => a.order - b.order);
  }

  /** Every registration, by `order`. */
  all(): readonly ChainNodeOccupant[] {
    return this.occupants;
  }

  /** Counts on the given nodes, for the kinds asked (every registered kind when none are): one statement per kind. */
  async countByNodes(m: EntityManager, nodeIds: readonly string[], kinds?: readonly string[]): Promise<NodeOccupantCounts> {
    const counts = new NodeOccupantCounts();
    for (const o of this.occupants) {
      if (kinds && !kinds.includes(o.kind)) continue;
      counts.add(o.kind, nodeIds.length ? await o.countByNodes(m, nodeIds) : []);
    }
    return counts;
  }

  /** What sits on a node, each with the message key that names it. */
  async namesOnNode(m: EntityManager, nodeId: string, actor: Actor): Promise<Array<{ label: string; name: string }>> {
    const found: Array<{ label: string; name: string }> = [];
    for (const o of this.occupants) for (const name of await o.namesOnNode(m, nodeId, actor)) found.push({ label: o.label, name });
    return found;
  }

  /** Moves everything on one node to another. */
  async moveToNode(m: EntityManager, fromNodeId: string, toNodeId: string): Promise<void> {
    for (const o of this.occupants) await o.moveToNode(m, fromNodeId, toNodeId);
  }
}
