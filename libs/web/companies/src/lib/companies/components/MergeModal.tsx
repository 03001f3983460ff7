import { App, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@chainboard/web-ui';
import { useMergeCompanies } from '../hooks';
import { CompanySelect, type CompanyOption } from './CompanySelect';

/**
 * Merges another record of the same company into this one: pick it, then confirm in a dialog that says what
 * moves (aliases, tags, chain nodes, leads, projects, prospects, contacts) and that the other record goes.
 */
export function MergeModal({ survivor, open, onClose }: { survivor: { id: string; name: string }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const merge = useMergeCompanies();
  const [merged, setMerged] = useState<CompanyOption | null>(null);

  const close = () => {
    setMerged(null);
    merge.reset();
    onClose();
  };

  const confirm = () => {
    if (!merged) return;
    modal.confirm({
      title: t('crm.merge.confirmTitle'),
      content: (
        <Flex vertical gap="small">
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('crm.merge.explain', { merged: merged.name, survivor: survivor.name })}</Typography.Paragraph>
          <Typography.Text type="danger">{t('crm.merge.irreversible', { merged: merged.name })}</Typography.Text>
        </Flex>
      ),
      okText: t('crm.merge.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        merge
          .mutateAsync({ survivorId: survivor.id, mergedId: merged.id })
          .then(() => {
            message.success(t('crm.merge.done', { merged: merged.name }));
            close();
          })
          .catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={t('crm.merge.title', { name: survivor.name })}
      okText={t('crm.merge.next')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !merged }}
      onOk={confirm}
      onCancel={close}
      destroyOnHidden
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('crm.merge.intro', { name: survivor.name })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('crm.merge.pick')} htmlFor="merge-company">
            <CompanySelect id="merge-company" excludeId={survivor.id} value={merged?.id ?? null} onChange={(_id, company) => setMerged(company)} autoFocus />
          </Form.Item>
        </Form>
        <ErrorAlert error={merge.error} />
      </Flex>
    </Modal>
  );
}
