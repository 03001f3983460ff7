import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import type { InteractionFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import {
  INTERACTION_TYPES,
  LOCAL_DATE_FORMAT,
  contactFormValues,
  isAfterDistrictToday,
  newContactValues,
  toAddInteractionInput,
  toUpdateInteractionInput,
  type ContactFormValues,
} from './forms';
import { useAddInteraction, useUpdateInteraction } from './hooks';
import { CRM_NS } from '../../i18n';

export interface ContactFormModalProps {
  open: boolean;
  onClose: () => void;
  /** Where the contact belongs: a lead (and so its company), or a company alone. */
  target: { leadId?: string; companyId?: string };
  /** A contact to edit; a new one when left out. */
  contact?: InteractionFieldsFragment | null;
  onSaved?: () => void;
}

/** Logs a contact (type, date, people present, summary, outcome, next step), or edits one. */
export function ContactFormModal({ open, onClose, target, contact, onSaved }: ContactFormModalProps) {
  const { t } = useTranslation(CRM_NS);
  const add = useAddInteraction();
  const update = useUpdateInteraction();

  const text = (field: 'ourPeople' | 'theirPeople' | 'summary' | 'outcome' | 'nextStep', max: number, required = false) => [
    ...(required ? [{ required: true, whitespace: true, message: t('validation.required', { field: t(`contact.fields.${field}`) }) }] : []),
    { max, message: t('validation.tooLong', { field: t(`contact.fields.${field}`), max }) },
  ];

  return (
    <FormModal<ContactFormValues>
      open={open}
      title={contact ? t('contact.editTitle') : t('contact.addTitle')}
      name="contact"
      width={560}
      // A new contact starts on today's date, in the district's time zone, each time the form opens.
      initialValues={contact ? contactFormValues(contact) : newContactValues()}
      formProps={{ requiredMark: 'optional' }}
      onSubmit={(values) => (contact ? update.mutateAsync(toUpdateInteractionInput(contact.id, values)) : add.mutateAsync(toAddInteractionInput(target, values)))}
      successMessage={false}
      onDone={() => {
        onSaved?.();
        onClose();
      }}
      onCancel={onClose}
    >
      <Form.Item name="type" label={t('contact.fields.type')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('contact.fields.type') }) }]}>
        <Select options={INTERACTION_TYPES.map((type) => ({ value: type, label: t(`interactionType.${type}`) }))} />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('contact.fields.occurredOn')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('contact.fields.occurredOn') }) }]}>
        <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} allowClear={false} disabledDate={(date) => isAfterDistrictToday(date)} inputReadOnly />
      </Form.Item>
      <Form.Item name="summary" label={t('contact.fields.summary')} rules={text('summary', LEAD_LIMITS.summary, true)}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LEAD_LIMITS.summary} autoFocus placeholder={t('contact.placeholders.summary')} />
      </Form.Item>
      <Form.Item name="ourPeople" label={t('contact.fields.ourPeople')} rules={text('ourPeople', LEAD_LIMITS.people)}>
        <Input maxLength={LEAD_LIMITS.people} placeholder={t('contact.placeholders.people')} />
      </Form.Item>
      <Form.Item name="theirPeople" label={t('contact.fields.theirPeople')} rules={text('theirPeople', LEAD_LIMITS.people)}>
        <Input maxLength={LEAD_LIMITS.people} placeholder={t('contact.placeholders.people')} />
      </Form.Item>
      <Form.Item name="outcome" label={t('contact.fields.outcome')} rules={text('outcome', LEAD_LIMITS.outcome)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LEAD_LIMITS.outcome} />
      </Form.Item>
      <Form.Item name="nextStep" label={t('contact.fields.nextStep')} rules={text('nextStep', LEAD_LIMITS.nextStep)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LEAD_LIMITS.nextStep} />
      </Form.Item>
    </FormModal>
  );
}
