import { Breadcrumb, Button, Card, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '@chainboard/web-ui';
import { serverFieldErrors } from '@chainboard/web-graphql';
import { CompanyFormFields } from '../components/CompanyFormFields';
import { DuplicateGuard } from '../components/DuplicateGuard';
import { COMPANY_FORM_FIELDS, toNewCompanyInput, type CompanyFormValues } from '../forms';
import { useCreateCompany } from '../hooks';
import { COMPANIES_TEXTS } from '../../../i18n';

type Values = CompanyFormValues & { allowDuplicate?: boolean };

/** /companies/new: a new company, with possible duplicates shown as the name and credit code are typed. */
export function NewCompanyPage() {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateCompany();

  const onFinish = (values: Values) => {
    create.mutate(toNewCompanyInput(values, values.allowDuplicate === true), {
      onSuccess: (company) => navigate(`/companies/${company.id}`),
      onError: (error) => form.setFields(serverFieldErrors(error, COMPANY_FORM_FIELDS).fields),
    });
  };

  return (
    <Flex vertical gap="middle">
      <Breadcrumb items={[{ title: <Link to="/companies">{t('nav.companies')}</Link> }, { title: t('company.newTitle') }]} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('company.newTitle')}
      </Typography.Title>
      <Card>
        <Form<Values> form={form} layout="vertical" name="new-company" onFinish={onFinish} initialValues={{ isListed: false, isLocal: false, aliases: [] }} disabled={create.isPending}>
          <CompanyFormFields autoFocus duplicates={<DuplicateGuard />} />
          {serverFieldErrors(create.error, COMPANY_FORM_FIELDS).unmatched && (
            <Form.Item>
              <ErrorAlert error={create.error} />
            </Form.Item>
          )}
          <Flex gap="small" justify="flex-end">
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
