import type { ElementDefinition } from 'cytoscape';
import type { LayoutResult } from './layout';
import type { Column, MapModel, MapNodeInput } from './model';
import { visibleAncestor } from './model';

/** The texts the elements carry, in the UI language (the caller passes i18next's translations in). */
export interface ElementLabels {
  /** The counts line of a node, e.g. "企 3 · 线 2 · 项 1". */
  counts: (counts: { companies: number; leads: number; projects: number }) => string;
  /** A column header, e.g. "上游". */
  column: (column: Column) => string;
}

export interface BuildOptions {
  labels: ElementLabels;
  layout: LayoutResult;
  /** Nodes that match the current filter; visible nodes outside it (focus-direction frames) are drawn faded. */
  matches?: ReadonlySet<string>;
  /** Dotted parent → sub-node lines for nodes below the second level. */
  hierarchyEdges?: boolean;
  /** Focus directions as compound parents (default) or as plain frame nodes behind their lane. */
  compoundFrames?: boolean;
  /** Space around a lane's content inside a plain frame (Cytoscape's compound padding otherwise). */
  framePadding?: number;
  /** Name characters per line before "…" (in CJK-character widths). */
  maxNameWidth?: number;
}

/** Flag marks before a name: ★ high-end (高精尖), ◆ key (重点). The legend explains them. */
export const HIGH_END_MARK = '★';
export const KEY_MARK = '◆';

export function flagMarks(node: Pick<MapNodeInput, 'isHighEnd' | 'isKey'>): string {
  return `${node.isHighEnd ? `${HIGH_END_MARK} ` : ''}${node.isKey ? `${KEY_MARK} ` : ''}`;
}

/** Width of a text in CJK-character units: CJK and full-width characters count 1, others about 0.55. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
  return width;
}

/** The text cut to a width (see textWidth), with "…" when cut. */
export function truncate(text: string, maxWidth: number): string {
  if (textWidth(text) <= maxWidth) return text;
  let width = 0;
  let out = '';
  for (const ch of text) {
    const w = textWidth(ch);
    if (width + w > maxWidth - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

export function statusClass(status: MapNodeInput['status']): string {
  return `status-${status.toLowerCase()}`;
}

export function nodeClasses(node: MapNodeInput, extra: string[] = []): string {
  return [statusClass(node.status), node.isHighEnd ? 'high-end' : '', node.isKey ? 'key' : '', node.isUncovered ? 'uncovered' : '', ...extra]
    .filter(Boolean)
    .join(' ');
}

export function headerId(column: Column): string {
  return `header:${column}`;
}

export function hierarchyEdgeId(childId: string): string {
  return `hierarchy:${childId}`;
}

/**
 * Cytoscape elements for the visible part of a map, with preset positions from the layout: focus directions
 * as compound frames of their visible sub-nodes, supply edges between visible nodes, column headers, and
 * (optionally) hierarchy lines. Node data carries what the stylesheet and the page read.
 */
export function buildElements(model: MapModel, visible: ReadonlySet<string>, options: BuildOptions): ElementDefinition[] {
  const { labels, layout, matches, hierarchyEdges = false, maxNameWidth = 12, compoundFrames = true, framePadding = 18 } = options;
  const lanes = new Map(layout.lanes.filter((lane) => lane.compound).map((lane) => [lane.rootId, lane]));
  const compounds = new Set(lanes.keys());
  const elements: ElementDefinition[] = [];

  for (const column of layout.columns) {
    elements.push({
      group: 'nodes',
      data: { id: headerId(column.column), label: labels.column(column.column), kind: 'header' },
      position: { x: column.x + column.width / 2, y: layout.headerY },
      classes: 'column-header',
      selectable: false,
      grabbable: false,
      locked: true,
    });
  }

  for (const id of model.order) {
    if (!visible.has(id)) continue;
    const entry = model.byId.get(id)!;
    const n = entry.node;
    const counts = labels.counts({ companies: n.localCompanies, leads: n.activeLeads, projects: n.activeProjects });
    const isFrame = compounds.has(id);
    const faded = matches !== undefined && !matches.has(id);
    const parent = compoundFrames && entry.parentId !== null && compounds.has(entry.rootId) ? entry.rootId : undefined;
    const lane = isFrame && !compoundFrames ? lanes.get(id) : undefined;
    elements.push({
      group: 'nodes',
      data: {
        id,
        parent,
        kind: isFrame ? 'focus' : 'node',
        name: n.name,
        label: isFrame ? `${flagMarks(n)}${n.name}  ·  ${counts}` : `${flagMarks(n)}${truncate(n.name, maxNameWidth)}\n${counts}`,
        status: n.status,
        column: entry.column,
        depth: entry.depth,
        isHighEnd: n.isHighEnd,
        isKey: n.isKey,
        isGap: n.isGap,
        isUncovered: n.isUncovered,
        localCompanies: n.localCompanies,
        activeLeads: n.activeLeads,
        activeProjects: n.activeProjects,
        ...(lane ? { frameWidth: lane.width + 2 * framePadding, frameHeight: lane.height + 2 * framePadding } : {}),
      },
      position: lane ? { x: lane.x + lane.width / 2, y: lane.y + lane.height / 2 } : isFrame ? undefined : layout.positions.get(id),
      classes: nodeClasses(n, [isFrame ? 'focus' : '', lane ? 'frame' : '', faded ? 'context' : '']),
      grabbable: false,
    });
    if (hierarchyEdges && !isFrame && entry.parentId !== null && entry.parentId !== entry.rootId) {
      const shownParent = visibleAncestor(model, id, visible);
      if (shownParent !== null && shownParent !== entry.rootId) {
        elements.push({
          group: 'edges',
          data: { id: hierarchyEdgeId(id), source: shownParent, target: id, kind: 'hierarchy' },
          classes: 'hierarchy',
          selectable: false,
        });
      }
    }
  }

  for (const edge of model.edges) {
    if (!visible.has(edge.fromId) || !visible.has(edge.toId)) continue;
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.fromId, target: edge.toId, kind: 'supply' }, classes: 'supply' });
  }
  return elements;
}
