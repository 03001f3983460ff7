import { Alert, Breadcrumb, Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert, PageLoading, submitForm } from '@chainboard/web-ui';
import { useDefaultChainId } from '@chainboard/web-crm';
import { useActor, useChainsForNewProjects } from '../access';
import { ProjectFormFields } from '../components/ProjectFormFields';
import { useCreateProject } from '../hooks';
import { newProjectValues, toCreateInput, type ProjectFormValues } from '../project-form';
import { PROJECTS_TEXTS } from '../../i18n';

/** /projects/new — enters a project (stage 洽谈), on a chain the user may edit projects of, with its company. */
export function NewProjectPage() {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const navigate = useNavigate();
  const chains = useChainsForNewProjects();
  const own = useDefaultChainId(useActor());
  const create = useCreateProject();
  const [form] = Form.useForm<ProjectFormValues>();
  const [formError, setFormError] = useState<unknown>(null);
  const breadcrumb = <Breadcrumb items={[{ title: <Link to="/projects">{t('nav.projects')}</Link> }, { title: t('project.new') }]} />;

  if (chains.isPending || own.isPending) return <PageLoading />;
  const allowed = chains.data ?? [];
  if (allowed.length === 0) {
    return (
      <Flex vertical gap="middle">
        {breadcrumb}
        <ErrorAlert error={chains.error} />
        {!chains.error && <Alert type="info" showIcon title={t('project.noChainToCreate')} />}
      </Flex>
    );
  }
  const chainId = allowed.find((c) => c.id === own.chainId)?.id ?? (allowed.length === 1 ? allowed[0].id : undefined);

  const onFinish = async (values: ProjectFormValues) => {
    setFormError(null);
    const outcome = await submitForm(form, values, (v) => create.mutateAsync(toCreateInput(v)));
    if (outcome.ok) navigate(`/projects/${outcome.result.id}`);
    else setFormError(outcome.formError);
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
      {breadcrumb}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('project.new')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('project.newIntro')}</Typography.Text>
      <Card>
        <Form<ProjectFormValues> form={form} name="newProject" layout="vertical" initialValues={newProjectValues(chainId)} onFinish={(v) => void onFinish(v)} disabled={create.isPending}>
          <ProjectFormFields mode="create" chains={allowed} />
          <ErrorAlert error={formError} />
          <Flex gap="small" justify="end" style={{ marginTop: 16 }}>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('project.create')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
