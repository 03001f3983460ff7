import { Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_LIMITS } from '@chainboard/domain';
import { ChainNodeSelect, CompanySelect, ProspectFields } from '@chainboard/web-companies';
import { serverFieldErrors } from '@chainboard/web-graphql';
import type { Priority } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { useAddProspect } from '../hooks';
import { PROSPECT_FORM_FIELDS, toAddProspectInput, type ProspectFormValues } from '../prospects';

/** Adds a prospect (目标企业) on a node of the chain: an existing company or a new one, priority, assignee, reason. */
export function ProspectFormModal({ chainId, nodeId, open, onClose }: { chainId: string; nodeId?: string | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProspectFormValues>();
  const add = useAddProspect();
  const companyMode = Form.useWatch('companyMode', form) ?? 'existing';

  useEffect(() => {
    if (!open) return;
    add.reset();
    form.resetFields();
    form.setFieldsValue({ companyMode: 'existing', nodeId: nodeId ?? undefined, priority: 'MEDIUM' as Priority });
  }, [open, nodeId, form]);

  const field = (name: string) => t(`crm.prospect.fields.${name}`);
  return (
    <Modal
      open={open}
      title={t('crm.prospect.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      <Form<ProspectFormValues>
        form={form}
        layout="vertical"
        name="add-prospect"
        disabled={add.isPending}
        onFinish={(values) =>
          add.mutate(toAddProspectInput(values), {
            onSuccess: onClose,
            onError: (error) => form.setFields(serverFieldErrors(error, PROSPECT_FORM_FIELDS).fields),
          })
        }
      >
        <Form.Item name="companyMode" label={field('company')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'existing', label: t('crm.prospect.existingCompany') },
              { value: 'new', label: t('crm.prospect.newCompany') },
            ]}
          />
        </Form.Item>
        {companyMode === 'existing' ? (
          <Form.Item name="companyId" rules={[{ required: true, message: t('validation.requiredSelect', { field: field('company') }) }]}>
            <CompanySelect aria-label={field('company')} />
          </Form.Item>
        ) : (
          <Form.Item
            name="companyName"
            rules={[
              { required: true, whitespace: true, message: t('validation.required', { field: field('companyName') }) },
              { max: COMPANY_LIMITS.name, message: t('validation.tooLong', { field: field('companyName'), max: COMPANY_LIMITS.name }) },
            ]}
          >
            <Input aria-label={field('companyName')} placeholder={field('companyName')} maxLength={COMPANY_LIMITS.name} />
          </Form.Item>
        )}
        <Form.Item name="nodeId" label={field('node')} rules={[{ required: true, message: t('validation.requiredSelect', { field: field('node') }) }]}>
          <ChainNodeSelect chainId={chainId} />
        </Form.Item>
        <ProspectFields />
        {serverFieldErrors(add.error, PROSPECT_FORM_FIELDS).unmatched && <ErrorAlert error={add.error} />}
      </Form>
    </Modal>
  );
}
