import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page (or a lazy route) that is loading. */
export function PageLoading({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={tip ?? t('app.loading')} />
    </Flex>
  );
}
