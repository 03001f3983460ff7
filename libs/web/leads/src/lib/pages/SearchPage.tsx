import { Card, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SEARCH_QUERY_MAX } from '@chainboard/domain';
import { EmptyState, ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { SearchHitView } from '../components/SearchHitView';
import { useSearch } from '../hooks';
import { searchHitPath, searchQueryOf } from '../search';
import { LEADS_TEXTS } from '../../i18n';

/** /search?q=… — every kind's results for a query, grouped (companies, leads, contacts), linking to their pages. */
export function SearchPage() {
  const { t } = useTranslation(LEADS_TEXTS);
  const [params, setParams] = useSearchParams();
  const query = searchQueryOf(params.get('q'), SEARCH_QUERY_MAX);
  const search = useSearch(query ?? '', { limit: 50, debounceMs: 0 });

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('search.title')}
      </Typography.Title>
      <Input.Search
        key={query ?? ''}
        defaultValue={query ?? ''}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        maxLength={SEARCH_QUERY_MAX}
        allowClear
        enterButton
        onSearch={(q) => setParams(q.trim() ? { q: q.trim() } : {}, { replace: true })}
        style={{ maxWidth: 560 }}
      />
      {!query ? (
        <EmptyState description={t('search.prompt')} />
      ) : search.isPending ? (
        <PageLoading />
      ) : search.error ? (
        <ErrorAlert error={search.error} />
      ) : search.data.groups.every((g) => g.hits.length === 0) ? (
        <EmptyState description={t('search.noneFor', { query })} />
      ) : (
        search.data.groups
          .filter((g) => g.hits.length > 0)
          .map((g) => (
            <Card key={g.kind} size="small" title={t('search.groupTitle', { kind: t(`search.kinds.${g.kind}`), count: g.hits.length })} data-testid={`search-${g.kind}`}>
              <Flex vertical gap="small" role="list">
                {g.hits.map((hit) => (
                  <Link key={hit.id} to={searchHitPath(hit)} role="listitem" style={{ color: 'inherit' }}>
                    <SearchHitView hit={hit} />
                  </Link>
                ))}
                {g.hasMore && <Typography.Text type="secondary">{t('search.more')}</Typography.Text>}
              </Flex>
            </Card>
          ))
      )}
    </Flex>
  );
}
