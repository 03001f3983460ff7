import { App, Breadcrumb, Card, Flex, Switch, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { ChainMapPageQuery } from '@chainboard/web-graphql';
import { ErrorAlert, PageLoading, downloadBlob, errorMessage, i18n } from '@chainboard/web-ui';
import { addNodeInput, canEditMap, edgeProblem, offersReassign, updateNodeInput, type MapNode, type NodeFormValues } from '../data/edit';
import { useAddEdge, useAddNode, useChainMapPage, useDeleteEdge, useDeleteNode, useUpdateNode } from '../data/hooks';
import type { ElementLabels } from '../graph/elements';
import { NO_FILTER, type MapFilter } from '../graph/filter';
import { toMapModel } from '../graph/model';
import { prepareMap } from '../graph/prepare';
import { supportsWebGL } from '../view/cytoscape-view';
import { CHAIN_MAP_NS, registerChainMapI18n } from '../../i18n';
import { EditBar, type ConnectState } from './EditBar';
import { Legend } from './Legend';
import { MapCanvas, type MapCanvasHandle } from './MapCanvas';
import { MapControls, type MapView } from './MapControls';
import { MapToolbar } from './MapToolbar';
import { NodeDrawer } from './NodeDrawer';
import { NodeFormModal, type NodeFormTarget } from './NodeFormModal';
import { ReassignModal } from './ReassignModal';
import { TreeTableView } from './TreeTableView';

registerChainMapI18n(i18n);

type PageData = ChainMapPageQuery;

/** 产业链图谱 of one chain (/chains/:id/map): the map or its tree table, filters, search, the node panel, editing. */
export function ChainMapPage() {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const { id = '' } = useParams<{ id: string }>();
  const query = useChainMapPage(id);

  const breadcrumb = (name?: string) => (
    <Breadcrumb
      items={[
        { title: <Link to="/chains">{t('breadcrumb.chains')}</Link> },
        ...(name ? [{ title: <Link to={`/chains/${id}?tab=map`}>{name}</Link> }] : []),
        { title: t('breadcrumb.map') },
      ]}
    />
  );

  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <Flex vertical gap="middle">
        {breadcrumb()}
        <ErrorAlert error={query.error} />
      </Flex>
    );
  }
  return <ChainMapContent data={query.data} breadcrumb={breadcrumb(query.data.chain.name)} />;
}

