import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMIN_NS } from '../i18n';

export interface TemporaryPasswordModalProps {
  /** The account's name and its temporary password, or null when closed. */
  shown: { name: string; password: string } | null;
  onClose: () => void;
}

/** Shows a temporary password once, to copy or read out; it is not kept anywhere in the app. */
export function TemporaryPasswordModal({ shown, onClose }: TemporaryPasswordModalProps) {
  const { t } = useTranslation(ADMIN_NS);
  return (
    <Modal
      open={shown !== null}
      title={shown ? t('temporaryPassword.title', { name: shown.name }) : null}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('temporaryPassword.done')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('temporaryPassword.intro')}</Typography.Paragraph>
      {shown && (
        <Typography.Paragraph copyable={{ text: shown.password }} style={{ fontSize: 20 }}>
          <Typography.Text code data-testid="temporary-password">
            {shown.password}
          </Typography.Text>
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
