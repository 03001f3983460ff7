/** A chain-map node as pickers need it. */
export interface PickerNode {
  id: string;
  name: string;
  parentId?: string | null;
  sortOrder?: number;
}

/** A node of a TreeSelect: value, title, children. */
export interface NodeTreeOption {
  value: string;
  title: string;
  children: NodeTreeOption[];
}

/**
 * The nodes of a map as a tree for a TreeSelect: children under their parents, in sort order then by name;
 * a node whose parent is missing is shown at the top level rather than lost.
 */
export function nodeTree(nodes: readonly PickerNode[]): NodeTreeOption[] {
  const ids = new Set(nodes.map((n) => n.id));
  const byParent = new Map<string | null, PickerNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), node]);
  }
  const order = (a: PickerNode, b: PickerNode) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name, 'zh-CN');
  const build = (parent: string | null, seen: Set<string>): NodeTreeOption[] =>
    (byParent.get(parent) ?? [])
      .filter((n) => !seen.has(n.id))
      .sort(order)
      .map((n) => ({ value: n.id, title: n.name, children: build(n.id, new Set([...seen, n.id])) }));
  return build(null, new Set());
}
