import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '@chainboard/web-graphql';
import { CHAINS_NS } from '../../i18n';

const COLORS: Record<TaskStatus, string> = {
  TODO: 'default',
  IN_PROGRESS: 'processing',
  DONE: 'success',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation(CHAINS_NS);
  return <Tag color={COLORS[status]}>{t(`workPlan.status.${status}`)}</Tag>;
}
