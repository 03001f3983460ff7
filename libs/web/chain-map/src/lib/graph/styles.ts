import type { StylesheetJson } from 'cytoscape';
import type { RenderPlan } from './render-plan';

/**
 * Status colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies), each with its own
 * shape and border style, so that status reads without colour too (and in a grey-scale print).
 */
export const STATUS_STYLES = {
  STRONG: { fill: '#d9ebf7', border: '#0072b2', borderStyle: 'solid', borderWidth: 2, shape: 'round-rectangle' },
  WEAK: { fill: '#fcefd2', border: '#e69f00', borderStyle: 'dashed', borderWidth: 3, shape: 'cut-rectangle' },
  MISSING: { fill: '#fbe3d6', border: '#d55e00', borderStyle: 'double', borderWidth: 5, shape: 'rectangle' },
} as const;

/** High-end (高精尖) nodes get an outline in the palette's reddish purple, on top of the ★ mark. */
export const HIGH_END_COLOR = '#cc79a7';
/** Search hits are underlaid in the palette's yellow. */
export const HIT_COLOR = '#f0e442';
export const SELECTED_COLOR = '#1f1f1f';
export const EDGE_COLOR = '#6b6b6b';
export const HIERARCHY_COLOR = '#b0b0b0';

export const FONT_FAMILY = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif';

/** The Cytoscape stylesheet; node sizes come from the layout metrics so that the placement never overlaps. */
export function mapStylesheet(plan: RenderPlan, size: { width: number; height: number }): StylesheetJson {
  const statusRules = (Object.keys(STATUS_STYLES) as Array<keyof typeof STATUS_STYLES>).flatMap((status) => {
    const s = STATUS_STYLES[status];
    return [
      {
        selector: `node.status-${status.toLowerCase()}`,
        style: { 'background-color': s.fill, 'border-color': s.border, 'border-style': s.borderStyle, 'border-width': s.borderWidth, shape: s.shape },
      },
      {
        selector: `node.focus.status-${status.toLowerCase()}`,
        style: { 'background-color': s.fill, 'background-opacity': 0.28, shape: 'round-rectangle' },
      },
    ];
  });

  return [
    {
      selector: 'node',
      style: {
        width: size.width,
        height: size.height,
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 12,
        color: '#1f1f1f',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': `${size.width - 10}px`,
        'line-height': 1.35,
        'min-zoomed-font-size': plan.minZoomedFontSize,
      },
    },
    ...statusRules,
    { selector: 'node.key', style: { 'font-weight': 'bold' } },
    {
      selector: 'node.high-end',
      style: { 'outline-width': 3, 'outline-color': HIGH_END_COLOR, 'outline-offset': 2, 'outline-opacity': 1 },
    },
    {
      selector: 'node.focus',
      style: {
        'text-valign': 'top',
        'text-halign': 'center',
        'text-wrap': 'none',
        'font-size': 15,
        'font-weight': 'bold',
        'text-margin-y': -6,
        padding: '18px',
        'border-width': 2,
      },
    },
    {
      // A focus direction drawn as a plain frame behind its lane (large maps): sized by the layout, under
      // the edges and the nodes.
      selector: 'node.frame',
      style: {
        width: 'data(frameWidth)',
        height: 'data(frameHeight)',
        'z-index-compare': 'manual',
        'z-index': 0,
        'text-margin-y': -4,
      },
    },
    ...(plan.compoundFrames
      ? []
      : [
          { selector: 'node[kind = "node"]', style: { 'z-index-compare': 'manual', 'z-index': 2 } },
          { selector: 'edge', style: { 'z-index-compare': 'manual', 'z-index': 1 } },
        ]),
    {
      selector: 'node.column-header',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef2f7',
        'background-opacity': 1,
        'border-width': 0,
        width: size.width,
        height: 34,
        'font-size': 16,
        'font-weight': 'bold',
        color: '#3a3a3a',
        events: 'no',
      },
    },
    { selector: 'node.context', style: { opacity: 0.55 } },
    {
      selector: 'node.hit',
      style: { 'underlay-color': HIT_COLOR, 'underlay-padding': 9, 'underlay-opacity': 0.9, 'underlay-shape': 'round-rectangle' },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': SELECTED_COLOR, 'overlay-opacity': 0.12, 'overlay-padding': 6, 'border-color': SELECTED_COLOR },
    },
    {
      selector: 'node.edge-source',
      style: { 'overlay-color': '#0072b2', 'overlay-opacity': 0.25, 'overlay-padding': 8 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': EDGE_COLOR,
        'curve-style': plan.edgeCurve,
        'target-arrow-shape': plan.arrows ? 'triangle' : 'none',
        'target-arrow-color': EDGE_COLOR,
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    {
      selector: 'edge.hierarchy',
      style: {
        width: 1,
        'line-color': HIERARCHY_COLOR,
        'line-style': 'dotted',
        'target-arrow-shape': 'none',
        'curve-style': plan.edgeCurve === 'haystack' ? 'haystack' : 'straight',
        events: 'no',
      },
    },
    { selector: 'edge:selected', style: { width: 4, 'line-color': SELECTED_COLOR, 'target-arrow-color': SELECTED_COLOR, opacity: 1 } },
  ] as StylesheetJson;
}
