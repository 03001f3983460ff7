import { Breadcrumb, Card, Flex, Switch, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { ChainMapPageQuery } from '@chainboard/web-graphql';
import { ErrorAlert, PageLoading, downloadBlob, i18n } from '@chainboard/web-ui';
import { canEditMap } from '../data/edit';
import { useChainMapPage } from '../data/hooks';
import type { ElementLabels } from '../graph/elements';
import { NO_FILTER, type MapFilter } from '../graph/filter';
import { toMapModel, type MapModel } from '../graph/model';
import { prepareMap } from '../graph/prepare';
import { supportsWebGL } from '../view/cytoscape-view';
import { CHAIN_MAP_NS, registerChainMapI18n } from '../../i18n';
import { EditBar } from './EditBar';
import { Legend } from './Legend';
import { MapCanvas, type MapCanvasHandle } from './MapCanvas';
import { MapControls } from './MapControls';
import { MapToolbar } from './MapToolbar';
import { NodeDrawer } from './NodeDrawer';
import { NodeFormModal } from './NodeFormModal';
import { ReassignModal } from './ReassignModal';
import { TreeTableView } from './TreeTableView';
import { useMapEditing } from './use-map-editing';
import { useMapSelection } from './use-map-selection';

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
  const { user } = useAuth();
  const { chain, chainMap } = data;
  const canEdit = canEditMap(user ? actorOf(user) : null, chain);
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const canvas = useRef<MapCanvasHandle>(null);
  const model = useMemo(() => toMapModel(chainMap), [chainMap]);
  const prepared = usePreparedMap(model, filter);
  const selection = useMapSelection();
  const edit = useMapEditing({ chain, model, canEdit, selection });
  const { view, selectedNodeId, selectedEdgeId } = selection;
  const nodesById = useMemo(() => new Map(chainMap.nodes.map((n) => [n.id, n])), [chainMap]);
  const selectedNode = selectedNodeId ? (nodesById.get(selectedNodeId) ?? null) : null;
  const selectedEdge = selectedEdgeId ? (model.edges.find((e) => e.id === selectedEdgeId) ?? null) : null;

  const exportPng = () => {
    const blob = canvas.current?.png();
    if (blob) downloadBlob(blob, t('toolbar.exportFile', { name: chainMap.title || chain.name }));
  };
  const renderNote = t(`canvas.renderer.${prepared.plan.sizeClass}`);

  return (
    <Flex vertical gap="middle">
      {breadcrumb}
      <MapHeader title={chainMap.title || t('title', { chain: chain.name })} summary={chainMap.summary} canEdit={canEdit} editing={edit.editing} onEditing={edit.setEditing} />
      <Card size="small">
        <Flex vertical gap="small">
          <MapControls
            model={model}
            view={view}
            onView={selection.setView}
            filter={filter}
            onFilter={setFilter}
            matchCount={prepared.filter.matches.size}
            onFound={(nodeId, found) => {
              if (!prepared.filter.mapVisible.has(nodeId)) setFilter(NO_FILTER);
              selection.setHits(found);
              selection.focusNode(nodeId);
            }}
            onClearSearch={() => selection.setHits([])}
          />
          {edit.editing && (
            <EditBar
              model={model}
              selectedNodeId={selectedNodeId}
              selectedEdge={selectedEdge}
              connect={edit.connect}
              busy={edit.busy.edges}
              onMap={view === 'map'}
              onAddNode={(parentId) => edit.openForm({ kind: 'add', parentId })}
              onStartConnect={edit.startConnect}
              onCancelConnect={edit.cancelConnect}
              onDeleteEdge={edit.removeEdge}
            />
          )}
        </Flex>
      </Card>
      {view === 'map' ? (
        <Flex vertical gap="small">
          <Flex justify="space-between" align="center" gap="small" wrap>
            <Legend />
            <MapToolbar onFit={() => canvas.current?.fit()} onZoomIn={() => canvas.current?.zoomIn()} onZoomOut={() => canvas.current?.zoomOut()} onExport={exportPng} />
          </Flex>
          {renderNote && <Typography.Text type="secondary">{renderNote}</Typography.Text>}
          <MapCanvas
            ref={canvas}
            prepared={prepared}
            label={t('canvas.label', { name: chain.name })}
            selectedNodeId={selectedNodeId}
            selectedEdgeId={selectedEdgeId}
            hits={selection.hits}
            focus={selection.focus}
            connectSourceId={edit.connect?.step === 'target' ? edit.connect.sourceId : null}
            onTapNode={edit.tapNode}
            onTapEdge={selection.selectEdge}
            onTapBackground={() => selection.selectNode(null)}
          />
        </Flex>
      ) : (
        <TreeTableView
          model={model}
          visible={prepared.filter.treeVisible}
          chainName={chain.name}
          selectedNodeId={selectedNodeId}
          hits={selection.hits}
          focus={selection.focus}
          onOpen={selection.selectNode}
        />
      )}
      <NodeDrawer
        node={selectedNode}
        model={model}
        editing={edit.editing}
        busy={edit.busy.deleting || edit.busy.edges}
        onClose={() => selection.selectNode(null)}
        onSelectNode={selection.showNode}
        onEdit={(node) => edit.openForm({ kind: 'edit', node })}
        onAddChild={(node) => edit.openForm({ kind: 'add', parentId: node.id })}
        onDelete={(node) => edit.removeNode(node)}
        onAddEdge={edit.submitEdge}
        onDeleteEdge={edit.removeEdge}
      />
      <NodeFormModal target={edit.formTarget} model={model} onSubmit={edit.submitNode} onClose={edit.closeForm} />
      <ReassignModal
        pending={edit.reassign}
        model={model}
        busy={edit.busy.deleting}
        error={edit.reassignError}
        onConfirm={edit.confirmReassign}
        onCancel={edit.cancelReassign}
      />
    </Flex>
  );
}

/** The map laid out for the canvas and the list: filtered, labelled in the user's language, WebGL for the largest maps. */
function usePreparedMap(model: MapModel, filter: MapFilter) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const labels = useMemo<ElementLabels>(() => ({ counts: (counts) => t('counts', counts), column: (column) => t(`columns.${column}`) }), [t]);
  return useMemo(
    () =>
      prepareMap(model, {
        filter,
        labels,
        capabilities: { webgl: model.order.length >= 1000 && supportsWebGL() },
        aspect: window.innerWidth / Math.max(480, window.innerHeight - 330),
      }),
    [model, filter, labels],
  );
}

/** The map's title, its node counts by status, and the edit-mode switch for those who may edit. */
function MapHeader({ title, summary, canEdit, editing, onEditing }: { title: string; summary: PageData['chainMap']['summary']; canEdit: boolean; editing: boolean; onEditing: (on: boolean) => void }) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  return (
    <Flex align="center" gap="small" wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
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
          <Switch checked={editing} onChange={onEditing} id="chain-map-edit-mode" />
          <label htmlFor="chain-map-edit-mode">{t('edit.mode')}</label>
        </Flex>
      )}
    </Flex>
  );
}
