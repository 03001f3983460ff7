import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { ChainCard } from '../components/ChainCard';
import { useChainsOverview } from '../hooks';
import { CHAINS_NS } from '../../i18n';

/** The home page: the district's industry chains, in the order the API gives them. */
export function ChainsOverviewPage() {
  const { t } = useTranslation(CHAINS_NS);
  const chains = useChainsOverview();

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('chains.overviewTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('chains.overviewIntro')}
        </Typography.Paragraph>
      </div>
      {chains.isPending ? (
        <PageLoading />
      ) : chains.error ? (
        <ErrorAlert error={chains.error} />
      ) : chains.data.length === 0 ? (
        <EmptyState description={t('chains.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {chains.data.map((chain) => (
            <Col key={chain.id} xs={24} md={12} xl={6}>
              <ChainCard chain={chain} />
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}
