import { useTranslation } from 'react-i18next';
import type { CompanyRowFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { companyFormValues, toUpdateCompanyInput, type CompanyFormValues } from '../forms';
import { useUpdateCompany } from '../hooks';
import { CompanyFormFields } from './CompanyFormFields';
import { DuplicateGuard } from './DuplicateGuard';
import { COMPANIES_TEXTS } from '../../../i18n';

type Values = CompanyFormValues & { allowDuplicate?: boolean };

/** Edits a company's profile; a similar name elsewhere must be confirmed, as for a new company. */
export function CompanyEditModal({ company, open, onClose }: { company: CompanyRowFieldsFragment & { version: number }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const update = useUpdateCompany();
  return (
    <FormModal<Values>
      open={open}
      title={t('company.editTitle')}
      name="edit-company"
      width={760}
      initialValues={companyFormValues(company)}
      onSubmit={(values) => update.mutateAsync(toUpdateCompanyInput(company, values, values.allowDuplicate === true))}
      successMessage={false}
      onDone={onClose}
      onCancel={onClose}
    >
      <CompanyFormFields duplicates={<DuplicateGuard exceptId={company.id} />} />
    </FormModal>
  );
}
