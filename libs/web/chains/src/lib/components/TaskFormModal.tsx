import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS, TaskStatus } from '@chainboard/domain';
import type { WorkPlanTaskFieldsFragment } from '@chainboard/web-graphql';
import { ErrorAlert, FormModal } from '@chainboard/web-ui';
import { LOCAL_DATE_FORMAT, TASK_FORM_FIELDS, taskFormValues, toAddTaskInput, toUpdateTaskInput, type TaskFormValues } from '../forms';
import { useAddWorkPlanTask, useDepartments, useUpdateWorkPlanTask } from '../hooks';
import { CHAINS_NS } from '../../i18n';

export interface TaskFormModalProps {
  chainId: string;
  /** The task to edit; a new task is added when left out. */
  task?: WorkPlanTaskFieldsFragment;
  onClose: () => void;
}

/** Adds a work-plan task, or edits one (then with its status too). Mounted while open. */
export function TaskFormModal({ chainId, task, onClose }: TaskFormModalProps) {
  const { t } = useTranslation(CHAINS_NS);
  const departments = useDepartments();
  const add = useAddWorkPlanTask();
  const update = useUpdateWorkPlanTask();

  const label = (field: (typeof TASK_FORM_FIELDS)[number]) => t(`workPlan.fields.${field}`);

  return (
    <FormModal<TaskFormValues>
      open
      title={task ? t('workPlan.editTitle') : t('workPlan.addTitle')}
      name="work-plan-task"
      initialValues={task ? taskFormValues(task) : { title: '', description: '' }}
      onSubmit={(values) => (task ? update.mutateAsync(toUpdateTaskInput(task.id, values)) : add.mutateAsync(toAddTaskInput(chainId, values)))}
      onDone={onClose}
      onCancel={onClose}
    >
      <Form.Item
        name="title"
        label={label('title')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: label('title') }) },
          { max: LIMITS.title, message: t('validation.tooLong', { field: label('title'), max: LIMITS.title }) },
        ]}
      >
        <Input maxLength={LIMITS.title} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={label('description')}
        rules={[{ max: LIMITS.text, message: t('validation.tooLong', { field: label('description'), max: LIMITS.text }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={LIMITS.text} />
      </Form.Item>
      <Form.Item name="ownerDepartmentId" label={label('ownerDepartmentId')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={departments.isPending}
          placeholder={t('workPlan.placeholders.ownerDepartmentId')}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="dueDate" label={label('dueDate')}>
        <DatePicker format={LOCAL_DATE_FORMAT} placeholder={t('workPlan.placeholders.dueDate')} style={{ width: '100%' }} />
      </Form.Item>
      {task && (
        <Form.Item
          name="status"
          label={label('status')}
          rules={[{ required: true, message: t('validation.requiredSelect', { field: label('status') }) }]}
        >
          <Select options={Object.values(TaskStatus).map((status) => ({ value: status, label: t(`workPlan.status.${status}`) }))} />
        </Form.Item>
      )}
      <ErrorAlert error={departments.error} />
    </FormModal>
  );
}
