import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { chainMapPath } from '@chainboard/web-chain-map';
import { EmptyState } from '@chainboard/web-ui';
import type { ChainDetail } from './types';
import { CHAINS_NS } from '../../i18n';

/** 产业链图谱: the map's title and its focus directions, and the way to the graph itself. */
export function MapTab({ chainId, map }: { chainId: string; map: ChainDetail['map'] }) {
  const { t } = useTranslation(CHAINS_NS);
  const focusDirections = [...map.focusDirections].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <Flex vertical gap="middle">
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'title', label: t('chains.map.title'), children: map.title },
          { key: 'segments', label: t('chains.map.nodeCount'), children: map.nodeCount },
        ]}
      />
      <Link to={chainMapPath(chainId)}>
        <Button type="primary">{t('chains.map.open')}</Button>
      </Link>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('chains.map.focusDirections')}
      </Typography.Title>
      {focusDirections.length === 0 ? (
        <EmptyState description={t('chains.map.noFocus')} />
      ) : (
        <Flex vertical gap="small" role="list">
          {focusDirections.map((segment) => (
            <Card key={segment.id} size="small" title={segment.name} role="listitem">
              <Typography.Paragraph style={{ margin: 0 }}>{segment.description || t('common.none')}</Typography.Paragraph>
            </Card>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
