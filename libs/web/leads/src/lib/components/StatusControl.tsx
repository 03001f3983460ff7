import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_LIMITS } from '@chainboard/domain';
import type { LeadDetailFieldsFragment, LeadStatus } from '@chainboard/web-graphql';
import { ErrorAlert, errorMessage } from '@chainboard/web-ui';
import { useMoveLead } from '../hooks';
import { moveLeadInput, statusMoveOptions, type StatusMoveOption } from '../status';

/**
 * "Change status": only the moves LEAD_TRANSITIONS allows from where the lead is. Dropping asks for a reason
 * (required), shelving for an optional one; the other moves are confirmed in one click.
 */
export function StatusControl({ lead }: { lead: Pick<LeadDetailFieldsFragment, 'id' | 'status' | 'version' | 'title'> }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const move = useMoveLead();
  const [asking, setAsking] = useState<StatusMoveOption | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const options = statusMoveOptions(lead.status);
  if (options.length === 0) return null;

  const send = (to: LeadStatus, reason?: string) => {
    const { input, problem } = moveLeadInput(lead, to, reason);
    if (problem) {
      form.setFields([{ name: 'reason', errors: [t(`crm.lead.moveProblem.${problem}`)] }]);
      return Promise.reject(new Error(problem));
    }
    return move.mutateAsync(input).then(() => {
      message.success(t('crm.lead.moved', { status: t(`crm.leadStatus.${to}`) }));
      setAsking(null);
    });
  };

  const pick = (option: StatusMoveOption) => {
    move.reset();
    if (option.asksReason) {
      form.resetFields();
      setAsking(option);
      return;
    }
    modal.confirm({
      title: t('crm.lead.confirmMove', { status: t(`crm.leadStatus.${option.status}`) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => send(option.status).catch((error: unknown) => message.error(errorMessage(error, t))),
    });
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: options.map((o) => ({ key: o.status, label: t(`crm.leadStatus.${o.status}`), danger: o.status === 'DROPPED' })),
          onClick: ({ key }) => {
            const option = options.find((o) => o.status === key);
            if (option) pick(option);
          },
        }}
      >
        <Button loading={move.isPending}>
          {t('crm.lead.changeStatus')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Modal
        open={asking !== null}
        title={asking ? t('crm.lead.moveTitle', { status: t(`crm.leadStatus.${asking.status}`) }) : ''}
        okText={t('common.confirm')}
        okButtonProps={{ danger: asking?.status === 'DROPPED' }}
        cancelText={t('common.cancel')}
        confirmLoading={move.isPending}
        onOk={() => form.submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="move-lead"
          onFinish={(values) => asking && void send(asking.status, values.reason).catch(() => undefined)}
        >
          <Form.Item
            name="reason"
            label={t('crm.lead.reason')}
            rules={[
              ...(asking?.reasonRequired ? [{ required: true, whitespace: true, message: t('crm.lead.moveProblem.reasonRequired') }] : []),
              { max: LEAD_LIMITS.reason, message: t('validation.tooLong', { field: t('crm.lead.reason'), max: LEAD_LIMITS.reason }) },
            ]}
          >
            <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 6 }} maxLength={LEAD_LIMITS.reason} placeholder={t('crm.lead.reasonPlaceholder')} />
          </Form.Item>
          <ErrorAlert error={move.error} />
        </Form>
      </Modal>
    </>
  );
}
