import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPANY_LIMITS } from '@chainboard/domain';
import { ChainNodeSelect, CompanySelect, ProspectFields, useCrmChains } from '@chainboard/web-crm';
import type { Priority } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { useAddProspect } from '../hooks';
import { toAddProspectInput, type ProspectFormValues } from '../prospects';
import { LEADS_TEXTS } from '../../i18n';

/** Adds a prospect (目标企业) on a node of the chain: an existing company or a new one, priority, assignee, reason. */
export function ProspectFormModal({ chainId, nodeId, open, onClose }: { chainId: string; nodeId?: string | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const [form] = Form.useForm<ProspectFormValues>();
  const add = useAddProspect();
  const chain = useCrmChains().data?.find((c) => c.id === chainId) ?? null;
  const companyMode = Form.useWatch('companyMode', form) ?? 'existing';

  const field = (name: string) => t(`prospect.fields.${name}`);
  return (
    <FormModal<ProspectFormValues>
      open={open}
      form={form}
      title={t('prospect.addTitle')}
      name="add-prospect"
      initialValues={{ companyMode: 'existing', nodeId: nodeId ?? undefined, priority: 'MEDIUM' as Priority }}
      onSubmit={(values) => add.mutateAsync(toAddProspectInput(values))}
      successMessage={false}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item name="companyMode" label={field('company')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'existing', label: t('prospect.existingCompany') },
            { value: 'new', label: t('prospect.newCompany') },
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
      <ProspectFields chain={chain} />
    </FormModal>
  );
}
