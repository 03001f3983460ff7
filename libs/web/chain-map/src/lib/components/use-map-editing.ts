import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainOwnership } from '@chainboard/domain';
import { errorMessage } from '@chainboard/web-ui';
import { addNodeInput, edgeProblem, offersReassign, updateNodeInput, type MapNode, type NodeFormValues } from '../data/edit';
import { useAddEdge, useAddNode, useDeleteEdge, useDeleteNode, useUpdateNode } from '../data/hooks';
import type { MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';
import type { ConnectState } from './EditBar';
import type { NodeFormTarget } from './NodeFormModal';
import type { MapSelection } from './use-map-selection';

/** A delete refused because things sit on the node: the API's message naming them, while a node to move them to is picked. */
export interface PendingReassign {
  node: MapNode;
  message: string;
}

/**
 * The map's edit mode: adding and editing nodes (the node form), connecting two nodes on the canvas (supplier, then
 * buyer; Escape stops), deleting nodes and edges, and moving what sits on a node before deleting it.
 */
export function useMapEditing({ chain, model, canEdit, selection }: { chain: ChainOwnership & { id: string }; model: MapModel; canEdit: boolean; selection: MapSelection }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const [editingOn, setEditingOn] = useState(false);
  const [connecting, setConnect] = useState<ConnectState>(null);
  const [formTarget, setFormTarget] = useState<NodeFormTarget | null>(null);
  const [reassign, setReassign] = useState<PendingReassign | null>(null);
  const [reassignError, setReassignError] = useState<unknown>(null);
  const addNode = useAddNode();
  const updateNode = useUpdateNode();
  const deleteNode = useDeleteNode();
  const addEdge = useAddEdge();
  const deleteEdge = useDeleteEdge();
  const editing = canEdit && editingOn;
  const connect = editing ? connecting : null;

  useEffect(() => {
    if (!connect) return undefined;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setConnect(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [connect]);

  const name = (nodeId: string) => model.byId.get(nodeId)?.node.name ?? nodeId;
  const fail = (error: unknown) => message.error(errorMessage(error, tCommon));

  const submitEdge = (fromId: string, toId: string) => {
    const problem = edgeProblem(model, fromId, toId);
    if (problem) {
      message.warning(t(problem === 'self' ? 'edit.edgeSelf' : 'edit.edgeExists'));
      return;
    }
    addEdge.mutate({ fromId, toId }, { onSuccess: () => message.success(t('edit.edgeAdded', { from: name(fromId), to: name(toId) })), onError: fail });
  };

  /** Saves the node form: a new node (selected and brought into view), or the changes to one (nothing sent when none). */
  const submitNode = async (values: NodeFormValues): Promise<void> => {
    if (!formTarget) return;
    if (formTarget.kind === 'add') {
      const added = await addNode.mutateAsync(addNodeInput(chain.id, values));
      message.success(t('edit.added', { name: added.name }));
      selection.showNode(added.id);
      return;
    }
    const input = updateNodeInput(formTarget.node, values);
    if (!input) {
      message.info(t('edit.noChanges'));
      return;
    }
    await updateNode.mutateAsync(input);
    message.success(t('edit.saved'));
  };

  const removeNode = (node: MapNode, reassignToId?: string) =>
    deleteNode.mutate(
      { nodeId: node.id, reassignToId },
      {
        onSuccess: () => {
          message.success(t('edit.deleted'));
          setReassign(null);
          selection.selectNode(null);
        },
        onError: (error) => {
          if (reassignToId) setReassignError(error);
          else if (offersReassign(error, model, node.id)) {
            setReassignError(null);
            setReassign({ node, message: errorMessage(error, tCommon) });
          } else fail(error);
        },
      },
    );

  const removeEdge = (edgeId: string) =>
    deleteEdge.mutate(edgeId, {
      onSuccess: () => {
        message.success(t('edit.deleted'));
        selection.selectEdge(null);
      },
      onError: fail,
    });

  return {
    editing,
    setEditing: (on: boolean) => {
      setEditingOn(on);
      if (!on) setConnect(null);
    },
    connect,
    startConnect: () => setConnect({ step: 'source' }),
    cancelConnect: () => setConnect(null),
    /** A tap on a node: the next step of connecting two nodes, or else selecting it. */
    tapNode: (nodeId: string) => {
      if (connect?.step === 'source') return setConnect({ step: 'target', sourceId: nodeId });
      if (connect?.step === 'target') {
        setConnect(null);
        return submitEdge(connect.sourceId, nodeId);
      }
      selection.selectNode(nodeId);
    },
    submitEdge,
    formTarget,
    openForm: setFormTarget,
    closeForm: () => setFormTarget(null),
    submitNode,
    removeNode,
    removeEdge,
    reassign,
    reassignError,
    confirmReassign: (reassignToId: string) => reassign && removeNode(reassign.node, reassignToId),
    cancelReassign: () => setReassign(null),
    busy: { deleting: deleteNode.isPending, edges: addEdge.isPending || deleteEdge.isPending },
  };
}
