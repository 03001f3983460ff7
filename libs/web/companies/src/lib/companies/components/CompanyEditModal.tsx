import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRowFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { serverFieldErrors } from '@chainboard/web-graphql';
import { COMPANY_FORM_FIELDS, companyFormValues, toUpdateCompanyInput, type CompanyFormValues } from '../forms';
import { useUpdateCompany } from '../hooks';
import { CompanyFormFields } from './CompanyFormFields';
import { DuplicateGuard } from './DuplicateGuard';

type Values = CompanyFormValues & { allowDuplicate?: boolean };

/** Edits a company's profile; a similar name elsewhere must be confirmed, as for a new company. */
export function CompanyEditModal({ company, open, onClose }: { company: CompanyRowFieldsFragment & { version: number }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateCompany();

  useEffect(() => {
    if (!open) return;
    update.reset();
    form.resetFields();
    form.setFieldsValue(companyFormValues(company));
  }, [open, company, form]);

  const onFinish = (values: Values) =>
    update.mutate(toUpdateCompanyInput(company, values, values.allowDuplicate === true), {
      onSuccess: onClose,
      onError: (error) => form.setFields(serverFieldErrors(error, COMPANY_FORM_FIELDS).fields),
    });

  return (
    <Modal
      open={open}
      title={t('crm.company.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" name="edit-company" onFinish={onFinish} disabled={update.isPending}>
        <CompanyFormFields duplicates={<DuplicateGuard exceptId={company.id} />} />
        {serverFieldErrors(update.error, COMPANY_FORM_FIELDS).unmatched && <ErrorAlert error={update.error} />}
      </Form>
    </Modal>
  );
}
