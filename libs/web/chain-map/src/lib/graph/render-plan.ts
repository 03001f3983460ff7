/**
 * How to draw a map of a given size. Small maps get curved edges with arrows, the hierarchy lines and animated
 * moves; large ones the cheapest settings that keep 5,000 nodes usable: the WebGL renderer when the browser has
 * WebGL, haystack edges hidden while panning and zooming, no labels when zoomed far out.
 */
export type SizeClass = 'small' | 'medium' | 'large';

/** Up to this many drawn nodes a map is small (any layout and edge style is fast). */
export const SMALL_MAP_LIMIT = 300;
/** From this many drawn nodes on, a map is large. */
export const LARGE_MAP_FROM = 1000;

export interface RenderPlan {
  sizeClass: SizeClass;
  /** Cytoscape's WebGL renderer (cytoscape ≥ 3.31). */
  webgl: boolean;
  edgeCurve: 'bezier' | 'straight' | 'haystack';
  /** Arrows on supply edges (haystack edges cannot have them). */
  arrows: boolean;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  /** Dotted lines from a sub-node to its parent (where the indentation alone may not tell). */
  hierarchyEdges: boolean;
  /** Labels smaller than this on screen are not drawn. */
  minZoomedFontSize: number;
  /** 1 on large maps: fewer pixels to fill on high-density screens. */
  pixelRatio: number | 'auto';
  /** Animate fit and centre. */
  animate: boolean;
  /**
   * Focus directions as Cytoscape compound nodes (sized around their children by Cytoscape), or, on large maps,
   * as plain frame nodes sized by the layout behind their lane: the same drawing at a third of the set-up cost.
   */
  compoundFrames: boolean;
}

export function sizeClassOf(nodeCount: number): SizeClass {
  if (nodeCount < SMALL_MAP_LIMIT) return 'small';
  if (nodeCount < LARGE_MAP_FROM) return 'medium';
  return 'large';
}

export interface Capabilities {
  /** Whether the browser gives a hardware WebGL2 context (a browser without a GPU may only emulate one). */
  webgl: boolean;
}

/** Whether a WebGL renderer name (WEBGL_debug_renderer_info) is a software rasteriser rather than a GPU. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver|microsoft basic/i.test(name);
}

export function chooseRenderPlan(nodeCount: number, capabilities: Capabilities): RenderPlan {
  const sizeClass = sizeClassOf(nodeCount);
  switch (sizeClass) {
    case 'small':
      return {
        sizeClass,
        webgl: false,
        edgeCurve: 'bezier',
        arrows: true,
        hideEdgesOnViewport: false,
        textureOnViewport: false,
        hierarchyEdges: true,
        minZoomedFontSize: 0,
        pixelRatio: 'auto',
        animate: true,
        compoundFrames: true,
      };
    case 'medium':
      return {
        sizeClass,
        webgl: false,
        edgeCurve: 'straight',
        arrows: true,
        hideEdgesOnViewport: true,
        textureOnViewport: false,
        hierarchyEdges: true,
        minZoomedFontSize: 6,
        pixelRatio: 'auto',
        animate: false,
        compoundFrames: true,
      };
    case 'large':
      return {
        sizeClass,
        webgl: capabilities.webgl,
        edgeCurve: 'haystack',
        arrows: false,
        hideEdgesOnViewport: true,
        // The canvas renderer's viewport texture; the WebGL renderer has no need of it.
        textureOnViewport: !capabilities.webgl,
        hierarchyEdges: false,
        minZoomedFontSize: 8,
        pixelRatio: 1,
        animate: false,
        compoundFrames: false,
      };
  }
}
