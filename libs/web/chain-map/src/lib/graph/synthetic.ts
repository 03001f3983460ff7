import type { MapEdgeInput, MapGraphInput, MapNodeInput } from './model';
import names from './synthetic-names.json';

const HEADS = names.heads;
const TAILS = names.tails;
const FOCUS = names.focus;

/**
 * Seed-like chain maps of any size, for tests and the benchmark: a few focus directions, segments under them
 * (up to four levels), Chinese names, statuses, flags, counts and supply edges mostly running upstream →
 * downstream. Deterministic for a given seed.
 */
export interface SyntheticOptions {
  nodes: number;
  focusDirections?: number;
  /** Supply edges per node. */
  edgesPerNode?: number;
  seed?: number;
}

const POSITIONS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
const STAGES = ['NEGOTIATING', 'SIGNED', 'REGISTERED', 'CONSTRUCTION_STARTED', 'IN_PRODUCTION', 'AT_FULL_CAPACITY', 'DROPPED'] as const;

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticMap(options: SyntheticOptions): MapGraphInput {
  const random = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const total = Math.max(1, options.nodes);
  const focusCount = Math.min(total, Math.max(1, options.focusDirections ?? Math.min(10, Math.max(3, Math.round(total / 400)))));
  const nodes: MapNodeInput[] = [];
  const depthOf = new Map<string, number>();
  const rootOf = new Map<string, string>();
  const positionOf = new Map<string, (typeof POSITIONS)[number]>();

  const makeNode = (id: string, name: string, parentId: string | null, position: (typeof POSITIONS)[number] | null, sortOrder: number): MapNodeInput => {
    const r = random();
    const status = r < 0.5 ? 'STRONG' : r < 0.8 ? 'WEAK' : 'MISSING';
    const activeLeads = random() < 0.35 ? 1 + Math.floor(random() * 4) : 0;
    const projectsByStage = random() < 0.3 ? [{ stage: pick(STAGES), count: 1 + Math.floor(random() * 3) }] : [];
    const activeProjects = projectsByStage.filter((p) => p.stage !== 'DROPPED').reduce((a, p) => a + p.count, 0);
    const isGap = status !== 'STRONG';
    return {
      id,
      parentId,
      name,
      position,
      status,
      isHighEnd: random() < 0.15,
      isKey: random() < 0.2,
      sortOrder,
      localCompanies: status === 'STRONG' ? 1 + Math.floor(random() * 8) : Math.floor(random() * 2),
      activeLeads,
      activeProjects,
      anchorCompanies: random() < 0.1 ? 1 : 0,
      targetCompanies: Math.floor(random() * 3),
      projectsByStage,
      isGap,
      isUncovered: isGap && activeLeads === 0 && activeProjects === 0,
    };
  };

  for (let f = 0; f < focusCount; f++) {
    const id = `f${f}`;
    const name = f < FOCUS.length ? FOCUS[f] : `${FOCUS[f % FOCUS.length]}${Math.floor(f / FOCUS.length) + 1}`;
    nodes.push(makeNode(id, name, null, null, f + 1));
    depthOf.set(id, 0);
    rootOf.set(id, id);
  }
  for (let i = focusCount; i < total; i++) {
    const id = `n${i}`;
    // Most nodes sit directly under a focus direction or under a segment; a few go deeper (up to depth 3).
    let parent: MapNodeInput;
    if (i < focusCount * 4 || random() < 0.45) parent = nodes[Math.floor(random() * focusCount)];
    else {
      parent = nodes[focusCount + Math.floor(random() * (i - focusCount))];
      if ((depthOf.get(parent.id) ?? 0) >= 3) parent = nodes[Math.floor(random() * focusCount)];
    }
    const depth = (depthOf.get(parent.id) ?? 0) + 1;
    const inherited = positionOf.get(parent.id);
    const position = inherited && random() < 0.7 ? inherited : random() < 0.05 ? null : pick(POSITIONS);
    nodes.push(makeNode(id, `${pick(HEADS)}${pick(TAILS)}${i}`, parent.id, position, i));
    depthOf.set(id, depth);
    rootOf.set(id, rootOf.get(parent.id)!);
    if (position) positionOf.set(id, position);
  }

  const edges: MapEdgeInput[] = [];
  const seen = new Set<string>();
  const segments = nodes.slice(focusCount);
  const lists = POSITIONS.map((p) => segments.filter((n) => n.position === p));
  // The same lists per focus direction: most supply stays inside one focus direction.
  const local = new Map<string, MapNodeInput[][]>();
  for (const n of segments) {
    const root = rootOf.get(n.id)!;
    if (!local.has(root)) local.set(root, POSITIONS.map(() => []));
    if (n.position) local.get(root)![POSITIONS.indexOf(n.position)].push(n);
  }
  const wanted = Math.round(total * (options.edgesPerNode ?? 1));
  for (let k = 0, tries = 0; k < wanted && tries < wanted * 5 && segments.length > 1; tries++) {
    // Supply runs downstream: upstream → midstream, midstream → downstream; some skip a level.
    const level = random() < 0.5 ? 0 : 1;
    const from = lists[level].length ? pick(lists[level]) : pick(segments);
    const toLevel = Math.min(2, level + (random() < 0.8 ? 1 : 2));
    const sameFocus = local.get(rootOf.get(from.id)!)?.[toLevel] ?? [];
    const targets = sameFocus.length && random() < 0.85 ? sameFocus : lists[toLevel];
    const to = targets.length ? pick(targets) : pick(segments);
    const key = `${from.id}>${to.id}`;
    if (from.id === to.id || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${k}`, fromId: from.id, toId: to.id });
    k++;
  }
  return { nodes, edges };
}
