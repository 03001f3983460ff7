import { AutoComplete, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapModel } from '../graph/model';
import { searchNodes } from '../graph/search';
import { CHAIN_MAP_NS } from '../../i18n';

export interface SearchBoxProps {
  model: MapModel;
  /** A node was chosen (from the list, or the best match on Enter), with all the query's hits. */
  onFound: (id: string, hits: string[]) => void;
  /** The query was cleared. */
  onClear: () => void;
}

/** Search a node by name (a Chinese substring): suggestions as you type; Enter takes the best match. */
export function SearchBox({ model, onFound, onClear }: SearchBoxProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => searchNodes(model, query, 50), [model, query]);
  // Names are unique within a map (the API refuses duplicates): the option value is the name the input shows.
  const options = hits.slice(0, 12).map((id) => ({ key: id, value: model.byId.get(id)!.node.name }));
  const idOfName = (name: string) => hits.find((id) => model.byId.get(id)!.node.name === name);

  const choose = (id: string) => {
    setQuery(model.byId.get(id)?.node.name ?? query);
    onFound(id, hits.includes(id) ? hits : [id]);
  };

  return (
    <AutoComplete
      value={query}
      options={options}
      onSelect={(name: string) => {
        const id = idOfName(name);
        if (id) choose(id);
      }}
      onChange={(value: string) => {
        setQuery(value);
        if (!value) onClear();
      }}
      style={{ width: 240 }}
      notFoundContent={query.trim() ? t('search.noMatch', { query: query.trim() }) : null}
    >
      <Input.Search
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        allowClear
        onSearch={(value, _event, info) => {
          if (info?.source === 'clear') return onClear();
          const [best] = searchNodes(model, value, 1);
          if (best) choose(best);
        }}
      />
    </AutoComplete>
  );
}
