import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '@chainboard/web-graphql';

const COLORS: Record<TaskStatus, string> = {
  TODO: 'default',
  IN_PROGRESS: 'processing',
  DONE: 'success',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`workPlan.status.${status}`)}</Tag>;
}
