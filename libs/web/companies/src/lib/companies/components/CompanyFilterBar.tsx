import { Col, Flex, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_YEAR_MAX, TAG_YEAR_MIN } from '@chainboard/domain';
import { activeFilterCount, ChainNodeFilter, DeferredInput, LIST_CATEGORIES, MoreFiltersButtons, YesNoSelect } from '@chainboard/web-crm';
import { useCompanyLists } from '../../company-lists/hooks';
import { COMPANY_ROLES, type CompanyFilters } from '../filters';
import { COMPANIES_TEXTS } from '../../../i18n';

export interface CompanyFilterBarProps {
  value: CompanyFilters;
  onChange: (filters: CompanyFilters) => void;
}

/** The company table's filters: the words always, the rest behind "more filters". */
export function CompanyFilterBar({ value, onChange }: CompanyFilterBarProps) {
  const { t } = useTranslation(COMPANIES_TEXTS);
  const lists = useCompanyLists();
  const hidden = activeFilterCount({ ...value, query: undefined });
  const [more, setMore] = useState(hidden > 0);
  const set = (patch: Partial<CompanyFilters>) => onChange({ ...value, ...patch });
  const hasPlace = Boolean(value.chainId || value.nodeId);

  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap>
        <DeferredInput
          search
          aria-label={t('company.filters.query')}
          placeholder={t('company.filters.queryPlaceholder')}
          value={value.query}
          onCommit={(query) => set({ query })}
          style={{ flex: '1 1 220px', maxWidth: 420 }}
        />
        <MoreFiltersButtons hiddenCount={hidden} open={more} onToggle={() => setMore(!more)} onReset={() => onChange({})} />
      </Flex>
      {more && (
        <Row gutter={[8, 8]}>
          <ChainNodeFilter chainId={value.chainId} nodeId={value.nodeId} onChange={set} />
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('company.filters.role')}
              placeholder={t('company.filters.role')}
              style={{ width: '100%' }}
              allowClear
              disabled={!hasPlace}
              value={value.role}
              options={COMPANY_ROLES.map((r) => ({ value: r, label: t(`companyRole.${r}`) }))}
              onChange={(role) => set({ role })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('filters.listCategory')}
              placeholder={t('filters.listCategory')}
              style={{ width: '100%' }}
              allowClear
              value={value.listCategory}
              options={LIST_CATEGORIES.map((c) => ({ value: c, label: t(`listCategory.${c}`) }))}
              onChange={(listCategory) => set({ listCategory })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('filters.list')}
              placeholder={t('filters.list')}
              style={{ width: '100%' }}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={value.listId}
              loading={lists.isPending}
              options={(lists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
              onChange={(listId) => set({ listId })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <InputNumber
              aria-label={t('filters.tagYear')}
              placeholder={t('filters.tagYear')}
              style={{ width: '100%' }}
              min={TAG_YEAR_MIN}
              max={TAG_YEAR_MAX}
              precision={0}
              disabled={!value.listId && !value.listCategory}
              value={value.tagYear ?? null}
              onChange={(year) => set({ tagYear: year ?? undefined })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('filters.isListed')} value={value.isListed} onChange={(v) => set({ isListed: v })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('filters.isLocal')} value={value.isLocal} onChange={(v) => set({ isLocal: v })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <DeferredInput
              aria-label={t('company.filters.province')}
              placeholder={t('company.filters.province')}
              value={value.province}
              onCommit={(province) => set({ province })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <DeferredInput
              aria-label={t('company.filters.city')}
              placeholder={t('company.filters.city')}
              value={value.city}
              onCommit={(city) => set({ city })}
            />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