function ChainMapContent({ data, breadcrumb }: { data: PageData; breadcrumb: React.ReactNode }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const { chain, chainMap } = data;
  const canEdit = canEditMap(user ? actorOf(user) : null, chain);

  const [searchParams, setSearchParams] = useSearchParams();
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const view: MapView = searchParams.get('view') === 'table' ? 'table' : 'map';
  const setView = (next: MapView) => {
    setFocus(null);
    setSearchParams(
      (params) => {
        if (next === 'table') params.set('view', 'table');
        else params.delete('view');
        return params;
      },
      { replace: true },
    );
  };

  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [selectedNodeId, setSelectedNodeId] = useState<string | null>(null);
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | null>(null);
  const [hits, setHits] = useState<string[]>([]);
  const [editingOn, setEditingOn] = useState(false);
  const editing = canEdit && editingOn;
  const [connect, setConnect] = useState<ConnectState>(null);
  const [formTarget, setFormTarget] = useState<NodeFormTarget | null>(null);
  const [reassign, setReassign] = useState<{ node: MapNode; message: string } | null>(null);
  const [reassignError, setReassignError] = useState<unknown>(null);
  const canvas = useRef<MapCanvasHandle>(null);

  const addNode = useAddNode();
  const updateNode = useUpdateNode();
  const deleteNode = useDeleteNode();
  const addEdge = useAddEdge();
  const deleteEdge = useDeleteEdge();

  const model = useMemo(() => toMapModel(chainMap), [chainMap]);
  const nodesById = useMemo(() => new Map(chainMap.nodes.map((n) => [n.id, n])), [chainMap]);
  const labels = useMemo<ElementLabels>(
    () => ({ counts: (counts) => t('counts', counts), column: (column) => t(`columns.${column}`) }),
    [t],
  );
  const prepared = useMemo(
    () =>
      prepareMap(model, {
        filter,
        labels,
        capabilities: { webgl: model.order.length >= 1000 && supportsWebGL() },
        aspect: window.innerWidth / Math.max(480, window.innerHeight - 330),
      }),
    [model, filter, labels],
  );

  const selectedNode = selectedNodeId ? (nodesById.get(selectedNodeId) ?? null) : null;
  const selectedEdge = selectedEdgeId ? (model.edges.find((e) => e.id === selectedEdgeId) ?? null) : null;
  const name = (nodeId: string) => nodesById.get(nodeId)?.name ?? nodeId;

  useEffect(() => {
    if (!editing) setConnect(null);
  }, [editing]);
  useEffect(() => {
    if (!connect) return undefined;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setConnect(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [connect]);

  const selectNode = useCallback((nodeId: string | null) => {
    setSelectedNodeId(nodeId);
    setSelectedEdgeId(null);
  }, []);

  const fail = (error: unknown) => message.error(errorMessage(error, tCommon));

  const submitEdge = (fromId: string, toId: string) => {
    const problem = edgeProblem(model, fromId, toId);
    if (problem) {
      message.warning(t(problem === 'self' ? 'edit.edgeSelf' : 'edit.edgeExists'));
      return;
    }
    addEdge.mutate(
      { fromId, toId },
      { onSuccess: () => message.success(t('edit.edgeAdded', { from: name(fromId), to: name(toId) })), onError: fail },
    );
  };

  const onTapNode = (nodeId: string) => {
    if (connect?.step === 'source') return setConnect({ step: 'target', sourceId: nodeId });
    if (connect?.step === 'target') {
      setConnect(null);
      return submitEdge(connect.sourceId, nodeId);
    }
    selectNode(nodeId);
  };

  const submitForm = (values: NodeFormValues) => {
    if (!formTarget) return;
    if (formTarget.kind === 'add') {
      addNode.mutate(addNodeInput(chain.id, values), {
        onSuccess: (added) => {
          message.success(t('edit.added', { name: added.name }));
          setFormTarget(null);
          selectNode(added.id);
          setFocus({ id: added.id });
        },
      });
      return;
    }
    const input = updateNodeInput(formTarget.node, values);
    if (!input) {
      message.info(t('edit.noChanges'));
      setFormTarget(null);
      return;
    }
    updateNode.mutate(input, {
      onSuccess: () => {
        message.success(t('edit.saved'));
        setFormTarget(null);
      },
    });
  };

  const openForm = (target: NodeFormTarget) => {
    addNode.reset();
    updateNode.reset();
    setFormTarget(target);
  };

  const removeNode = (node: MapNode, reassignToId?: string) => {
    deleteNode.mutate(
      { nodeId: node.id, reassignToId },
      {
        onSuccess: () => {
          message.success(t('edit.deleted'));
          setReassign(null);
          selectNode(null);
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
  };

  const removeEdge = (edgeId: string) =>
    deleteEdge.mutate(edgeId, {
      onSuccess: () => {
        message.success(t('edit.deleted'));
        setSelectedEdgeId(null);
      },
      onError: fail,
    });

  const exportPng = () => {
    const blob = canvas.current?.png();
    if (blob) downloadBlob(blob, t('toolbar.exportFile', { name: chainMap.title || chain.name }));
  };

  const { summary } = chainMap;
  const renderNote = t(`canvas.renderer.${prepared.plan.sizeClass}`);

  return (
    <Flex vertical gap="middle">
      {breadcrumb}
      <Flex align="center" gap="small" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {chainMap.title || t('title', { chain: chain.name })}
        </Typography.Title>
        <Flex gap={4} wrap role="group" aria-label={t('summary.label')}>
          <Tag>{t('summary.nodes', { count: summary.nodes })}</Tag>
          <Tag color="blue">{t('summary.strong', { count: summary.strong })}</Tag>
          <Tag color="orange">{t('summary.weak', { count: summary.weak })}</Tag>
          <Tag color="volcano">{t('summary.missing', { count: summary.missing })}</Tag>
          <Tag color="red">{t('summary.uncovered', { count: summary.uncovered })}</Tag>
        </Flex>
        {canEdit && (
          <Flex gap="small" align="center" style={{ marginInlineStart: 16 }}>
            <Switch checked={editing} onChange={setEditingOn} id="chain-map-edit-mode" />
            <label htmlFor="chain-map-edit-mode">{t('edit.mode')}</label>
          </Flex>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap="small">
          <MapControls
            model={model}
            view={view}
            onView={setView}
            filter={filter}
            onFilter={setFilter}
            matchCount={prepared.filter.matches.size}
            onFound={(nodeId, found) => {
              if (!prepared.filter.mapVisible.has(nodeId)) setFilter(NO_FILTER);
              setHits(found);
              setFocus({ id: nodeId });
            }}
            onClearSearch={() => setHits([])}
          />
          {editing && (
            <EditBar
              model={model}
              selectedNodeId={selectedNodeId}
              selectedEdge={selectedEdge}
              connect={connect}
              busy={deleteEdge.isPending}
              onMap={view === 'map'}
              onAddNode={(parentId) => openForm({ kind: 'add', parentId })}
              onStartConnect={() => setConnect({ step: 'source' })}
              onCancelConnect={() => setConnect(null)}
              onDeleteEdge={removeEdge}
            />
          )}
        </Flex>
      </Card>
      {view === 'map' ? (
        <Flex vertical gap="small">
          <Flex justify="space-between" align="center" gap="small" wrap>
            <Legend />
            <MapToolbar
              onFit={() => canvas.current?.fit()}
              onZoomIn={() => canvas.current?.zoomIn()}
              onZoomOut={() => canvas.current?.zoomOut()}
              onExport={exportPng}
            />
          </Flex>
          {renderNote && <Typography.Text type="secondary">{renderNote}</Typography.Text>}
          <MapCanvas
            ref={canvas}
            prepared={prepared}
            label={t('canvas.label', { name: chain.name })}
            selectedNodeId={selectedNodeId}
            selectedEdgeId={selectedEdgeId}
            hits={hits}
            focus={focus}
            connectSourceId={connect?.step === 'target' ? connect.sourceId : null}
            onTapNode={onTapNode}
            onTapEdge={(edgeId) => {
              setSelectedEdgeId(edgeId);
              setSelectedNodeId(null);
            }}
            onTapBackground={() => selectNode(null)}
          />
        </Flex>
      ) : (
        <TreeTableView
          model={model}
          visible={prepared.filter.treeVisible}
          chainName={chain.name}
          selectedNodeId={selectedNodeId}
          hits={hits}
          focus={focus}
          onOpen={selectNode}
        />
      )}
      <NodeDrawer
        node={selectedNode}
        model={model}
        editing={editing}
        busy={deleteNode.isPending || addEdge.isPending || deleteEdge.isPending}
        onClose={() => selectNode(null)}
        onSelectNode={(nodeId) => {
          selectNode(nodeId);
          setFocus({ id: nodeId });
        }}
        onEdit={(node) => openForm({ kind: 'edit', node })}
        onAddChild={(node) => openForm({ kind: 'add', parentId: node.id })}
        onDelete={(node) => removeNode(node)}
        onAddEdge={submitEdge}
        onDeleteEdge={removeEdge}
      />
      <NodeFormModal
        target={formTarget}
        model={model}
        busy={addNode.isPending || updateNode.isPending}
        error={addNode.error ?? updateNode.error}
        onSubmit={submitForm}
        onCancel={() => setFormTarget(null)}
      />
      <ReassignModal
        pending={reassign}
        model={model}
        busy={deleteNode.isPending}
        error={reassignError}
        onConfirm={(reassignToId) => reassign && removeNode(reassign.node, reassignToId)}
        onCancel={() => setReassign(null)}
      />
    </Flex>
  );
}
