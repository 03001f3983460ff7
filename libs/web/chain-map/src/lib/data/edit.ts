import { canOnChain, ErrorCode, INDUSTRY_CODE_PATTERN, LIMITS, type Actor, type ChainOwnership } from '@chainboard/domain';
import type {
  AddChainNodeInput,
  ChainMapNodeFieldsFragment,
  NodePosition as NodePositionValue,
  NodeStatus as NodeStatusValue,
  UpdateChainNodeInput,
} from '@chainboard/web-graphql';
import { descendantsOf, type MapModel } from '../graph/model';

/** A node of the map as the page has it (the API's MapNode). */
export type MapNode = ChainMapNodeFieldsFragment;

/** Whether the user may edit this chain's map: its chain leader, lead department members, district leaders, admins. */
export function canEditMap(actor: Actor | null, chain: ChainOwnership): boolean {
  return actor !== null && canOnChain(actor, 'chainMap.edit', chain);
}

/** The node form's fields. */
export interface NodeFormValues {
  name: string;
  parentId: string | null;
  position: NodePositionValue | null;
  status: NodeStatusValue;
  isHighEnd: boolean;
  isKey: boolean;
  industryCode: string;
  description: string;
}

export const NODE_LIMITS = { name: LIMITS.name, description: LIMITS.text, industryCode: 5 } as const;

export function isIndustryCode(value: string): boolean {
  return value === '' || INDUSTRY_CODE_PATTERN.test(value);
}

/** The form's starting values: a node's own, or a new node's under `parentId` (missing, inheriting no position). */
export function formValuesOf(node: MapNode | null, parentId: string | null = null): NodeFormValues {
  if (!node) {
    return { name: '', parentId, position: null, status: 'MISSING', isHighEnd: false, isKey: false, industryCode: '', description: '' };
  }
  return {
    name: node.name,
    parentId: node.parentId ?? null,
    position: node.position ?? null,
    status: node.status,
    isHighEnd: node.isHighEnd,
    isKey: node.isKey,
    industryCode: node.industryCode ?? '',
    description: node.description,
  };
}

export function addNodeInput(chainId: string, values: NodeFormValues): AddChainNodeInput {
  return {
    chainId,
    name: values.name.trim(),
    parentId: values.parentId,
    position: values.position,
    status: values.status,
    isHighEnd: values.isHighEnd,
    isKey: values.isKey,
    industryCode: values.industryCode.trim() || null,
    description: values.description.trim(),
  };
}

/**
 * The update for the fields that changed (null when nothing did), with the version the editor saw, so that the
 * API refuses it when someone else changed the node in between.
 */
export function updateNodeInput(node: MapNode, values: NodeFormValues): UpdateChainNodeInput | null {
  const before = formValuesOf(node);
  const after: NodeFormValues = { ...values, name: values.name.trim(), industryCode: values.industryCode.trim(), description: values.description.trim() };
  const input: UpdateChainNodeInput = { nodeId: node.id, expectedVersion: node.version };
  let changed = false;
  for (const key of Object.keys(before) as Array<keyof NodeFormValues>) {
    if (before[key] === after[key]) continue;
    changed = true;
    if (key === 'industryCode') input.industryCode = after.industryCode || null;
    else (input as Record<string, unknown>)[key] = after[key];
  }
  return changed ? input : null;
}

export interface ParentOption {
  value: string;
  title: string;
  children?: ParentOption[];
}

/** The nodes a node may move under (TreeSelect tree data): all but itself and its descendants. */
export function parentOptions(model: MapModel, movingId: string | null): ParentOption[] {
  const excluded = new Set(movingId ? [movingId, ...descendantsOf(model, movingId)] : []);
  const build = (ids: readonly string[]): ParentOption[] =>
    ids
      .filter((id) => !excluded.has(id))
      .map((id) => {
        const entry = model.byId.get(id)!;
        const children = build(entry.children);
        return children.length ? { value: id, title: entry.node.name, children } : { value: id, title: entry.node.name };
      });
  return build(model.roots);
}

/** Where a deleted node's companies, leads and projects may go: every other node, in map order. */
export function reassignOptions(model: MapModel, nodeId: string): Array<{ value: string; label: string; depth: number }> {
  return model.order
    .filter((id) => id !== nodeId)
    .map((id) => {
      const entry = model.byId.get(id)!;
      return { value: id, label: entry.node.name, depth: entry.depth };
    });
}

/** Why a node cannot be deleted as it is: it has sub-nodes (the API refuses; move or delete them first). */
export function deleteBlocker(model: MapModel, nodeId: string): 'children' | null {
  return (model.byId.get(nodeId)?.children.length ?? 0) > 0 ? 'children' : null;
}

/**
 * Whether a refused delete can be retried with a node to move things to: the API answers CONFLICT both for
 * sub-nodes and for companies/leads/projects on the node; only the latter is solved by reassigning.
 */
export function offersReassign(error: { code?: unknown } | null | undefined, model: MapModel, nodeId: string): boolean {
  return error?.code === ErrorCode.CONFLICT && deleteBlocker(model, nodeId) === null;
}

/** Whether an edge from → to may be added: two different nodes, not already joined that way. */
export function edgeProblem(model: MapModel, fromId: string, toId: string): 'self' | 'exists' | null {
  if (fromId === toId) return 'self';
  if (model.edges.some((e) => e.fromId === fromId && e.toId === toId)) return 'exists';
  return null;
}
