import { applyFilter, matchesFilter, NO_FILTER } from './filter';
import { buildElements, flagMarks, headerId, hierarchyEdgeId, textWidth, truncate, type ElementLabels } from './elements';
import { chooseMaxRows, DEFAULT_METRICS, layeredLayout, overlaps } from './layout';
import { ancestorsOf, COLUMNS, descendantsOf, toMapModel, visibleAncestor, type MapNodeInput } from './model';
import { prepareMap } from './prepare';
import { chooseRenderPlan, isSoftwareRenderer, sizeClassOf } from './render-plan';
import { normalizeQuery, searchNodes } from './search';
import { syntheticMap } from './synthetic';
import { expandableKeys, toTreeRows } from './tree';

function node(id: string, parentId: string | null, name: string, extra: Partial<MapNodeInput> = {}): MapNodeInput {
  const status = extra.status ?? 'STRONG';
  const activeLeads = extra.activeLeads ?? 0;
  const activeProjects = extra.activeProjects ?? 0;
  const isGap = status !== 'STRONG';
  return {
    id,
    parentId,
    name,
    position: null,
    status,
    isHighEnd: false,
    isKey: false,
    sortOrder: 0,
    localCompanies: 0,
    activeLeads,
    activeProjects,
    projectsByStage: [],
    isGap,
    isUncovered: isGap && activeLeads === 0 && activeProjects === 0,
    ...extra,
  };
}

/** A small map like the seeded 高端新材料 one: two focus directions, segments on three positions, a sub-node. */
const sample = {
  nodes: [
    node('ceramics', null, '电子陶瓷材料', { sortOrder: 1 }),
    node('bio', null, '生物医用材料', { sortOrder: 2 }),
    node('powder', 'ceramics', '高纯氧化铝粉体', { position: 'UPSTREAM', sortOrder: 1, localCompanies: 2 }),
    node('substrate', 'ceramics', '陶瓷基板', { position: 'MIDSTREAM', sortOrder: 2, status: 'WEAK', activeLeads: 1 }),
    node('ltcc', 'substrate', 'LTCC 材料', { sortOrder: 1, status: 'MISSING', isHighEnd: true }),
    node('device', 'ceramics', '压电陶瓷器件', { position: 'DOWNSTREAM', sortOrder: 3, status: 'MISSING', isKey: true }),
    node('implant', 'bio', '人工种植牙', {
      position: 'DOWNSTREAM',
      sortOrder: 1,
      status: 'WEAK',
      activeProjects: 1,
      projectsByStage: [{ stage: 'SIGNED', count: 1 }],
    }),
  ],
  edges: [
    { id: 'e1', fromId: 'powder', toId: 'substrate' },
    { id: 'e2', fromId: 'substrate', toId: 'device' },
    { id: 'self', fromId: 'device', toId: 'device' },
    { id: 'dangling', fromId: 'device', toId: 'gone' },
  ],
};

const labels: ElementLabels = {
  counts: ({ companies, leads, projects }) => `C${companies} L${leads} P${projects}`,
  column: (column) => column.toLowerCase(),
};

