import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ProgressBarProps {
  done: number;
  total: number;
  /** Whole percentage; computed from done/total when left out. */
  percent?: number;
}

/** Done out of total, as text and as a bar. */
export function ProgressBar({ done, total, percent }: ProgressBarProps) {
  const { t } = useTranslation();
  const value = percent ?? (total === 0 ? 0 : Math.round((done / total) * 100));
  const label = t('progress.label', { done, total });
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Progress percent={value} size="small" aria-label={label} status={done === total && total > 0 ? 'success' : 'normal'} />
    </Flex>
  );
}
