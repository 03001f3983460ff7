import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QuickLeadForm } from '../components/QuickLeadForm';
import { LEADS_TEXTS } from '../../i18n';

/** /leads/new — quick entry, usable on a phone on the spot. */
export function NewLeadPage() {
  const { t } = useTranslation(LEADS_TEXTS);
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 560, width: '100%', margin: '0 auto' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('quickLead.pageTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('quickLead.intro')}</Typography.Text>
      <Card styles={{ body: { padding: 16 } }}>
        <QuickLeadForm />
      </Card>
    </Flex>
  );
}
