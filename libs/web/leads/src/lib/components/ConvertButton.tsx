import { RocketOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import type { LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { useConvertLead } from '../hooks';
import { canConvertToProject } from '../status';

/** "Convert to project" for a negotiating lead: names the project (the lead's title by default); the lead stays, linked. */
export function ConvertButton({ lead }: { lead: Pick<LeadDetailFieldsFragment, 'id' | 'status' | 'version' | 'title'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const convert = useConvertLead();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ projectName: string }>();
  if (!canConvertToProject(lead.status)) return null;

  return (
    <>
      <Button
        icon={<RocketOutlined />}
        onClick={() => {
          convert.reset();
          form.setFieldsValue({ projectName: lead.title });
          setOpen(true);
        }}
      >
        {t('crm.lead.convert')}
      </Button>
      <Modal
        open={open}
        title={t('crm.lead.convertTitle')}
        okText={t('crm.lead.convert')}
        cancelText={t('common.cancel')}
        confirmLoading={convert.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t('crm.lead.convertExplain')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          name="convert-lead"
          onFinish={(values) =>
            convert.mutate(
              { leadId: lead.id, expectedVersion: lead.version, projectName: values.projectName.trim() },
              {
                onSuccess: () => {
                  message.success(t('crm.lead.converted'));
                  setOpen(false);
                },
              },
            )
          }
        >
          <Form.Item
            name="projectName"
            label={t('crm.lead.projectName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required', { field: t('crm.lead.projectName') }) },
              { max: LEAD_LIMITS.projectName, message: t('validation.tooLong', { field: t('crm.lead.projectName'), max: LEAD_LIMITS.projectName }) },
            ]}
          >
            <Input maxLength={LEAD_LIMITS.projectName} />
          </Form.Item>
          <ErrorAlert error={convert.error} />
        </Form>
      </Modal>
    </>
  );
}
