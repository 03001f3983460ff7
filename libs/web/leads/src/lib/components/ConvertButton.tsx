import { RocketOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import type { LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { FormModal } from '@chainboard/web-ui';
import { useConvertLead } from '../hooks';
import { canConvertToProject } from '../status';
import { LEADS_TEXTS } from '../../i18n';

/** "Convert to project" for a negotiating lead: names the project (the lead's title by default); the lead stays, linked. */
export function ConvertButton({ lead }: { lead: Pick<LeadDetailFieldsFragment, 'id' | 'status' | 'version' | 'title'> }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const convert = useConvertLead();
  const [open, setOpen] = useState(false);
  if (!canConvertToProject(lead.status)) return null;

  return (
    <>
      <Button
        icon={<RocketOutlined />}
        onClick={() => setOpen(true)}
      >
        {t('lead.convert')}
      </Button>
      <FormModal<{ projectName: string }>
        open={open}
        title={t('lead.convertTitle')}
        name="convert-lead"
        okText={t('lead.convert')}
        initialValues={{ projectName: lead.title }}
        onSubmit={(values) => convert.mutateAsync({ leadId: lead.id, expectedVersion: lead.version, projectName: values.projectName.trim() })}
        successMessage={t('lead.converted')}
        onDone={() => setOpen(false)}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t('lead.convertExplain')}</Typography.Paragraph>
        <Form.Item
          name="projectName"
          label={t('lead.projectName')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: t('lead.projectName') }) },
            { max: LEAD_LIMITS.projectName, message: t('validation.tooLong', { field: t('lead.projectName'), max: LEAD_LIMITS.projectName }) },
          ]}
        >
          <Input maxLength={LEAD_LIMITS.projectName} />
        </Form.Item>
      </FormModal>
    </>
  );
}
