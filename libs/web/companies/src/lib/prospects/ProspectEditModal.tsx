import { Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFieldErrors } from '@chainboard/web-graphql';
import type { ProspectFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { PROSPECT_EDIT_FIELDS, prospectEditValues, toUpdateProspectInput, type ProspectEditValues } from './forms';
import { useUpdateProspect } from './hooks';
import { ProspectFields } from './ProspectFields';

/** Edits a prospect (目标企业): its priority, the staff member who pursues it and the reason. Open while `prospect` is set. */
export function ProspectEditModal({ prospect, onClose }: { prospect: ProspectFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProspectEditValues>();
  const open = prospect !== null;
  const update = useUpdateProspect();

  useEffect(() => {
    if (!prospect) return;
    update.reset();
    form.resetFields();
    form.setFieldsValue(prospectEditValues(prospect));
    // Reset when the modal opens (or switches prospect), not on every render of the mutation.
  }, [prospect, form]);

  const onFinish = (values: ProspectEditValues) => {
    if (!prospect) return;
    update.mutate(toUpdateProspectInput(prospect, values), {
      onSuccess: onClose,
      onError: (error) => form.setFields(serverFieldErrors(error, PROSPECT_EDIT_FIELDS).fields),
    });
  };

  return (
    <Modal
      open={open}
      title={t('crm.prospect.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      {prospect && <Typography.Paragraph type="secondary">{`${prospect.company.name} · ${prospect.chain.name} › ${prospect.node.name}`}</Typography.Paragraph>}
      <Form<ProspectEditValues> form={form} layout="vertical" name="edit-prospect" onFinish={onFinish} disabled={update.isPending}>
        <ProspectFields assignee={prospect?.assignee} />
        {serverFieldErrors(update.error, PROSPECT_EDIT_FIELDS).unmatched && <ErrorAlert error={update.error} />}
      </Form>
    </Modal>
  );
}
