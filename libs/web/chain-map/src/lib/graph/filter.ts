import { ProjectStage } from '@chainboard/domain';
import { ancestorsOf, type MapModel, type MapNodeInput } from './model';

/** Which nodes to show by gap analysis: all, only gaps (薄弱缺), or only gaps nobody works on. */
export type GapFilter = 'all' | 'gaps' | 'uncovered';
export const GAP_FILTERS: readonly GapFilter[] = ['all', 'gaps', 'uncovered'];

export interface MapFilter {
  gaps: GapFilter;
  /** Only nodes with at least one project at this stage; null for any. */
  stage: `${ProjectStage}` | null;
}

export const NO_FILTER: MapFilter = { gaps: 'all', stage: null };

export function isFiltering(filter: MapFilter): boolean {
  return filter.gaps !== 'all' || filter.stage !== null;
}

export function matchesFilter(node: MapNodeInput, filter: MapFilter): boolean {
  if (filter.gaps === 'gaps' && !node.isGap) return false;
  if (filter.gaps === 'uncovered' && !node.isUncovered) return false;
  if (filter.stage !== null && !node.projectsByStage.some((s) => s.stage === filter.stage && s.count > 0)) return false;
  return true;
}

export interface FilterResult {
  /** Nodes that match the filter. */
  matches: ReadonlySet<string>;
  /** What the map draws: the matches and the focus directions that contain them (as their frames). */
  mapVisible: ReadonlySet<string>;
  /** What the tree table lists: the matches and all their ancestors, so the tree stays connected. */
  treeVisible: ReadonlySet<string>;
}

export function applyFilter(model: MapModel, filter: MapFilter): FilterResult {
  if (!isFiltering(filter)) {
    const all = new Set(model.order);
    return { matches: all, mapVisible: all, treeVisible: all };
  }
  const matches = new Set<string>();
  const mapVisible = new Set<string>();
  const treeVisible = new Set<string>();
  for (const id of model.order) {
    const entry = model.byId.get(id)!;
    if (!matchesFilter(entry.node, filter)) continue;
    matches.add(id);
    mapVisible.add(id);
    mapVisible.add(entry.rootId);
    treeVisible.add(id);
    for (const ancestor of ancestorsOf(model, id)) {
      if (treeVisible.has(ancestor)) break;
      treeVisible.add(ancestor);
    }
  }
  return { matches, mapVisible, treeVisible };
}
