/* eslint-disable @nx/enforce-module-boundaries -- a harness outside the app: it imports the chain-map library's internals on purpose. */
/**
 * The benchmark page: draws a chain map exactly as the app does (the library's model, filter, layered layout,
 * elements, render plan and Cytoscape setup) and times each step. Driven by map-bench.mjs through
 * window.chainMapBench; nothing here runs on its own.
 */
import type { Core } from 'cytoscape';
import ELK from 'elkjs/lib/elk.bundled.js';
import { overlaps, prepareMap, toMapModel, type MapGraphInput, type MapModel } from '../../../../libs/web/chain-map/src/lib/graph';
import { syntheticMap } from '../../../../libs/web/chain-map/src/lib/graph/synthetic';
import { afterFirstPaint, createMapCy, supportsWebGL, webglRendererName } from '../../../../libs/web/chain-map/src/lib/view/cytoscape-view';
import seeded from '../fixtures/new-materials.json';

const labels = {
  counts: ({ companies, leads, projects }: { companies: number; leads: number; projects: number }) => `企 ${companies} · 线 ${leads} · 项 ${projects}`,
  column: (column: string) => ({ UNASSIGNED: '未定位', UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' })[column] ?? column,
};

export interface Scenario {
  /** 'seeded' (the exported 高端新材料 map) or a synthetic size. */
  map: 'seeded' | number;
  seed?: number;
  /** Force the WebGL renderer on or off; by default the render plan decides (and the browser's support). */
  webgl?: boolean;
}

export interface DrawResult {
  nodes: number;
  edges: number;
  modelMs: number;
  layoutMs: number;
  elementsMs: number;
  cytoscapeMs: number;
  firstPaintMs: number;
  renderer: string;
  sizeClass: string;
  overlaps: number;
  columnViolations: number;
  width: number;
  height: number;
  maxRows: number;
}

let cy: Core | null = null;

function graphOf(scenario: Scenario): MapGraphInput {
  return scenario.map === 'seeded' ? (seeded as unknown as MapGraphInput) : syntheticMap({ nodes: scenario.map, seed: scenario.seed ?? 42 });
}

function columnViolations(model: MapModel, prepared: ReturnType<typeof prepareMap>): number {
  let bad = 0;
  for (const [id, p] of prepared.layout.positions) {
    const entry = model.byId.get(id)!;
    if (entry.parentId === null) continue;
    const column = prepared.layout.columns.find((c) => c.column === entry.column);
    if (!column || p.x < column.x || p.x > column.x + column.width) bad++;
  }
  return bad;
}

/** Builds and draws one map; the clock starts with the API's answer in hand and stops when the frame is shown. */
async function draw(scenario: Scenario): Promise<DrawResult> {
  cy?.destroy();
  cy = null;
  const graph = graphOf(scenario);
  const container = document.getElementById('map')!;
  const t0 = performance.now();
  const model = toMapModel(graph);
  const t1 = performance.now();
  const prepared = prepareMap(model, { labels, capabilities: { webgl: scenario.webgl ?? supportsWebGL() }, aspect: container.clientWidth / container.clientHeight });
  // A forced renderer (to compare both in one run) overrides the plan's choice.
  if (scenario.webgl !== undefined && prepared.plan.sizeClass === 'large') {
    prepared.plan = { ...prepared.plan, webgl: scenario.webgl, textureOnViewport: !scenario.webgl };
  }
  const t2 = performance.now();
  const instance = createMapCy(container, prepared);
  cy = instance;
  const t3 = performance.now();
  await afterFirstPaint(instance, 10_000);
  const t4 = performance.now();

  const { bounds } = prepared.layout;
  return {
    nodes: model.order.length,
    edges: model.edges.length,
    modelMs: t1 - t0 + prepared.timings.filterMs,
    layoutMs: prepared.timings.layoutMs,
    elementsMs: prepared.timings.elementsMs,
    cytoscapeMs: t3 - t2,
    firstPaintMs: t4 - t0,
    renderer: prepared.plan.webgl ? 'webgl' : 'canvas',
    sizeClass: prepared.plan.sizeClass,
    overlaps: overlaps(prepared.layout.positions, prepared.metrics.nodeWidth, prepared.metrics.nodeHeight).length,
    columnViolations: columnViolations(model, prepared),
    width: Math.round(bounds.x2 - bounds.x1),
    height: Math.round(bounds.y2 - bounds.y1),
    maxRows: prepared.layout.maxRows,
  };
}

/** Pans and zooms the drawn map every frame for `ms`, counting the frames the browser shows. */
async function panZoomFps(ms: number): Promise<{ fps: number; frames: number; seconds: number }> {
  const instance = cy!;
  const startZoom = instance.zoom();
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const step = (now: number) => {
      const t = (now - start) / 1000;
      frames++;
      // Pan in a circle and breathe the zoom around the fitted level: every frame changes the viewport.
      instance.viewport({
        zoom: startZoom * (1.6 + Math.sin(t * 2)),
        pan: { x: 300 * Math.cos(t * 3) - 200, y: 200 * Math.sin(t * 3) - 150 },
      });
      if (now - start < ms) requestAnimationFrame(step);
      else resolve({ fps: frames / ((now - start) / 1000), frames, seconds: (now - start) / 1000 });
    };
    requestAnimationFrame(step);
  });
}

/** ELK layered on the same map (the alternative for small maps), timed for comparison. Not drawn. */
async function elkLayout(scenario: Scenario): Promise<{ ms: number; nodes: number }> {
  const model = toMapModel(graphOf(scenario));
  const elk = new ELK();
  const children = model.roots.map((rootId) => ({
    id: rootId,
    layoutOptions: { 'elk.padding': '[top=30,left=18,bottom=18,right=18]' },
    children: model.order
      .filter((id) => id !== rootId && model.byId.get(id)!.rootId === rootId)
      .map((id) => ({
        id,
        width: 176,
        height: 46,
        layoutOptions: { 'elk.partitioning.partition': String(['UNASSIGNED', 'UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'].indexOf(model.byId.get(id)!.column)) },
      })),
  }));
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.partitioning.activate': 'true',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
    },
    children,
    edges: model.edges.map((e) => ({ id: e.id, sources: [e.fromId], targets: [e.toId] })),
  };
  const start = performance.now();
  await elk.layout(graph);
  return { ms: performance.now() - start, nodes: model.order.length };
}

declare global {
  interface Window {
    chainMapBench: {
      draw: typeof draw;
      panZoomFps: typeof panZoomFps;
      elkLayout: typeof elkLayout;
      webgl: () => boolean;
      webglName: () => string | null;
    };
  }
}

window.chainMapBench = { draw, panZoomFps, elkLayout, webgl: supportsWebGL, webglName: webglRendererName };
document.title = 'ready';
