import type { Core } from 'cytoscape';
import type { PreparedMap } from '../graph/prepare';

/**
 * What browser tests read to click on the canvas: the Cytoscape instance and the drawn map. Set only under
 * automation (navigator.webdriver, as Playwright sets it) or with `?test` in the URL; never in normal use.
 */
export interface ChainMapTestHook {
  cy: Core;
  prepared: PreparedMap;
  /** The on-screen (page) centre of a node, to click it. */
  nodeCenter: (id: string) => { x: number; y: number } | null;
  /** Node ids by exact name. */
  idsByName: (name: string) => string[];
}

declare global {
  interface Window {
    __chainMap?: ChainMapTestHook;
  }
}

export function testHookEnabled(): boolean {
  if (typeof window === 'undefined') return false;
  return navigator.webdriver === true || new URLSearchParams(window.location.search).has('test');
}

/** Sets window.__chainMap when enabled; returns the function that removes it again. */
export function exposeTestHook(cy: Core, prepared: PreparedMap): () => void {
  if (!testHookEnabled()) return () => undefined;
  const hook: ChainMapTestHook = {
    cy,
    prepared,
    nodeCenter: (id) => {
      const node = cy.getElementById(id);
      if (node.empty()) return null;
      const box = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    idsByName: (name) => cy.nodes().filter((n) => n.data('name') === name).map((n) => n.id()),
  };
  window.__chainMap = hook;
  return () => {
    if (window.__chainMap === hook) delete window.__chainMap;
  };
}
