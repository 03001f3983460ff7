import { COLUMNS, type Column, type MapModel } from './model';

/**
 * The layered placement of a chain map, computed from position and depth alone (no graph search), so it is
 * linear in the number of nodes, deterministic, and overlap-free by construction:
 *
 * - columns, left to right: (unassigned,) upstream, midstream, downstream — a node's own position or its
 *   nearest positioned ancestor's;
 * - lanes, top to bottom: one per focus direction (主攻方向), drawn as a compound node around its descendants;
 * - in each cell (lane × column) the nodes are listed depth-first in map order, a sub-node indented under its
 *   parent; a cell longer than `maxRows` wraps into further sub-columns, with `maxRows` chosen so that a large
 *   map comes out about as wide as it is tall, instead of a tall thin strip.
 */
export interface LayoutMetrics {
  nodeWidth: number;
  nodeHeight: number;
  /** Vertical gap between two rows of a cell. */
  rowGap: number;
  /** Horizontal offset of a sub-node under its parent in the same cell. */
  indent: number;
  /** Gap between the wrapped sub-columns of a cell. */
  subColumnGap: number;
  /** Gap between two columns (upstream | midstream | downstream). */
  columnGap: number;
  /** Gap between two lanes (focus directions); must hold the compound's padding and its label. */
  laneGap: number;
  /** Never wrap a cell shorter than this. */
  minRows: number;
  /** Width : height the wrapping aims at for large maps. */
  aspect: number;
}

export const DEFAULT_METRICS: LayoutMetrics = {
  nodeWidth: 176,
  nodeHeight: 46,
  rowGap: 14,
  indent: 24,
  subColumnGap: 16,
  columnGap: 72,
  laneGap: 84,
  minRows: 6,
  aspect: 1.6,
};

export interface Point {
  x: number;
  y: number;
}

export interface LayoutColumn {
  column: Column;
  /** Left edge. */
  x: number;
  width: number;
}

export interface LayoutLane {
  rootId: string;
  /** Left edge and width of the lane's content (the compound's children). */
  x: number;
  width: number;
  /** Top edge of the lane's content. */
  y: number;
  height: number;
  /** Whether the focus direction is drawn as a frame around visible sub-nodes. */
  compound: boolean;
}

