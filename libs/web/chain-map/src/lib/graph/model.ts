import { NodePosition, NodeStatus, ProjectStage } from '@chainboard/domain';

/**
 * The chain map as the drawing code reads it: the fields of the API's `chainMap` answer that the map, the
 * filters and the tree table need. Plain data (string unions, as the generated GraphQL types have them), so
 * tests and the benchmark can make maps without the API.
 */
export interface MapNodeInput {
  id: string;
  parentId?: string | null;
  name: string;
  position?: `${NodePosition}` | null;
  status: `${NodeStatus}`;
  isHighEnd: boolean;
  isKey: boolean;
  sortOrder: number;
  localCompanies: number;
  activeLeads: number;
  activeProjects: number;
  anchorCompanies?: number;
  targetCompanies?: number;
  projectsByStage: ReadonlyArray<{ stage: `${ProjectStage}`; count: number }>;
  isGap: boolean;
  isUncovered: boolean;
}

export interface MapEdgeInput {
  id: string;
  /** The supplier node. */
  fromId: string;
  /** The buyer node. */
  toId: string;
}

export interface MapGraphInput {
  nodes: readonly MapNodeInput[];
  edges: readonly MapEdgeInput[];
}

/** A node's column: its own position, else its nearest positioned ancestor's, else UNASSIGNED. */
export type Column = `${NodePosition}` | 'UNASSIGNED';

/** Left to right: raw materials to end products. UNASSIGNED (no position anywhere above) comes first. */
export const COLUMNS: readonly Column[] = ['UNASSIGNED', NodePosition.UPSTREAM, NodePosition.MIDSTREAM, NodePosition.DOWNSTREAM];

export interface ModelNode {
  node: MapNodeInput;
  /** Parent id, or null for a focus direction (主攻方向). A parent missing from the map counts as none. */
  parentId: string | null;
  /** The focus direction (top-level node) this node belongs to; itself for a focus direction. */
  rootId: string;
  /** 0 for a focus direction, 1 for its segments, … (computed here, so it holds for any input). */
  depth: number;
  column: Column;
  /** Children ids in map order (sortOrder, then name). */
  children: string[];
}

/** The map indexed for drawing: nodes by id, focus directions in order, and edges whose ends both exist. */
export interface MapModel {
  byId: ReadonlyMap<string, ModelNode>;
  /** Focus directions (top-level nodes), in map order. */
  roots: readonly string[];
  /** Every node, depth-first in map order (a parent before its children). */
  order: readonly string[];
  edges: readonly MapEdgeInput[];
}

function byMapOrder(a: MapNodeInput, b: MapNodeInput): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
}

/**
 * Indexes the API's flat node list. Robust to bad input: a parent id that is not on the map, or a parent
 * cycle, makes the node a top-level one rather than losing it.
 */
export function toMapModel(graph: MapGraphInput): MapModel {
  const inputs = new Map(graph.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string | null>();
  for (const n of graph.nodes) {
    const parent = n.parentId && n.parentId !== n.id && inputs.has(n.parentId) ? n.parentId : null;
    parentOf.set(n.id, parent);
  }
  // Break parent cycles: a node whose ancestor chain comes back to itself becomes top-level.
  for (const n of graph.nodes) {
    const seen = new Set<string>([n.id]);
    for (let at = parentOf.get(n.id) ?? null; at !== null; at = parentOf.get(at) ?? null) {
      if (seen.has(at)) {
        parentOf.set(n.id, null);
        break;
      }
      seen.add(at);
    }
  }

  const childrenOf = new Map<string, MapNodeInput[]>();
  const roots: MapNodeInput[] = [];
  for (const n of graph.nodes) {
    const parent = parentOf.get(n.id) ?? null;
    if (parent === null) roots.push(n);
    else {
      const list = childrenOf.get(parent) ?? [];
      list.push(n);
      childrenOf.set(parent, list);
    }
  }
  roots.sort(byMapOrder);
  for (const list of childrenOf.values()) list.sort(byMapOrder);

  const byId = new Map<string, ModelNode>();
  const order: string[] = [];
  // Iterative depth-first walk: deep maps must not overflow the stack.
  const stack: Array<{ node: MapNodeInput; rootId: string; depth: number; inherited: Column }> = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    stack.push({ node: root, rootId: root.id, depth: 0, inherited: 'UNASSIGNED' });
  }
  while (stack.length) {
    const { node, rootId, depth, inherited } = stack.pop()!;
    const column: Column = node.position ?? inherited;
    const children = childrenOf.get(node.id) ?? [];
    byId.set(node.id, { node, parentId: parentOf.get(node.id) ?? null, rootId, depth, column, children: children.map((c) => c.id) });
    order.push(node.id);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], rootId, depth: depth + 1, inherited: column });
  }

  const edges = graph.edges.filter((e) => e.fromId !== e.toId && byId.has(e.fromId) && byId.has(e.toId));
  return { byId, roots: roots.map((r) => r.id), order, edges };
}

/** The nearest ancestor of a node that is in `visible` (null when none is). */
export function visibleAncestor(model: MapModel, id: string, visible: ReadonlySet<string>): string | null {
  for (let at = model.byId.get(id)?.parentId ?? null; at !== null; at = model.byId.get(at)?.parentId ?? null) {
    if (visible.has(at)) return at;
  }
  return null;
}

/** Ids of a node's ancestors, nearest first. */
export function ancestorsOf(model: MapModel, id: string): string[] {
  const result: string[] = [];
  for (let at = model.byId.get(id)?.parentId ?? null; at !== null; at = model.byId.get(at)?.parentId ?? null) result.push(at);
  return result;
}

/** Ids of a node's descendants (not itself). */
export function descendantsOf(model: MapModel, id: string): string[] {
  const result: string[] = [];
  const stack = [...(model.byId.get(id)?.children ?? [])];
  while (stack.length) {
    const at = stack.pop()!;
    result.push(at);
    stack.push(...(model.byId.get(at)?.children ?? []));
  }
  return result;
}
