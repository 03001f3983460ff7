import { Col, Flex, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_YEAR_MAX, TAG_YEAR_MIN } from '@chainboard/domain';
import { YesNoSelect } from '../../common/YesNoSelect';
import { DeferredInput } from '../../common/DeferredInput';
import { useCompanyLists } from '../../common/hooks';
import { ChainNodeFilter, MoreFiltersButtons } from '../../tables/FilterControls';
import { activeFilterCount } from '../../tables/table-state';
import { COMPANY_ROLES, LIST_CATEGORIES, type CompanyFilters } from '../filters';

export interface CompanyFilterBarProps {
  value: CompanyFilters;
  onChange: (filters: CompanyFilters) => void;
}

/** The company table's filters: the words always, the rest behind "more filters". */
export function CompanyFilterBar({ value, onChange }: CompanyFilterBarProps) {
  const { t } = useTranslation();
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
          aria-label={t('crm.company.filters.query')}
          placeholder={t('crm.company.filters.queryPlaceholder')}
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
              aria-label={t('crm.company.filters.role')}
              placeholder={t('crm.company.filters.role')}
              style={{ width: '100%' }}
              allowClear
              disabled={!hasPlace}
              value={value.role}
              options={COMPANY_ROLES.map((r) => ({ value: r, label: t(`crm.companyRole.${r}`) }))}
              onChange={(role) => set({ role })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('crm.filters.listCategory')}
              placeholder={t('crm.filters.listCategory')}
              style={{ width: '100%' }}
              allowClear
              value={value.listCategory}
              options={LIST_CATEGORIES.map((c) => ({ value: c, label: t(`crm.listCategory.${c}`) }))}
              onChange={(listCategory) => set({ listCategory })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('crm.filters.list')}
              placeholder={t('crm.filters.list')}
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
              aria-label={t('crm.filters.tagYear')}
              placeholder={t('crm.filters.tagYear')}
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
            <YesNoSelect label={t('crm.filters.isListed')} value={value.isListed} onChange={(v) => set({ isListed: v })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('crm.filters.isLocal')} value={value.isLocal} onChange={(v) => set({ isLocal: v })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <DeferredInput
              aria-label={t('crm.company.filters.province')}
              placeholder={t('crm.company.filters.province')}
              value={value.province}
              onCommit={(province) => set({ province })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <DeferredInput
              aria-label={t('crm.company.filters.city')}
              placeholder={t('crm.company.filters.city')}
              value={value.city}
              onCommit={(city) => set({ city })}
            />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
