import { SettingOutlined } from '@ant-design/icons';
import { App, Button, Form, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_TIME_RULE_RANGES, type LeadTimeRules } from '@chainboard/domain';
import { ErrorAlert } from '@chainboard/web-ui';
import { useUpdateLeadTimeRules } from '../hooks';

const FIELDS = ['firstContactWorkingDays', 'assessmentWorkingDays', 'staleDays'] as const;

/** For admins: changes the time rules that drive every lead's alerts (first contact, assessment, stale). */
export function LeadRulesButton({ rules }: { rules: LeadTimeRules }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<LeadTimeRules>();
  const update = useUpdateLeadTimeRules();

  const save = async () => {
    const values = await form.validateFields();
    await update.mutateAsync(values);
    message.success(t('crm.rules.saved'));
    setOpen(false);
  };

  return (
    <>
      <Button size="small" icon={<SettingOutlined />} onClick={() => (form.setFieldsValue(rules), update.reset(), setOpen(true))}>
        {t('crm.rules.edit')}
      </Button>
      <Modal
        open={open}
        title={t('crm.rules.title')}
        okText={t('crm.rules.save')}
        confirmLoading={update.isPending}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={rules}>
          {FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={t(`crm.rules.${field}`)}
              rules={[{ required: true, type: 'integer', ...LEAD_TIME_RULE_RANGES[field], message: t('crm.rules.range', LEAD_TIME_RULE_RANGES[field]) }]}
            >
              <InputNumber min={LEAD_TIME_RULE_RANGES[field].min} max={LEAD_TIME_RULE_RANGES[field].max} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </Form>
        <ErrorAlert error={update.error} />
      </Modal>
    </>
  );
}
