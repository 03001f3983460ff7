import type { ElementDefinition } from 'cytoscape';
import { buildElements, type ElementLabels } from './elements';
import { applyFilter, NO_FILTER, type FilterResult, type MapFilter } from './filter';
import { DEFAULT_METRICS, layeredLayout, type LayoutMetrics, type LayoutResult } from './layout';
import type { MapModel } from './model';
import { chooseRenderPlan, type Capabilities, type RenderPlan } from './render-plan';

export interface PreparedMap {
  /** The filter asked for, and what it keeps. */
  appliedFilter: MapFilter;
  filter: FilterResult;
  layout: LayoutResult;
  plan: RenderPlan;
  elements: ElementDefinition[];
  metrics: LayoutMetrics;
  /** How long each step took (ms), for the benchmark. */
  timings: { filterMs: number; layoutMs: number; elementsMs: number };
}

export interface PrepareOptions {
  filter?: MapFilter;
  labels: ElementLabels;
  capabilities: Capabilities;
  metrics?: LayoutMetrics;
  /** Width : height of the drawing area, which the wrapping of long cells aims at. */
  aspect?: number;
}

/** Everything the map view draws, from the model and the filter: which nodes, where, and how. No DOM needed. */
export function prepareMap(model: MapModel, options: PrepareOptions): PreparedMap {
  const base = options.metrics ?? DEFAULT_METRICS;
  const metrics = options.aspect ? { ...base, aspect: Math.min(3, Math.max(0.5, options.aspect)) } : base;
  const appliedFilter = options.filter ?? NO_FILTER;
  const t0 = performance.now();
  const filter = applyFilter(model, appliedFilter);
  const plan = chooseRenderPlan(filter.mapVisible.size, options.capabilities);
  const t1 = performance.now();
  const layout = layeredLayout(model, filter.mapVisible, metrics);
  const t2 = performance.now();
  const elements = buildElements(model, filter.mapVisible, {
    labels: options.labels,
    layout,
    matches: filter.matches.size === model.order.length ? undefined : filter.matches,
    hierarchyEdges: plan.hierarchyEdges,
    compoundFrames: plan.compoundFrames,
  });
  const t3 = performance.now();
  return { appliedFilter, filter, layout, plan, elements, metrics, timings: { filterMs: t1 - t0, layoutMs: t2 - t1, elementsMs: t3 - t2 } };
}
