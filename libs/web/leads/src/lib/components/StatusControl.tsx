import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode, LEAD_LIMITS } from '@chainboard/domain';
import { ApiError, type LeadDetailFieldsFragment, type LeadStatus } from '@chainboard/web-graphql';
import { FormModal, errorMessage } from '@chainboard/web-ui';
import { useMoveLead } from '../hooks';
import { moveLeadInput, statusMoveOptions, type StatusMoveOption } from '../status';
import { LEADS_TEXTS } from '../../i18n';

/**
 * "Change status": only the moves LEAD_TRANSITIONS allows from where the lead is. Dropping asks for a reason
 * (required), shelving for an optional one; the other moves are confirmed in one click.
 */
export function StatusControl({ lead }: { lead: Pick<LeadDetailFieldsFragment, 'id' | 'status' | 'version' | 'title'> }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const { modal, message } = App.useApp();
  const move = useMoveLead();
  const [asking, setAsking] = useState<StatusMoveOption | null>(null);
  const options = statusMoveOptions(lead.status);
  if (options.length === 0) return null;

  /** Moves the lead; a move the domain refuses (a missing reason) is reported under the reason field. */
  const send = (to: LeadStatus, reason?: string) => {
    const { input, problem } = moveLeadInput(lead, to, reason);
    if (problem) return Promise.reject(new ApiError(ErrorCode.BAD_USER_INPUT, '', [{ field: 'reason', message: t(`lead.moveProblem.${problem}`) }]));
    return move.mutateAsync(input);
  };
  const moved = (to: LeadStatus) => t('lead.moved', { status: t(`leadStatus.${to}`) });

  const pick = (option: StatusMoveOption) => {
    move.reset();
    if (option.asksReason) {
      setAsking(option);
      return;
    }
    modal.confirm({
      title: t('lead.confirmMove', { status: t(`leadStatus.${option.status}`) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        send(option.status).then(
          () => void message.success(moved(option.status)),
          (error: unknown) => void message.error(errorMessage(error, t)),
        ),
    });
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: options.map((o) => ({ key: o.status, label: t(`leadStatus.${o.status}`), danger: o.status === 'DROPPED' })),
          onClick: ({ key }) => {
            const option = options.find((o) => o.status === key);
            if (option) pick(option);
          },
        }}
      >
        <Button loading={move.isPending}>
          {t('lead.changeStatus')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <FormModal<{ reason?: string }>
        open={asking !== null}
        title={asking ? t('lead.moveTitle', { status: t(`leadStatus.${asking.status}`) }) : ''}
        name="move-lead"
        okText={t('common.confirm')}
        modalProps={{ okButtonProps: { danger: asking?.status === 'DROPPED' } }}
        onSubmit={(values) => (asking ? send(asking.status, values.reason) : Promise.resolve(null))}
        successMessage={asking ? moved(asking.status) : false}
        onDone={() => setAsking(null)}
        onCancel={() => setAsking(null)}
      >
        <Form.Item
          name="reason"
          label={t('lead.reason')}
          rules={[
            ...(asking?.reasonRequired ? [{ required: true, whitespace: true, message: t('lead.moveProblem.reasonRequired') }] : []),
            { max: LEAD_LIMITS.reason, message: t('validation.tooLong', { field: t('lead.reason'), max: LEAD_LIMITS.reason }) },
          ]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 6 }} maxLength={LEAD_LIMITS.reason} placeholder={t('lead.reasonPlaceholder')} />
        </Form.Item>
      </FormModal>
    </>
  );
}
