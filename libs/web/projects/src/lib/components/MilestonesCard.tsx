import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { districtDate, PROJECT_LIMITS } from '@chainboard/domain';
import { FormModal, RowActions } from '@chainboard/web-ui';
import { dateText, dateValue, districtTodayValue, isAfterDistrictToday, LOCAL_DATE_FORMAT } from '../forms';
import { useAddProjectMilestone, useRemoveProjectMilestone, useUpdateProjectMilestone, type ProjectDetail } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

type Milestone = ProjectDetail['milestones'][number];

interface MilestoneValues {
  name: string;
  plannedOn: Dayjs | null;
  actualOn: Dayjs | null;
}

/** Milestones (节点计划): planned and actual dates; an open one past its planned date shows late (and turns the light). */
export function MilestonesCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const add = useAddProjectMilestone();
  const update = useUpdateProjectMilestone();
  const remove = useRemoveProjectMilestone();
  const [editing, setEditing] = useState<{ milestone: Milestone | null } | null>(null);
  const today = districtDate();

  const status = (m: Milestone) => {
    if (m.actualOn) return <Tag color="green">{t('milestone.reached')}</Tag>;
    if (m.plannedOn < today) return <Tag color="red">{t('milestone.late')}</Tag>;
    return <Tag>{t('milestone.open')}</Tag>;
  };

  return (
    <Card
      title={t('milestone.title')}
      extra={
        project.canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ milestone: null })}>
            {t('milestone.add')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('milestone.title')}
        dataSource={project.milestones}
        locale={{ emptyText: t('milestone.empty') }}
        columns={[
          { key: 'name', title: t('project.fields.milestoneName'), dataIndex: 'name' },
          { key: 'plannedOn', title: t('project.fields.plannedOn'), dataIndex: 'plannedOn' },
          { key: 'actualOn', title: t('project.fields.actualOn'), render: (_v, m) => m.actualOn ?? t('common.none') },
          { key: 'status', title: t('milestone.status'), render: (_v, m) => status(m) },
          ...(project.canEdit
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_v: unknown, m: Milestone) => (
                    <RowActions
                      iconOnly
                      maxInline={3}
                      actions={[
                        {
                          key: 'reach',
                          label: t('milestone.markReached'),
                          ariaLabel: t('milestone.markReachedNamed', { name: m.name }),
                          icon: <CheckOutlined />,
                          hidden: m.actualOn !== null,
                          successMessage: t('common.saved'),
                          onClick: () => update.mutateAsync({ milestoneId: m.id, actualOn: districtDate() }),
                        },
                        { key: 'edit', label: t('common.edit'), ariaLabel: t('milestone.edit', { name: m.name }), icon: <EditOutlined />, onClick: () => setEditing({ milestone: m }) },
                        {
                          key: 'delete',
                          label: t('common.delete'),
                          ariaLabel: t('milestone.remove', { name: m.name }),
                          icon: <DeleteOutlined />,
                          danger: true,
                          confirm: t('milestone.confirmRemove', { name: m.name }),
                          successMessage: t('common.deleted'),
                          onClick: () => remove.mutateAsync(m.id),
                        },
                      ]}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<MilestoneValues, ProjectDetail>
        open={editing !== null}
        name="milestone"
        title={editing?.milestone ? t('milestone.editTitle') : t('milestone.addTitle')}
        initialValues={
          editing?.milestone
            ? { name: editing.milestone.name, plannedOn: dateValue(editing.milestone.plannedOn), actualOn: dateValue(editing.milestone.actualOn) }
            : { name: '', plannedOn: districtTodayValue(), actualOn: null }
        }
        onCancel={() => setEditing(null)}
        onDone={() => setEditing(null)}
        onSubmit={(values) => {
          const fields = { name: values.name.trim(), plannedOn: dateText(values.plannedOn) ?? '', actualOn: dateText(values.actualOn) };
          return editing?.milestone ? update.mutateAsync({ milestoneId: editing.milestone.id, ...fields }) : add.mutateAsync({ projectId: project.id, ...fields });
        }}
      >
        <Form.Item name="name" label={t('project.fields.milestoneName')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('project.fields.milestoneName') }) }]}>
          <Input maxLength={PROJECT_LIMITS.milestoneName} autoComplete="off" />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('project.fields.plannedOn')} rules={[{ required: true, message: t('validation.required', { field: t('project.fields.plannedOn') }) }]}>
          <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="actualOn" label={t('project.fields.actualOn')} extra={t('milestone.actualHint')}>
          <DatePicker format={LOCAL_DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => isAfterDistrictToday(d)} inputReadOnly />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
