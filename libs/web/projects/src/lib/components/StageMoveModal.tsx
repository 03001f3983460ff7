import { useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { districtDate, ErrorCode, isResumeMove, PROJECT_LIMITS, PROJECT_STAGE_FIELDS, type ProjectStage, type ProjectStageField } from '@chainboard/domain';
import { creditCodeFeedback } from '@chainboard/web-crm';
import { ApiError } from '@chainboard/web-graphql';
import { currentLanguage, FormModal } from '@chainboard/web-ui';
import { stageOf } from '../board';
import { isAfterDistrictToday, LOCAL_DATE_FORMAT } from '../forms';
import { projectKeys, useMoveProjectStage, type ProjectDetail } from '../hooks';
import { checkedMoveInput, initialMoveValues, stageMoveForm, type MovingProject, type StageMoveValues } from '../stage-move';
import type { BoardCard } from '../board';
import { PROJECTS_TEXTS } from '../../i18n';

/** The credit code's live check (GB 32100-2015), as the company form shows it. */
function CreditCodeInput(props: { id?: string; value?: string; onChange?: (e: React.ChangeEvent<HTMLInputElement>) => void }) {
  return <Input {...props} maxLength={PROJECT_LIMITS.creditCodeInput} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} suffix={<span />} />;
}

function StageField({ field, required }: { field: ProjectStageField; required: boolean }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const form = Form.useFormInstance<StageMoveValues>();
  const typed = Form.useWatch(field, form) as string | undefined;
  const { kind, maxLength } = PROJECT_STAGE_FIELDS[field];
  const label = t(`project.fields.${field}`);
  switch (kind) {
    case 'date':
      return (
        <Form.Item name={field} label={label} required={required} extra={t('move.dateHint')}>
          <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => isAfterDistrictToday(d)} inputReadOnly />
        </Form.Item>
      );
    case 'amount':
      return (
        <Form.Item name={field} label={label} required={required}>
          <Input inputMode="decimal" suffix={t('unit.yi')} autoComplete="off" />
        </Form.Item>
      );
    case 'creditCode': {
      const feedback = creditCodeFeedback(typed, currentLanguage());
      return (
        <Form.Item
          name={field}
          label={label}
          required={required}
          validateStatus={feedback.state === 'invalid' ? 'error' : feedback.state === 'valid' ? 'success' : undefined}
          help={feedback.state === 'invalid' ? feedback.message : undefined}
          extra={feedback.state === 'typing' ? t('move.creditCodeTyping', { length: feedback.length }) : undefined}
        >
          <CreditCodeInput />
        </Form.Item>
      );
    }
    case 'text':
      return (
        <Form.Item name={field} label={label} required={required}>
          {field === 'reason' ? <Input.TextArea rows={3} maxLength={maxLength} showCount /> : <Input maxLength={maxLength} autoComplete="off" />}
        </Form.Item>
      );
  }
}

export interface StageMoveModalProps {
  /** The project to move and the stage it goes to; nothing shows without them. */
  project: (MovingProject & BoardCard) | null;
  to: ProjectStage | null;
  onClose: () => void;
  /** After the move, with the project as the API answered it. */
  onMoved?: (project: ProjectDetail) => void;
  /** The clock (tests). */
  now?: () => Date;
}

/**
 * The stage move dialog: asks exactly what the target stage requires (STAGE_REQUIREMENTS of libs/domain: dates,
 * the agreed amount, the registered company and its credit code, the carrier, a reason), the effective date when the
 * stage has no date of its own (backdated, not in the future), and a note. The domain's check runs before the API
 * is asked; the API's problems show under the same fields.
 */
const systemNow = () => new Date();

export function StageMoveModal({ project, to, onClose, onMoved, now = systemNow }: StageMoveModalProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const move = useMoveProjectStage();
  const queryClient = useQueryClient();
  const open = project !== null && to !== null;
  const from = project ? stageOf(project.stage) : null;
  const form = useMemo(() => (project && to && from ? stageMoveForm(from, to) : { fields: [], asksEffectiveOn: false }), [project, to, from]);
  const initialValues = useMemo(() => (project && to ? initialMoveValues(project, to, now()) : {}), [project, to, now]);

  return (
    <FormModal<StageMoveValues, ProjectDetail>
      open={open}
      name="stageMove"
      title={project && to && from ? t('move.title', { name: project.name, from: t(`projectStage.${from}`), to: t(`projectStage.${to}`) }) : ''}
      okText={t('move.ok')}
      successMessage={to ? t('move.done', { to: t(`projectStage.${to}`) }) : undefined}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={async (values) => {
        if (!project || !to) throw new Error('no move');
        const input = checkedMoveInput(project, to, values, currentLanguage(), districtDate(now()));
        try {
          return await move.mutateAsync({ input, before: project });
        } catch (error) {
          // Someone changed the project first: read it again, so that the next try starts from its newer version.
          if (error instanceof ApiError && error.code === ErrorCode.CONFLICT) void queryClient.invalidateQueries({ queryKey: projectKeys.all });
          throw error;
        }
      }}
      onDone={(moved) => {
        onMoved?.(moved);
        onClose();
      }}
    >
      {project && to && from && (
        <>
          {isResumeMove(from, to) && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('move.resumeHint', { to: t(`projectStage.${to}`) })} />}
          {form.fields.length > 0 && (
            <Typography.Paragraph type="secondary">{t('move.intro', { to: t(`projectStage.${to}`) })}</Typography.Paragraph>
          )}
          {form.fields.map((field) => (
            <StageField key={field} field={field} required />
          ))}
          {form.asksEffectiveOn && (
            <Form.Item name="effectiveOn" label={t('project.fields.effectiveOn')} extra={t('move.dateHint')}>
              <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => isAfterDistrictToday(d)} inputReadOnly />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('project.fields.note')}>
            <Input.TextArea rows={2} maxLength={PROJECT_LIMITS.reason} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
