import { DeleteOutlined, NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapEdgeInput, MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';

/** Adding an edge on the canvas: first the supplier, then the buyer. */
export type ConnectState = { step: 'source' } | { step: 'target'; sourceId: string } | null;

export interface EditBarProps {
  model: MapModel;
  selectedNodeId: string | null;
  selectedEdge: MapEdgeInput | null;
  connect: ConnectState;
  busy: boolean;
  /** The view is the map (edges are added by clicking there); in the list they are added from the side panel. */
  onMap: boolean;
  onAddNode: (parentId: string | null) => void;
  onStartConnect: () => void;
  onCancelConnect: () => void;
  onDeleteEdge: (edgeId: string) => void;
}

/** The edit-mode actions: add a node (under the selected one, or a focus direction), add an edge, delete the selected edge. */
export function EditBar({ model, selectedNodeId, selectedEdge, connect, busy, onMap, onAddNode, onStartConnect, onCancelConnect, onDeleteEdge }: EditBarProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const name = (id: string) => model.byId.get(id)?.node.name ?? id;
  const selectedName = selectedNodeId ? name(selectedNodeId) : null;

  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap align="center">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => onAddNode(selectedNodeId)}>
          {selectedName ? t('edit.addNodeUnder', { name: selectedName }) : t('edit.addTopLevel')}
        </Button>
        {selectedName && (
          <Button icon={<PlusOutlined />} onClick={() => onAddNode(null)}>
            {t('edit.addTopLevel')}
          </Button>
        )}
        {onMap &&
          (connect ? (
            <Button onClick={onCancelConnect}>{t('edit.cancelConnect')}</Button>
          ) : (
            <Button icon={<NodeIndexOutlined />} onClick={onStartConnect}>
              {t('edit.addEdge')}
            </Button>
          ))}
        {selectedEdge && (
          <Popconfirm
            title={t('edit.deleteEdgeConfirm', { from: name(selectedEdge.fromId), to: name(selectedEdge.toId) })}
            okText={t('edit.deleteEdge')}
            okButtonProps={{ danger: true }}
            cancelText={t('edit.cancel')}
            onConfirm={() => onDeleteEdge(selectedEdge.id)}
          >
            <Button danger icon={<DeleteOutlined />} loading={busy}>
              {`${t('edit.deleteEdge')}: ${name(selectedEdge.fromId)} → ${name(selectedEdge.toId)}`}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {connect && (
        <Alert
          type="info"
          showIcon
          role="status"
          title={connect.step === 'source' ? t('edit.connectPickSource') : t('edit.connectPickTarget', { name: name(connect.sourceId) })}
        />
      )}
    </Flex>
  );
}
