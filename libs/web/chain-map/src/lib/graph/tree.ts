import type { MapModel, MapNodeInput } from './model';

/** One row of the tree table: a node with its sub-nodes (antd Table tree data; leaves have no `children`). */
export interface TreeRow {
  key: string;
  node: MapNodeInput;
  depth: number;
  children?: TreeRow[];
}

/** The visible nodes as a tree in map order; a node whose parent is hidden hangs under its nearest shown ancestor. */
export function toTreeRows(model: MapModel, visible: ReadonlySet<string>): TreeRow[] {
  const rows = new Map<string, TreeRow>();
  const top: TreeRow[] = [];
  for (const id of model.order) {
    if (!visible.has(id)) continue;
    const entry = model.byId.get(id)!;
    const row: TreeRow = { key: id, node: entry.node, depth: entry.depth };
    rows.set(id, row);
    let parent: TreeRow | undefined;
    for (let at = entry.parentId; at !== null && !parent; at = model.byId.get(at)!.parentId) parent = rows.get(at);
    if (parent) (parent.children ??= []).push(row);
    else top.push(row);
  }
  return top;
}

/** Keys of the rows that have children: to expand the whole tree. */
export function expandableKeys(rows: readonly TreeRow[]): string[] {
  const keys: string[] = [];
  const stack = [...rows];
  while (stack.length) {
    const row = stack.pop()!;
    if (row.children?.length) {
      keys.push(row.key);
      stack.push(...row.children);
    }
  }
  return keys;
}
