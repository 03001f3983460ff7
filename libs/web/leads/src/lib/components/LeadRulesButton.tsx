import { SettingOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_TIME_RULE_RANGES, type LeadTimeRules } from '@chainboard/domain';
import { FormModal } from '@chainboard/web-ui';
import { useUpdateLeadTimeRules } from '../hooks';
import { LEADS_TEXTS } from '../../i18n';

const FIELDS = ['firstContactWorkingDays', 'assessmentWorkingDays', 'staleDays'] as const;

/** For admins: changes the time rules that drive every lead's alerts (first contact, assessment, stale). */
export function LeadRulesButton({ rules }: { rules: LeadTimeRules }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const [open, setOpen] = useState(false);
  const update = useUpdateLeadTimeRules();

  return (
    <>
      <Button size="small" icon={<SettingOutlined />} onClick={() => setOpen(true)}>
        {t('rules.edit')}
      </Button>
      <FormModal<LeadTimeRules>
        open={open}
        title={t('rules.title')}
        name="lead-rules"
        okText={t('rules.save')}
        initialValues={rules}
        mutation={update}
        successMessage={t('rules.saved')}
        onDone={() => setOpen(false)}
        onCancel={() => setOpen(false)}
      >
        {FIELDS.map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={t(`rules.${field}`)}
            rules={[{ required: true, type: 'integer', ...LEAD_TIME_RULE_RANGES[field], message: t('rules.range', LEAD_TIME_RULE_RANGES[field]) }]}
          >
            <InputNumber min={LEAD_TIME_RULE_RANGES[field].min} max={LEAD_TIME_RULE_RANGES[field].max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </FormModal>
    </>
  );
}
