import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS, type ChainOwnership } from '@chainboard/domain';
import { CrmUserSelect, type CrmUserRef } from '../common/CrmUserSelect';
import { PRIORITIES } from './forms';
import { CRM_NS } from '../../i18n';

/**
 * The form items a prospect's add and edit forms share: priority, assignee and reason (fields `priority`,
 * `assigneeId`, `reason`). `assignee` is the current assignee, listed by name even when no longer active; `chain` the
 * prospect's chain, on which the assignee must be allowed to own the lead it becomes.
 */
export function ProspectFields({ assignee, chain }: { assignee?: CrmUserRef | null; chain?: ChainOwnership | null }) {
  const { t } = useTranslation(CRM_NS);
  const field = (name: string) => t(`prospect.fields.${name}`);
  return (
    <>
      <Form.Item name="priority" label={field('priority')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="assigneeId" label={field('assignee')}>
        <CrmUserSelect current={assignee} chain={chain} />
      </Form.Item>
      <Form.Item name="reason" label={field('reason')} rules={[{ max: LEAD_LIMITS.reason, message: t('validation.tooLong', { field: field('reason'), max: LEAD_LIMITS.reason }) }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={LEAD_LIMITS.reason} placeholder={t('prospect.reasonPlaceholder')} />
      </Form.Item>
    </>
  );
}
