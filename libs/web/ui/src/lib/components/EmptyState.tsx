import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  /** What is missing; "No data" when left out. */
  description?: ReactNode;
  /** An action, e.g. a button to add the first item. */
  children?: ReactNode;
}

export function EmptyState({ description, children }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description ?? t('common.empty')}>
      {children}
    </Empty>
  );
}
