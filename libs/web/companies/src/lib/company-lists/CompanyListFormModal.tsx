import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPANY_LIMITS } from '@chainboard/domain';
import { serverFieldErrors, type CompanyListFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { LIST_CATEGORIES } from '../companies/filters';
import { COMPANY_LIST_FORM_FIELDS, LIST_LEVELS, companyListFormValues, toCreateCompanyListInput, toUpdateCompanyListInput, type CompanyListFormValues } from './forms';
import { useCreateCompanyList, useUpdateCompanyList } from './hooks';

export interface CompanyListFormModalProps {
  /** The list to edit; a new one is added when left out. */
  list?: CompanyListFieldsFragment;
  onClose: () => void;
}

/** Adds a company list, or edits one (only the fields changed are sent). Mounted while open. */
export function CompanyListFormModal({ list, onClose }: CompanyListFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CompanyListFormValues>();
  const create = useCreateCompanyList();
  const update = useUpdateCompanyList();
  const mutation = list ? update : create;
  const { unmatched } = serverFieldErrors(mutation.error, COMPANY_LIST_FORM_FIELDS);
  const label = (field: (typeof COMPANY_LIST_FORM_FIELDS)[number]) => t(`crm.companyList.fields.${field}`);

  const onFinish = async (values: CompanyListFormValues) => {
    try {
      if (list) await update.mutateAsync(toUpdateCompanyListInput(list, values));
      else await create.mutateAsync(toCreateCompanyListInput(values));
      message.success(t('common.saved'));
      onClose();
    } catch (error) {
      form.setFields(serverFieldErrors(error, COMPANY_LIST_FORM_FIELDS).fields);
    }
  };

  return (
    <Modal
      open
      title={list ? t('crm.companyList.editTitle') : t('crm.companyList.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      <Form<CompanyListFormValues>
        form={form}
        layout="vertical"
        name="company-list"
        initialValues={list ? companyListFormValues(list) : { name: '', level: null }}
        onFinish={onFinish}
        disabled={mutation.isPending}
      >
        <Form.Item
          name="name"
          label={label('name')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: label('name') }) },
            { max: COMPANY_LIMITS.listName, message: t('validation.tooLong', { field: label('name'), max: COMPANY_LIMITS.listName }) },
          ]}
        >
          <Input maxLength={COMPANY_LIMITS.listName} autoFocus onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item name="category" label={label('category')} rules={[{ required: true, message: t('validation.requiredSelect', { field: label('category') }) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={LIST_CATEGORIES.map((c) => ({ value: c, label: t(`crm.listCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="level" label={label('level')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('crm.companyList.noLevel')} options={LIST_LEVELS.map((l) => ({ value: l, label: t(`crm.listLevel.${l}`) }))} />
        </Form.Item>
        <Form.Item
          name="publisher"
          label={label('publisher')}
          rules={[{ max: COMPANY_LIMITS.publisher, message: t('validation.tooLong', { field: label('publisher'), max: COMPANY_LIMITS.publisher }) }]}
        >
          <Input maxLength={COMPANY_LIMITS.publisher} placeholder={t('crm.companyList.publisherPlaceholder')} onPressEnter={() => form.submit()} />
        </Form.Item>
        {unmatched && <ErrorAlert error={mutation.error} />}
      </Form>
    </Modal>
  );
}