describe('toMapModel', () => {
  const model = toMapModel(sample);

  it('orders the nodes depth-first in map order, focus directions first in their lanes', () => {
    expect(model.roots).toEqual(['ceramics', 'bio']);
    expect(model.order).toEqual(['ceramics', 'powder', 'substrate', 'ltcc', 'device', 'bio', 'implant']);
  });

  it('computes depth and root, and inherits the column from the nearest positioned ancestor', () => {
    const ltcc = model.byId.get('ltcc')!;
    expect(ltcc).toMatchObject({ depth: 2, rootId: 'ceramics', column: 'MIDSTREAM', parentId: 'substrate' });
    expect(model.byId.get('ceramics')!.column).toBe('UNASSIGNED');
  });

  it('drops self-loops and edges to nodes that are not on the map', () => {
    expect(model.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('keeps nodes whose parent is missing or part of a cycle, as top-level nodes', () => {
    const broken = toMapModel({
      nodes: [node('a', 'b', 'A'), node('b', 'a', 'B'), node('c', 'nowhere', 'C')],
      edges: [],
    });
    expect(broken.order).toHaveLength(3);
    expect(broken.byId.get('c')!.parentId).toBeNull();
    expect(broken.roots.length).toBeGreaterThanOrEqual(2);
  });

  it('finds ancestors, descendants and the nearest visible ancestor', () => {
    expect(ancestorsOf(model, 'ltcc')).toEqual(['substrate', 'ceramics']);
    expect(descendantsOf(model, 'ceramics').sort()).toEqual(['device', 'ltcc', 'powder', 'substrate']);
    expect(visibleAncestor(model, 'ltcc', new Set(['ceramics']))).toBe('ceramics');
  });
});

describe('filters', () => {
  const model = toMapModel(sample);

  it('shows everything without a filter', () => {
    expect(applyFilter(model, NO_FILTER).mapVisible.size).toBe(7);
  });

  it('keeps only gaps, with their focus directions as frames on the map and all ancestors in the tree', () => {
    const result = applyFilter(model, { gaps: 'gaps', stage: null });
    expect([...result.matches].sort()).toEqual(['device', 'implant', 'ltcc', 'substrate']);
    expect([...result.mapVisible].sort()).toEqual(['bio', 'ceramics', 'device', 'implant', 'ltcc', 'substrate']);
    expect(result.treeVisible.has('ceramics')).toBe(true);
  });

  it('keeps only uncovered gaps (no active lead or project)', () => {
    const result = applyFilter(model, { gaps: 'uncovered', stage: null });
    expect([...result.matches].sort()).toEqual(['device', 'ltcc']);
    expect(result.treeVisible).toEqual(new Set(['ceramics', 'substrate', 'ltcc', 'device']));
  });

  it('keeps only nodes with a project at the chosen stage', () => {
    expect([...applyFilter(model, { gaps: 'all', stage: 'SIGNED' }).matches]).toEqual(['implant']);
    expect(applyFilter(model, { gaps: 'all', stage: 'IN_PRODUCTION' }).matches.size).toBe(0);
    expect(matchesFilter(model.byId.get('implant')!.node, { gaps: 'uncovered', stage: 'SIGNED' })).toBe(false);
  });
});

describe('searchNodes', () => {
  const model = toMapModel(sample);

  it('finds Chinese substrings, best matches first', () => {
    expect(searchNodes(model, '陶瓷')).toEqual(['substrate', 'ceramics', 'device']); // 陶瓷基板 starts with it
    expect(searchNodes(model, '陶瓷基板')).toEqual(['substrate']);
  });

  it('ignores case, full-width letters and surrounding spaces; an empty query finds nothing', () => {
    expect(normalizeQuery(' ＬＴＣＣ ')).toBe('ltcc');
    expect(searchNodes(model, ' ｌｔｃｃ')).toEqual(['ltcc']);
    expect(searchNodes(model, '   ')).toEqual([]);
  });
});

describe('layeredLayout', () => {
  const model = toMapModel(sample);
  const all = new Set(model.order);
  const layout = layeredLayout(model, all);

  it('places upstream left of midstream left of downstream', () => {
    const x = (id: string) => layout.positions.get(id)!.x;
    expect(x('powder')).toBeLessThan(x('substrate'));
    expect(x('substrate')).toBeLessThan(x('device'));
    expect(layout.columns.map((c) => c.column)).toEqual(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
  });

  it('gives each focus direction a lane below the previous one, and lets Cytoscape size the frames', () => {
    expect(layout.lanes.map((l) => l.rootId)).toEqual(['ceramics', 'bio']);
    expect(layout.lanes[1].y).toBeGreaterThan(layout.lanes[0].y + layout.lanes[0].height);
    expect(layout.positions.has('ceramics')).toBe(false);
    expect(layout.positions.get('implant')!.y).toBeGreaterThan(layout.positions.get('device')!.y);
  });

  it('indents a sub-node under its parent in the same cell', () => {
    const substrate = layout.positions.get('substrate')!;
    const ltcc = layout.positions.get('ltcc')!;
    expect(ltcc.x - substrate.x).toBe(DEFAULT_METRICS.indent);
    expect(ltcc.y).toBeGreaterThan(substrate.y);
  });

  it('places a focus direction with nothing visible under it as an ordinary node', () => {
    const lonely = layeredLayout(model, new Set(['bio']));
    expect(lonely.positions.has('bio')).toBe(true);
    expect(lonely.lanes).toEqual([expect.objectContaining({ rootId: 'bio', compound: false })]);
  });

  it('shows the unassigned column only when a node needs it', () => {
    const unplaced = toMapModel({ nodes: [node('f', null, 'F'), node('x', 'f', 'X')], edges: [] });
    expect(layeredLayout(unplaced, new Set(['f', 'x'])).columns.map((c) => c.column)).toEqual(['UNASSIGNED', 'UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
  });

  it.each([60, 500, 5000])('places a synthetic map of %i nodes without overlaps, columns in order', (size) => {
    const big = toMapModel(syntheticMap({ nodes: size, seed: size }));
    const result = layeredLayout(big, new Set(big.order));
    expect(overlaps(result.positions, DEFAULT_METRICS.nodeWidth, DEFAULT_METRICS.nodeHeight)).toEqual([]);
    // Every node lies inside its column's band.
    for (const [id, p] of result.positions) {
      const column = result.columns.find((c) => c.column === big.byId.get(id)!.column);
      if (big.byId.get(id)!.parentId === null) continue; // lonely focus directions may sit in the first used column
      expect(p.x).toBeGreaterThanOrEqual(column!.x);
      expect(p.x).toBeLessThanOrEqual(column!.x + column!.width);
    }
  });

  it('wraps long cells so that a 5,000-node map is not a thin strip', () => {
    const big = toMapModel(syntheticMap({ nodes: 5000, seed: 1 }));
    const { bounds, maxRows } = layeredLayout(big, new Set(big.order));
    const ratio = (bounds.x2 - bounds.x1) / (bounds.y2 - bounds.y1);
    expect(maxRows).toBeGreaterThanOrEqual(DEFAULT_METRICS.minRows);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(5);
  });

  it('does not wrap small cells', () => {
    expect(chooseMaxRows(5, 3, 3)).toBe(5);
    expect(chooseMaxRows(DEFAULT_METRICS.minRows + 1, 3, 3)).toBe(DEFAULT_METRICS.minRows);
  });

  it('is fast: 5,000 nodes in well under a second', () => {
    const big = toMapModel(syntheticMap({ nodes: 5000, seed: 7 }));
    const started = performance.now();
    layeredLayout(big, new Set(big.order));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('buildElements', () => {
  const model = toMapModel(sample);
  const all = new Set(model.order);
  const layout = layeredLayout(model, all);
  const elements = buildElements(model, all, { labels, layout, hierarchyEdges: true });
  const byId = new Map(elements.map((e) => [e.data.id, e]));

  it('draws focus directions as compound frames of their descendants', () => {
    expect(byId.get('ceramics')!.classes).toContain('focus');
    expect(byId.get('ceramics')!.position).toBeUndefined();
    expect(byId.get('ceramics')!.classes).not.toContain('frame');
    expect(byId.get('ltcc')!.data.parent).toBe('ceramics');
    expect(byId.get('powder')!.position).toEqual(layout.positions.get('powder'));
  });

  it('marks status, flags and uncovered gaps as classes, and writes flags and counts into the label', () => {
    expect(byId.get('ltcc')!.classes).toBe('status-missing high-end uncovered');
    expect(byId.get('device')!.classes).toBe('status-missing key uncovered');
    expect(byId.get('powder')!.data.label).toBe('高纯氧化铝粉体\nC2 L0 P0');
    expect(byId.get('ltcc')!.data.label).toBe('★ LTCC 材料\nC0 L0 P0');
    expect(flagMarks({ isHighEnd: true, isKey: true })).toBe('★ ◆ ');
  });

  it('adds column headers, supply edges, and hierarchy lines below the second level', () => {
    expect(byId.get(headerId('UPSTREAM'))!.data.label).toBe('upstream');
    expect(byId.get('e1')!.data).toMatchObject({ source: 'powder', target: 'substrate', kind: 'supply' });
    expect(byId.get(hierarchyEdgeId('ltcc'))!.data).toMatchObject({ source: 'substrate', target: 'ltcc' });
    expect(byId.has(hierarchyEdgeId('powder'))).toBe(false);
  });

  it('leaves out edges to hidden nodes and fades frames that do not match the filter', () => {
    const filter = applyFilter(model, { gaps: 'uncovered', stage: null });
    const filtered = buildElements(model, filter.mapVisible, { labels, layout: layeredLayout(model, filter.mapVisible), matches: filter.matches });
    const ids = filtered.map((e) => e.data.id);
    expect(ids).not.toContain('e1');
    expect(ids).not.toContain('powder');
    expect(filtered.find((e) => e.data.id === 'ceramics')!.classes).toContain('context');
  });

  it('cuts long names to the node width', () => {
    expect(textWidth('陶瓷ab')).toBeCloseTo(3.1);
    expect(truncate('一二三四五六七八九十', 5)).toBe('一二三四…');
    expect(truncate('短名', 5)).toBe('短名');
  });
});

describe('render plan', () => {
  it('chooses cheaper drawing as maps grow', () => {
    expect(sizeClassOf(60)).toBe('small');
    expect(sizeClassOf(500)).toBe('medium');
    expect(sizeClassOf(5000)).toBe('large');
    expect(chooseRenderPlan(60, { webgl: true })).toMatchObject({ webgl: false, edgeCurve: 'bezier', arrows: true });
    expect(chooseRenderPlan(5000, { webgl: true })).toMatchObject({ webgl: true, edgeCurve: 'haystack', hideEdgesOnViewport: true });
    expect(chooseRenderPlan(5000, { webgl: false })).toMatchObject({ webgl: false, textureOnViewport: true });
  });

  it('tells software WebGL (no help for speed) from a GPU', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });

  it('prepares the whole map in one call', () => {
    const model = toMapModel(syntheticMap({ nodes: 1200, seed: 3 }));
    const toModelRoot = (id: string) => model.byId.get(id)!.rootId;
    const prepared = prepareMap(model, { labels, capabilities: { webgl: false } });
    expect(prepared.plan.sizeClass).toBe('large');
    expect(prepared.elements.filter((e) => e.group === 'nodes').length).toBe(1200 + prepared.layout.columns.length);
    // Large maps draw focus directions as plain frames around their lane, not as compound parents.
    const frame = prepared.elements.find((e) => e.data.kind === 'focus')!;
    const lane = prepared.layout.lanes.find((l) => l.rootId === frame.data.id)!;
    expect(frame.classes).toContain('frame');
    expect(frame.position).toEqual({ x: lane.x + lane.width / 2, y: lane.y + lane.height / 2 });
    expect(frame.data.frameHeight).toBe(lane.height + 36);
    expect(prepared.elements.some((e) => e.data.parent)).toBe(false);
    for (const [id, p] of prepared.layout.positions) {
      const l = prepared.layout.lanes.find((x) => x.rootId === toModelRoot(id));
      if (!l || !l.compound) continue;
      expect(p.x).toBeGreaterThanOrEqual(l.x);
      expect(p.x).toBeLessThanOrEqual(l.x + l.width);
    }
  });
});

describe('toTreeRows', () => {
  const model = toMapModel(sample);

  it('nests rows by parent in map order', () => {
    const rows = toTreeRows(model, new Set(model.order));
    expect(rows.map((r) => r.key)).toEqual(['ceramics', 'bio']);
    expect(rows[0].children!.map((r) => r.key)).toEqual(['powder', 'substrate', 'device']);
    expect(rows[0].children![0].children).toBeUndefined();
    expect(expandableKeys(rows).sort()).toEqual(['bio', 'ceramics', 'substrate']);
  });

  it('hangs a row under its nearest visible ancestor', () => {
    const rows = toTreeRows(model, new Set(['ceramics', 'ltcc']));
    expect(rows[0].children!.map((r) => r.key)).toEqual(['ltcc']);
  });
});

describe('syntheticMap', () => {
  it('makes maps of the asked size, deterministic for a seed, with every column used', () => {
    const a = syntheticMap({ nodes: 500, seed: 9 });
    expect(a.nodes).toHaveLength(500);
    expect(syntheticMap({ nodes: 500, seed: 9 })).toEqual(a);
    const model = toMapModel(a);
    const columns = new Set([...model.byId.values()].map((n) => n.column));
    for (const column of COLUMNS.slice(1)) expect(columns.has(column)).toBe(true);
    expect(model.edges.length).toBeGreaterThan(400);
  });
});
