import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { districtDate } from '@chainboard/domain';
import type { WorkPlanTaskFieldsFragment } from '@chainboard/web-graphql';
import { EmptyState, ProgressBar, errorMessage } from '@chainboard/web-ui';
import { taskOverdue } from '../forms';
import { useDeleteWorkPlanTask, useUpdateWorkPlanTask } from '../hooks';
import { TaskFormModal } from './TaskFormModal';
import { TaskStatusTag } from './TaskStatusTag';
import type { ChainDetail } from './types';
import { CHAINS_NS } from '../../i18n';

type Task = WorkPlanTaskFieldsFragment;
type Editing = { task?: Task } | null;

/** 工作方案: the chain's tasks with owners and deadlines; those allowed add, edit, complete and delete tasks. */
export function WorkPlanTab({ chain, canEdit }: { chain: ChainDetail; canEdit: boolean }) {
  const { t } = useTranslation(CHAINS_NS);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const complete = useUpdateWorkPlanTask();
  const remove = useDeleteWorkPlanTask();
  const { workPlan } = chain;
  const today = districtDate();

  const run = async (action: Promise<unknown>, success: string) => {
    try {
      await action;
      message.success(success);
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  const columns: TableColumnsType<Task> = [
    {
      key: 'title',
      title: t('workPlan.columns.title'),
      render: (_, task) => (
        <Flex vertical align="start" gap={2}>
          <Typography.Text strong>{task.title}</Typography.Text>
          {task.isDemo && (
            <Tooltip title={t('workPlan.demoHint')}>
              <Tag color="warning">{t('workPlan.demo')}</Tag>
            </Tooltip>
          )}
          {task.description && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
              {task.description}
            </Typography.Paragraph>
          )}
        </Flex>
      ),
    },
    {
      key: 'owner',
      title: t('workPlan.columns.ownerDepartment'),
      width: 180,
      render: (_, task) => task.ownerDepartment?.name ?? t('common.none'),
    },
    {
      key: 'dueDate',
      title: t('workPlan.columns.dueDate'),
      width: 150,
      render: (_, task) => (
        <Flex vertical align="start" gap={2}>
          <span>{task.dueDate ?? t('common.none')}</span>
          {taskOverdue(task, today) && <Tag color="error">{t('workPlan.overdue')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('workPlan.columns.status'),
      width: 110,
      render: (_, task) => <TaskStatusTag status={task.status} />,
    },
  ];

  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 220,
      render: (_, task) => (
        <Space size={0} wrap>
          {task.status !== 'DONE' && (
            <Button
              type="link"
              size="small"
              icon={<CheckOutlined />}
              aria-label={t('workPlan.completeTask', { title: task.title })}
              loading={complete.isPending && complete.variables?.taskId === task.id}
              onClick={() => void run(complete.mutateAsync({ taskId: task.id, status: 'DONE' }), t('workPlan.completed'))}
            >
              {t('workPlan.complete')}
            </Button>
          )}
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('workPlan.editTask', { title: task.title })}
            onClick={() => setEditing({ task })}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('workPlan.confirmDelete', { title: task.title })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => run(remove.mutateAsync(task.id), t('common.deleted'))}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('workPlan.deleteTask', { title: task.title })}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="flex-end" gap="middle" wrap>
        <div style={{ flex: '1 1 280px', maxWidth: 480 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {workPlan.title}
          </Typography.Title>
          <ProgressBar {...workPlan.progress} />
        </div>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('workPlan.add')}
          </Button>
        )}
      </Flex>
      <Table<Task>
        rowKey="id"
        columns={columns}
        dataSource={[...workPlan.tasks].sort((a, b) => a.sortOrder - b.sortOrder)}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: canEdit ? 900 : 680 }}
        locale={{ emptyText: <EmptyState description={t('workPlan.empty')} /> }}
        size="middle"
      />
      {editing && <TaskFormModal chainId={chain.id} task={editing.task} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