export interface LayoutResult {
  /** Centre of every drawn node except the compound frames (Cytoscape sizes those around their children). */
  positions: Map<string, Point>;
  columns: LayoutColumn[];
  lanes: LayoutLane[];
  maxRows: number;
  /** Where column headers go: above the first lane. */
  headerY: number;
  /** Bounding box of the node positions (node extents included). */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

interface Cell {
  ids: string[];
  indents: number[];
  maxIndent: number;
}

/** Rows per cell before wrapping: minRows, or more, so that the whole drawing's width : height nears `aspect`. */
export function chooseMaxRows(longestCell: number, lanes: number, columns: number, metrics: LayoutMetrics = DEFAULT_METRICS): number {
  if (longestCell <= metrics.minRows) return Math.max(1, longestCell);
  const pitchX = metrics.nodeWidth + metrics.subColumnGap;
  const pitchY = metrics.nodeHeight + metrics.rowGap;
  const ideal = Math.sqrt((columns * longestCell * pitchX) / (metrics.aspect * Math.max(1, lanes) * pitchY));
  return Math.min(longestCell, Math.max(metrics.minRows, Math.ceil(ideal)));
}

export function layeredLayout(model: MapModel, visible: ReadonlySet<string>, metrics: LayoutMetrics = DEFAULT_METRICS): LayoutResult {
  const columnIndex = new Map(COLUMNS.map((c, i) => [c, i]));

  // Group the visible nodes by lane and cell, depth-first (model.order is depth-first, lane by lane).
  const laneIds: string[] = [];
  const cellsOf = new Map<string, Cell[]>();
  const hasMembers = new Set<string>();
  for (const id of model.order) {
    if (!visible.has(id)) continue;
    const entry = model.byId.get(id)!;
    if (!cellsOf.has(entry.rootId)) {
      laneIds.push(entry.rootId);
      cellsOf.set(entry.rootId, COLUMNS.map(() => ({ ids: [], indents: [], maxIndent: 0 })));
    }
    if (entry.parentId === null) continue; // the focus direction itself: a frame, or placed below
    hasMembers.add(entry.rootId);
    let indent = 0;
    for (let at: string | null = entry.parentId; at !== null && at !== entry.rootId; at = model.byId.get(at)!.parentId) {
      if (visible.has(at) && model.byId.get(at)!.column === entry.column) indent++;
    }
    const cell = cellsOf.get(entry.rootId)![columnIndex.get(entry.column)!];
    cell.ids.push(id);
    cell.indents.push(indent);
    cell.maxIndent = Math.max(cell.maxIndent, indent);
  }

  // A focus direction with nothing visible under it is an ordinary node in its own column (or the first one used).
  const usedColumns = new Set<Column>();
  for (const cells of cellsOf.values()) cells.forEach((cell, i) => cell.ids.length && usedColumns.add(COLUMNS[i]));
  const firstUsed = COLUMNS.find((c) => c !== 'UNASSIGNED' && usedColumns.has(c)) ?? 'UPSTREAM';
  for (const rootId of laneIds) {
    if (hasMembers.has(rootId) || !visible.has(rootId)) continue;
    const own = model.byId.get(rootId)!.column;
    const column = own === 'UNASSIGNED' ? firstUsed : own;
    const cell = cellsOf.get(rootId)![columnIndex.get(column)!];
    cell.ids.push(rootId);
    cell.indents.push(0);
    usedColumns.add(column);
  }

  const shownColumns = COLUMNS.map((c, i) => ({ c, i })).filter(({ c }) => c !== 'UNASSIGNED' || usedColumns.has(c));
  let longest = 0;
  for (const cells of cellsOf.values()) for (const cell of cells) longest = Math.max(longest, cell.ids.length);
  const maxRows = chooseMaxRows(longest, laneIds.length, shownColumns.length, metrics);
  const pitchY = metrics.nodeHeight + metrics.rowGap;

  const subColumnWidth = (cell: Cell) => metrics.nodeWidth + cell.maxIndent * metrics.indent;
  const cellWidth = (cell: Cell) => {
    const subColumns = Math.ceil(cell.ids.length / maxRows);
    return subColumns === 0 ? 0 : subColumns * subColumnWidth(cell) + (subColumns - 1) * metrics.subColumnGap;
  };

  // Columns are as wide as their widest cell, so they line up across lanes.
  const columns: LayoutColumn[] = [];
  let x = 0;
  for (const { c, i } of shownColumns) {
    let width = metrics.nodeWidth;
    for (const cells of cellsOf.values()) width = Math.max(width, cellWidth(cells[i]));
    columns.push({ column: c, x, width });
    x += width + metrics.columnGap;
  }

  const positions = new Map<string, Point>();
  const lanes: LayoutLane[] = [];
  let y = 0;
  for (const rootId of laneIds) {
    const cells = cellsOf.get(rootId)!;
    const rows = Math.max(1, ...cells.map((cell) => Math.min(cell.ids.length, maxRows)));
    const height = rows * pitchY - metrics.rowGap;
    let laneX1 = Infinity;
    let laneX2 = -Infinity;
    shownColumns.forEach(({ i }, k) => {
      const cell = cells[i];
      if (cell.ids.length) {
        laneX1 = Math.min(laneX1, columns[k].x);
        laneX2 = Math.max(laneX2, columns[k].x + cellWidth(cell));
      }
      const width = subColumnWidth(cell);
      cell.ids.forEach((id, n) => {
        const subColumn = Math.floor(n / maxRows);
        const row = n % maxRows;
        positions.set(id, {
          x: columns[k].x + subColumn * (width + metrics.subColumnGap) + cell.indents[n] * metrics.indent + metrics.nodeWidth / 2,
          y: y + row * pitchY + metrics.nodeHeight / 2,
        });
      });
    });
    if (laneX1 === Infinity) [laneX1, laneX2] = [0, metrics.nodeWidth];
    lanes.push({ rootId, x: laneX1, width: laneX2 - laneX1, y, height, compound: hasMembers.has(rootId) && visible.has(rootId) });
    y += height + metrics.laneGap;
  }

  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x - metrics.nodeWidth / 2);
    x2 = Math.max(x2, p.x + metrics.nodeWidth / 2);
    y1 = Math.min(y1, p.y - metrics.nodeHeight / 2);
    y2 = Math.max(y2, p.y + metrics.nodeHeight / 2);
  }
  const bounds = positions.size ? { x1, y1, x2, y2 } : { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { positions, columns, lanes, maxRows, headerY: -metrics.laneGap * 0.75, bounds };
}

/** Pairs of drawn nodes whose boxes overlap (for tests and the benchmark's readability check). Sweep by x. */
export function overlaps(positions: ReadonlyMap<string, Point>, width: number, height: number): Array<[string, string]> {
  const items = [...positions.entries()].sort((a, b) => a[1].x - b[1].x);
  const found: Array<[string, string]> = [];
  for (let i = 0; i < items.length; i++) {
    const [idA, a] = items[i];
    for (let j = i + 1; j < items.length && items[j][1].x - a.x < width; j++) {
      const [idB, b] = items[j];
      if (Math.abs(a.y - b.y) < height) found.push([idA, idB]);
    }
  }
  return found;
}
