import { Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@chainboard/web-ui';
import { reassignOptions, type MapNode } from '../data/edit';
import type { MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';

export interface ReassignModalProps {
  /** The node whose delete was refused because things sit on it, and the API's message naming them. */
  pending: { node: MapNode; message: string } | null;
  model: MapModel;
  busy: boolean;
  error: unknown;
  onConfirm: (reassignToId: string) => void;
  onCancel: () => void;
}

/** Delete a node that companies, leads or projects sit on: pick the node to move them to, then delete. */
export function ReassignModal({ pending, model, busy, error, onConfirm, onCancel }: ReassignModalProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const [target, setTarget] = useState<string | null>(null);
  const options = pending
    ? reassignOptions(model, pending.node.id).map((o) => ({ value: o.value, label: `${'\u3000'.repeat(o.depth)}${o.label}`, name: o.label }))
    : [];
  return (
    <Modal
      open={pending !== null}
      title={pending ? t('edit.reassignTitle', { name: pending.node.name }) : ''}
      okText={t('edit.reassignSubmit')}
      okButtonProps={{ danger: true, disabled: !target }}
      cancelText={t('edit.cancel')}
      confirmLoading={busy}
      onOk={() => target && onConfirm(target)}
      onCancel={onCancel}
      zIndex={1100}
      afterClose={() => setTarget(null)}
    >
      {pending && <Typography.Paragraph type="warning">{pending.message}</Typography.Paragraph>}
      <Typography.Paragraph>{t('edit.reassignIntro')}</Typography.Paragraph>
      <Select
        showSearch={{ optionFilterProp: 'name' }}
        style={{ width: '100%' }}
        aria-label={t('edit.reassignTarget')}
        placeholder={t('edit.reassignPlaceholder')}
        value={target}
        onChange={setTarget}
        options={options}
      />
      <ErrorAlert error={error} className="chain-map-reassign-error" />
    </Modal>
  );
}
