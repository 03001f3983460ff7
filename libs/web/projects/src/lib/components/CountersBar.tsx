import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { districtDate } from '@chainboard/domain';
import { formatInvestment } from '@chainboard/web-crm';
import { useProjectCounters } from '../hooks';
import { PROJECTS_TEXTS } from '../../i18n';

/**
 * The plan's project targets, counted today from the stage log (a project counts from its signing date until it is
 * dropped): industrialisation projects against 50, of ≥ 30亿 against 3, of 10–30亿 against 5, and funds in place.
 */
export function CountersBar({ chainId }: { chainId: string | null }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const counters = useProjectCounters(districtDate(), chainId);
  const c = counters.data;
  if (!c) return null;
  return (
    <Card size="small" role="region" aria-label={t('counters.label')}>
      <Flex gap="large" wrap align="center">
        <Typography.Text type="secondary">{t('counters.title', { date: c.asOf })}</Typography.Text>
        <Statistic title={t('counters.industrialisation')} value={c.industrialisation} suffix={`/ ${c.targets.industrialisation}`} />
        <Statistic title={t('counters.tier30Plus')} value={c.tier30Plus} suffix={`/ ${c.targets.tier30Plus}`} />
        <Statistic title={t('counters.tier10To30')} value={c.tier10To30} suffix={`/ ${c.targets.tier10To30}`} />
        <Statistic title={t('counters.signedAmount')} value={formatInvestment(c.signedAmount, t)} />
        <Statistic title={t('counters.fundsInPlace')} value={formatInvestment(c.fundsInPlace, t)} />
      </Flex>
    </Card>
  );
}
