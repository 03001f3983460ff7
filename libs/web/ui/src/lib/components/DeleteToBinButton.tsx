import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../error-message';

export interface DeleteToBinButtonProps {
  /** The record's name, in the confirmation. */
  name: string;
  /** Deletes the record (soft: it goes to the recycle bin). */
  onDelete: () => Promise<unknown>;
  /** After the record is deleted, e.g. back to its list. */
  onDeleted?: () => void;
}

/** 删除: asks first, then moves a record into the recycle bin (an admin restores it) and says so. */
export function DeleteToBinButton({ name, onDelete, onDeleted }: DeleteToBinButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Popconfirm
      title={t('recycle.confirm', { name })}
      okText={t('recycle.delete')}
      okButtonProps={{ danger: true, loading: busy }}
      onConfirm={async () => {
        setBusy(true);
        try {
          await onDelete();
          message.success(t('recycle.done'));
          onDeleted?.();
        } catch (e) {
          message.error(errorMessage(e, t));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Button danger icon={<DeleteOutlined />} aria-label={t('recycle.deleteLabel', { name })}>
        {t('recycle.delete')}
      </Button>
    </Popconfirm>
  );
}
