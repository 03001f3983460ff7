import { Flex, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES } from '@chainboard/domain';
import { GAP_FILTERS, type GapFilter, type MapFilter } from '../graph/filter';
import type { MapModel } from '../graph/model';
import { CHAIN_MAP_NS } from '../../i18n';
import { SearchBox } from './SearchBox';

export type MapView = 'map' | 'table';

export interface MapControlsProps {
  model: MapModel;
  view: MapView;
  onView: (view: MapView) => void;
  filter: MapFilter;
  onFilter: (filter: MapFilter) => void;
  matchCount: number;
  onFound: (id: string, hits: string[]) => void;
  onClearSearch: () => void;
}

/** The view switch (图谱 / 列表), the filters and the search. */
export function MapControls(props: MapControlsProps) {
  const { model, view, onView, filter, onFilter, matchCount, onFound, onClearSearch } = props;
  const { t } = useTranslation(CHAIN_MAP_NS);
  const filtering = filter.gaps !== 'all' || filter.stage !== null;
  return (
      <Flex gap="middle" wrap align="center">
        <Segmented<MapView>
          aria-label={t('view.label')}
          value={view}
          onChange={onView}
          options={[
            { value: 'map', label: t('view.map') },
            { value: 'table', label: t('view.table') },
          ]}
        />
        <Segmented<GapFilter>
          aria-label={t('filter.gapsLabel')}
          value={filter.gaps}
          onChange={(gaps) => onFilter({ ...filter, gaps })}
          options={GAP_FILTERS.map((value) => ({ value, label: t(`filter.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('filter.stage')}
          placeholder={t('filter.stagePlaceholder')}
          style={{ minWidth: 170 }}
          value={filter.stage}
          onChange={(stage) => onFilter({ ...filter, stage: stage ?? null })}
          options={PROJECT_STAGES.map((stage) => ({ value: stage, label: `${t('filter.stage')}: ${t(`stage.${stage}`)}` }))}
        />
        <SearchBox model={model} onFound={onFound} onClear={onClearSearch} />
        {filtering && (
          <Typography.Text type="secondary" role="status">
            {matchCount ? t('filter.matches', { count: matchCount }) : t('filter.none')}
          </Typography.Text>
        )}
      </Flex>
  );
}
