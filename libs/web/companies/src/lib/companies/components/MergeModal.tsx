import { App, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompanySelect, type CompanyOption } from '@chainboard/web-crm';
import { ErrorAlert } from '@chainboard/web-ui';
import { useMergeCompanies } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

/**
 * Merges another record of the same company into this one: pick it, then confirm in a dialog that says what
 * moves (aliases, tags, chain nodes, leads, projects, prospects, contacts) and that the other record goes.
 */
export function MergeModal({ survivor, open, onClose }: { survivor: { id: string; name: string }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
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
      title: t('merge.confirmTitle'),
      content: (
        <Flex vertical gap="small">
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('merge.explain', { merged: merged.name, survivor: survivor.name })}</Typography.Paragraph>
          <Typography.Text type="danger">{t('merge.irreversible', { merged: merged.name })}</Typography.Text>
        </Flex>
      ),
      okText: t('merge.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        merge
          .mutateAsync({ survivorId: survivor.id, mergedId: merged.id })
          .then(() => {
            message.success(t('merge.done', { merged: merged.name }));
            close();
          })
          .catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={t('merge.title', { name: survivor.name })}
      okText={t('merge.next')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !merged }}
      onOk={confirm}
      onCancel={close}
      destroyOnHidden
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('merge.intro', { name: survivor.name })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('merge.pick')} htmlFor="merge-company">
            <CompanySelect id="merge-company" excludeId={survivor.id} value={merged?.id ?? null} onChange={(_id, company) => setMerged(company)} autoFocus />
          </Form.Item>
        </Form>
        <ErrorAlert error={merge.error} />
      </Flex>
    </Modal>
  );
}
