import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MapView } from './MapControls';

/**
 * What the map page points at: the selected node or edge (the side panel), the node to bring into view, the search
 * hits, and the view (map or list, kept in the address as ?view=table).
 */
export function useMapSelection() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const [selectedNodeId, setSelectedNodeId] = useState<string | null>(null);
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | null>(null);
  const [hits, setHits] = useState<string[]>([]);
  const view: MapView = searchParams.get('view') === 'table' ? 'table' : 'map';

  const selectNode = useCallback((nodeId: string | null) => {
    setSelectedNodeId(nodeId);
    setSelectedEdgeId(null);
  }, []);

  return {
    view,
    setView: (next: MapView) => {
      setFocus(null);
      setSearchParams(
        (params) => {
          if (next === 'table') params.set('view', 'table');
          else params.delete('view');
          return params;
        },
        { replace: true },
      );
    },
    focus,
    selectedNodeId,
    selectedEdgeId,
    hits,
    setHits,
    selectNode,
    /** Selects a node and brings it into view. */
    showNode: (nodeId: string) => {
      selectNode(nodeId);
      setFocus({ id: nodeId });
    },
    focusNode: (nodeId: string) => setFocus({ id: nodeId }),
    selectEdge: (edgeId: string | null) => {
      setSelectedEdgeId(edgeId);
      setSelectedNodeId(null);
    },
  };
}

export type MapSelection = ReturnType<typeof useMapSelection>;
