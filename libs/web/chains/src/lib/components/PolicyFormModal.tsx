import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@chainboard/domain';
import type { PolicyFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import {
  LOCAL_DATE_FORMAT,
  POLICY_FORM_FIELDS,
  isValidDateRange,
  policyFormValues,
  toAddPolicyInput,
  toLocalDate,
  toUpdatePolicyInput,
  type PolicyFormValues,
} from '../forms';
import { useAddPolicy, useUpdatePolicy } from '../hooks';
import { CHAINS_NS } from '../../i18n';

export interface PolicyFormModalProps {
  chainId: string;
  /** The policy to edit; a new one is added when left out. */
  policy?: PolicyFieldsFragment;
  onClose: () => void;
}

/** Adds a policy to the chain's policy set, or edits one. Mounted while open. */
export function PolicyFormModal({ chainId, policy, onClose }: PolicyFormModalProps) {
  const { t } = useTranslation(CHAINS_NS);
  const add = useAddPolicy();
  const update = useUpdatePolicy();

  const label = (field: (typeof POLICY_FORM_FIELDS)[number]) => t(`policies.fields.${field}`);
  const maxRule = (field: (typeof POLICY_FORM_FIELDS)[number], max: number) => ({
    max,
    message: t('validation.tooLong', { field: label(field), max }),
  });

  return (
    <FormModal<PolicyFormValues>
      open
      title={policy ? t('policies.editTitle') : t('policies.addTitle')}
      name="policy"
      initialValues={policy ? policyFormValues(policy) : { title: '' }}
      onSubmit={(values) => (policy ? update.mutateAsync(toUpdatePolicyInput(policy.id, values)) : add.mutateAsync(toAddPolicyInput(chainId, values)))}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item
        name="title"
        label={label('title')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: label('title') }) },
          maxRule('title', LIMITS.title),
        ]}
      >
        <Input maxLength={LIMITS.title} showCount />
      </Form.Item>
      <Form.Item name="documentNumber" label={label('documentNumber')} rules={[maxRule('documentNumber', LIMITS.documentNumber)]}>
        <Input maxLength={LIMITS.documentNumber} />
      </Form.Item>
      <Form.Item name="issuer" label={label('issuer')} rules={[maxRule('issuer', LIMITS.issuer)]}>
        <Input maxLength={LIMITS.issuer} />
      </Form.Item>
      <Form.Item name="validFrom" label={label('validFrom')}>
        <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="validTo"
        label={label('validTo')}
        dependencies={['validFrom']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: Dayjs | null | undefined) =>
              isValidDateRange(toLocalDate(getFieldValue('validFrom') as Dayjs | null), toLocalDate(value))
                ? Promise.resolve()
                : Promise.reject(new Error(t('validation.dateRange'))),
          }),
        ]}
      >
        <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="summary" label={label('summary')} rules={[maxRule('summary', LIMITS.text)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LIMITS.text} />
      </Form.Item>
    </FormModal>
  );
}
