import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPANY_LIMITS } from '@chainboard/domain';
import { LIST_CATEGORIES } from '@chainboard/web-crm';
import type { CompanyListFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { COMPANY_LIST_FORM_FIELDS, LIST_LEVELS, companyListFormValues, toCreateCompanyListInput, toUpdateCompanyListInput, type CompanyListFormValues } from './forms';
import { useCreateCompanyList, useUpdateCompanyList } from './hooks';
import { COMPANIES_TEXTS } from '../../i18n';

export interface CompanyListFormModalProps {
  /** The list to edit; a new one is added when left out. */
  list?: CompanyListFieldsFragment;
  onClose: () => void;
}

/** Adds a company list, or edits one (only the fields changed are sent). Mounted while open. */
export function CompanyListFormModal({ list, onClose }: CompanyListFormModalProps) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const create = useCreateCompanyList();
  const update = useUpdateCompanyList();
  const label = (field: (typeof COMPANY_LIST_FORM_FIELDS)[number]) => t(`companyList.fields.${field}`);

  return (
    <FormModal<CompanyListFormValues>
      open
      title={list ? t('companyList.editTitle') : t('companyList.addTitle')}
      name="company-list"
      initialValues={list ? companyListFormValues(list) : { name: '', level: null }}
      onSubmit={(values) => (list ? update.mutateAsync(toUpdateCompanyListInput(list, values)) : create.mutateAsync(toCreateCompanyListInput(values)))}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item
        name="name"
        label={label('name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: label('name') }) },
          { max: COMPANY_LIMITS.listName, message: t('validation.tooLong', { field: label('name'), max: COMPANY_LIMITS.listName }) },
        ]}
      >
        <Input maxLength={COMPANY_LIMITS.listName} autoFocus />
      </Form.Item>
      <Form.Item name="category" label={label('category')} rules={[{ required: true, message: t('validation.requiredSelect', { field: label('category') }) }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={LIST_CATEGORIES.map((c) => ({ value: c, label: t(`listCategory.${c}`) }))} />
      </Form.Item>
      <Form.Item name="level" label={label('level')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('companyList.noLevel')} options={LIST_LEVELS.map((l) => ({ value: l, label: t(`listLevel.${l}`) }))} />
      </Form.Item>
      <Form.Item
        name="publisher"
        label={label('publisher')}
        rules={[{ max: COMPANY_LIMITS.publisher, message: t('validation.tooLong', { field: label('publisher'), max: COMPANY_LIMITS.publisher }) }]}
      >
        <Input maxLength={COMPANY_LIMITS.publisher} placeholder={t('companyList.publisherPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
