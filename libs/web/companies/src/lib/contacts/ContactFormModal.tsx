import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import type { InteractionFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { serverFieldErrors } from '@chainboard/web-graphql';
import {
  CONTACT_FORM_FIELDS,
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
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactFormValues>();
  const add = useAddInteraction();
  const update = useUpdateInteraction();
  const mutation = contact ? update : add;

  useEffect(() => {
    if (!open) return;
    add.reset();
    update.reset();
    form.resetFields();
    form.setFieldsValue(contact ? contactFormValues(contact) : newContactValues());
    // Reset when the modal opens (or switches contact), not on every render of the mutations.
  }, [open, contact, form]);

  const onFinish = (values: ContactFormValues) => {
    const done = {
      onSuccess: () => {
        onSaved?.();
        onClose();
      },
      onError: (error: unknown) => form.setFields(serverFieldErrors(error, CONTACT_FORM_FIELDS).fields),
    };
    if (contact) update.mutate(toUpdateInteractionInput(contact.id, values), done);
    else add.mutate(toAddInteractionInput(target, values), done);
  };

  const text = (field: 'ourPeople' | 'theirPeople' | 'summary' | 'outcome' | 'nextStep', max: number, required = false) => [
    ...(required ? [{ required: true, whitespace: true, message: t('validation.required', { field: t(`crm.contact.fields.${field}`) }) }] : []),
    { max, message: t('validation.tooLong', { field: t(`crm.contact.fields.${field}`), max }) },
  ];
  const unmatched = serverFieldErrors(mutation.error, CONTACT_FORM_FIELDS).unmatched;

  return (
    <Modal
      open={open}
      title={contact ? t('crm.contact.editTitle') : t('crm.contact.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      <Form<ContactFormValues> form={form} layout="vertical" onFinish={onFinish} name="contact" requiredMark="optional" disabled={mutation.isPending}>
        <Form.Item name="type" label={t('crm.contact.fields.type')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('crm.contact.fields.type') }) }]}>
          <Select options={INTERACTION_TYPES.map((type) => ({ value: type, label: t(`crm.interactionType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('crm.contact.fields.occurredOn')} rules={[{ required: true, message: t('validation.requiredSelect', { field: t('crm.contact.fields.occurredOn') }) }]}>
          <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} allowClear={false} disabledDate={(date) => isAfterDistrictToday(date)} inputReadOnly />
        </Form.Item>
        <Form.Item name="summary" label={t('crm.contact.fields.summary')} rules={text('summary', LEAD_LIMITS.summary, true)}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={LEAD_LIMITS.summary} autoFocus placeholder={t('crm.contact.placeholders.summary')} />
        </Form.Item>
        <Form.Item name="ourPeople" label={t('crm.contact.fields.ourPeople')} rules={text('ourPeople', LEAD_LIMITS.people)}>
          <Input maxLength={LEAD_LIMITS.people} placeholder={t('crm.contact.placeholders.people')} />
        </Form.Item>
        <Form.Item name="theirPeople" label={t('crm.contact.fields.theirPeople')} rules={text('theirPeople', LEAD_LIMITS.people)}>
          <Input maxLength={LEAD_LIMITS.people} placeholder={t('crm.contact.placeholders.people')} />
        </Form.Item>
        <Form.Item name="outcome" label={t('crm.contact.fields.outcome')} rules={text('outcome', LEAD_LIMITS.outcome)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LEAD_LIMITS.outcome} />
        </Form.Item>
        <Form.Item name="nextStep" label={t('crm.contact.fields.nextStep')} rules={text('nextStep', LEAD_LIMITS.nextStep)}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LEAD_LIMITS.nextStep} />
        </Form.Item>
        {unmatched && <ErrorAlert error={mutation.error} />}
      </Form>
    </Modal>
  );
}
