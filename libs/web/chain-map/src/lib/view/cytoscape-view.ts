import cytoscape, { type Core } from 'cytoscape';
import type { PreparedMap } from '../graph/prepare';
import { isSoftwareRenderer } from '../graph/render-plan';
import { mapStylesheet } from '../graph/styles';

/**
 * The Cytoscape side of the map, kept apart from React so that the benchmark page can draw a map exactly as the
 * app does. Browser only (Cytoscape needs a canvas).
 */

let webgl2: boolean | undefined;

/** The GPU's name as WebGL reports it ('' when it does not say), or null without WebGL2. */
export function webglRendererName(): string | null {
  try {
    const context = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!context) return null;
    const info = context.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/**
 * Whether Cytoscape's WebGL renderer will help here (checked once): WebGL2 on a real GPU. A software
 * rasteriser (SwiftShader in a headless or GPU-less browser) makes it far slower than the canvas renderer:
 * see apps/web-e2e/bench/results.md.
 */
export function supportsWebGL(): boolean {
  if (webgl2 === undefined) {
    try {
      const name = webglRendererName();
      webgl2 = name !== null && !isSoftwareRenderer(name);
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

export const FIT_PADDING = 32;

/** A Cytoscape instance drawing a prepared map: preset positions, the stylesheet and the renderer of its size. */
export function createMapCy(container: HTMLElement, prepared: PreparedMap): Core {
  const { plan, elements, metrics } = prepared;
  return cytoscape({
    container,
    elements,
    style: mapStylesheet(plan, { width: metrics.nodeWidth, height: metrics.nodeHeight }),
    layout: { name: 'preset', fit: true, padding: FIT_PADDING },
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: 'single',
    motionBlur: false,
    hideEdgesOnViewport: plan.hideEdgesOnViewport,
    textureOnViewport: plan.textureOnViewport,
    pixelRatio: plan.pixelRatio,
    webgl: plan.webgl,
  });
}

/**
 * Resolves after Cytoscape has drawn the current elements and the browser has shown that frame (or after
 * `fallbackMs`, should no render event come).
 */
export function afterFirstPaint(cy: Core, fallbackMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    };
    cy.one('render', finish);
    setTimeout(finish, fallbackMs);
  });
}

/** The whole map as a PNG (white background, twice the screen resolution for small maps). */
export function mapPng(cy: Core, large: boolean): Blob {
  return cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: large ? 1 : 2, maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob;
}

/** Zooms by a factor around the centre of the view. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
