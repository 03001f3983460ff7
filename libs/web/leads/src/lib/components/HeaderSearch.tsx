import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SEARCH_QUERY_MAX } from '@chainboard/domain';
import { useSearch } from '../hooks';
import { searchHitPath, searchPagePath, searchQueryOf } from '../search';
import { SearchHitView } from './SearchHitView';
import { LEADS_TEXTS } from '../../i18n';

const ALL_RESULTS = '__all__';

/**
 * The one search box (companies, leads, contacts) in the app's bar: results grouped by kind as the user types,
 * from one character. Enter opens the search page; the arrow keys and Enter (or a click) open a result.
 */
export function HeaderSearch({ style }: { style?: React.CSSProperties }) {
  const { t } = useTranslation(LEADS_TEXTS);
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = searchQueryOf(text, SEARCH_QUERY_MAX);
  const search = useSearch(query ?? '', { limit: 5 });
  const paths = new Map<string, string>();

  const groups = query
    ? (search.data?.groups ?? [])
        .filter((g) => g.hits.length > 0)
        .map((g) => ({
          label: (
            <Typography.Text type="secondary" strong>
              {t(`search.kinds.${g.kind}`)}
            </Typography.Text>
          ),
          options: g.hits.map((hit) => {
            const value = `${hit.kind}:${hit.id}`;
            paths.set(value, searchHitPath(hit));
            return { value, label: <SearchHitView hit={hit} compact /> };
          }),
        }))
    : [];
  const options = query ? [{ value: ALL_RESULTS, label: <span>{t('search.allResults', { query })}</span> }, ...groups] : [];

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => setText(value)}
      onSelect={(value: string) => {
        const path = value === ALL_RESULTS ? (query ? searchPagePath(query) : null) : paths.get(value);
        setText('');
        if (path) navigate(path);
      }}
      popupMatchSelectWidth={Math.max(320, Number(style?.width ?? 0))}
      style={{ width: '100%', ...style }}
      notFoundContent={query && search.isFetched && !search.isFetching ? t('search.none') : null}
    >
      <Input
        prefix={<SearchOutlined aria-hidden />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        maxLength={SEARCH_QUERY_MAX}
        allowClear
        type="search"
        enterKeyHint="search"
      />
    </AutoComplete>
  );
}
