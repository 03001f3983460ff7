import type { Core, EventObject } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { PreparedMap } from '../graph/prepare';
import { createMapCy, FIT_PADDING, mapPng, zoomBy } from '../view/cytoscape-view';
import { exposeTestHook } from '../view/test-hook';

export interface MapCanvasHandle {
  fit: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  /** The whole map as a PNG, or null before it is drawn. */
  png: () => Blob | null;
}

export interface MapCanvasProps {
  prepared: PreparedMap;
  /** Accessible name of the drawing (the tree table is its screen-reader equivalent). */
  label: string;
  selectedNodeId: string | null;
  selectedEdgeId: string | null;
  /** Search hits, underlaid in yellow. */
  hits: readonly string[];
  /** A node to centre on; a new object centres again. */
  focus: { id: string } | null;
  /** The chosen supplier while adding an edge. */
  connectSourceId: string | null;
  onTapNode: (id: string) => void;
  onTapEdge: (id: string) => void;
  onTapBackground: () => void;
  ref?: Ref<MapCanvasHandle>;
}

/** The Cytoscape drawing. A new prepared map (data, filter or language changed) makes a new Cytoscape instance. */
export function MapCanvas({ prepared, label, selectedNodeId, selectedEdgeId, hits, focus, connectSourceId, onTapNode, onTapEdge, onTapBackground, ref }: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onTapNode, onTapEdge, onTapBackground });
  handlers.current = { onTapNode, onTapEdge, onTapBackground };

  useEffect(() => {
    if (!container.current) return undefined;
    const cy = createMapCy(container.current, prepared);
    cyRef.current = cy;
    cy.on('tap', 'node', (event: EventObject) => {
      const kind = event.target.data('kind');
      if (kind === 'node' || kind === 'focus') handlers.current.onTapNode(event.target.id());
    });
    cy.on('tap', 'edge.supply', (event: EventObject) => handlers.current.onTapEdge(event.target.id()));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) handlers.current.onTapBackground();
    });
    const removeHook = exposeTestHook(cy, prepared);
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      removeHook();
      cyRef.current = null;
      cy.destroy();
    };
  }, [prepared]);

  // Selection, hits and the edge source are classes on the current instance: cheap to re-apply after a rebuild.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedNodeId) cy.getElementById(selectedNodeId).select();
      if (selectedEdgeId) cy.getElementById(selectedEdgeId).select();
    });
  }, [prepared, selectedNodeId, selectedEdgeId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.hit').removeClass('hit');
      for (const id of hits) cy.getElementById(id).addClass('hit');
      cy.nodes('.edge-source').removeClass('edge-source');
      if (connectSourceId) cy.getElementById(connectSourceId).addClass('edge-source');
    });
  }, [prepared, hits, connectSourceId]);

  // Centre once per request: a rebuild for another filter does not jump back to an old search hit.
  const centred = useRef<{ id: string } | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focus || centred.current === focus) return;
    const node = cy.getElementById(focus.id);
    if (node.empty()) return;
    centred.current = focus;
    const zoom = Math.max(cy.zoom(), 1);
    if (prepared.plan.animate) cy.animate({ center: { eles: node }, zoom }, { duration: 350 });
    else {
      cy.zoom(zoom);
      cy.center(node);
    }
  }, [prepared, focus]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => cyRef.current?.fit(undefined, FIT_PADDING),
      zoomIn: () => cyRef.current && zoomBy(cyRef.current, 1.25),
      zoomOut: () => cyRef.current && zoomBy(cyRef.current, 0.8),
      png: () => (cyRef.current ? mapPng(cyRef.current, prepared.plan.sizeClass === 'large') : null),
    }),
    [prepared],
  );

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid="chain-map-canvas"
      style={{ width: '100%', height: 'max(480px, calc(100vh - 330px))', background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8 }}
    />
  );
}
