import { Checkbox, Col, Flex, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChainNodeFilter, CrmUserSelect, DeferredInput, MoreFiltersButtons, YesNoSelect, activeFilterCount } from '@chainboard/web-crm';
import { LEAD_ALERTS, LEAD_SOURCES, LEAD_STATUSES, type LeadFilters } from '../filters';
import { LEADS_TEXTS } from '../../i18n';

export interface LeadFilterBarProps {
  value: LeadFilters;
  onChange: (filters: LeadFilters) => void;
}

/** The lead table's filters: words, "open only", "mine" and the alarm always; chain, node, status, owner, source … behind "more". */
export function LeadFilterBar({ value, onChange }: LeadFilterBarProps) {
  const { t } = useTranslation(LEADS_TEXTS);
  const hidden = activeFilterCount({ ...value, query: undefined, open: undefined, mine: undefined, alert: undefined });
  const [more, setMore] = useState(hidden > 0);
  const set = (patch: Partial<LeadFilters>) => onChange({ ...value, ...patch });

  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap align="center">
        <DeferredInput
          search
          aria-label={t('lead.filters.query')}
          placeholder={t('lead.filters.queryPlaceholder')}
          value={value.query}
          onCommit={(query) => set({ query })}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
        />
        <Select
          aria-label={t('lead.filters.alert')}
          placeholder={t('lead.filters.alert')}
          allowClear
          style={{ minWidth: 150 }}
          value={value.alert}
          options={LEAD_ALERTS.map((a) => ({ value: a, label: t(`leadAlert.${a}`) }))}
          onChange={(alert) => set({ alert })}
        />
        <Checkbox checked={value.open === true} onChange={(e) => set({ open: e.target.checked || undefined })}>
          {t('lead.filters.open')}
        </Checkbox>
        <Checkbox checked={value.mine === true} onChange={(e) => set({ mine: e.target.checked || undefined, ownerId: undefined })}>
          {t('lead.filters.mine')}
        </Checkbox>
        <MoreFiltersButtons hiddenCount={hidden} open={more} onToggle={() => setMore(!more)} onReset={() => onChange({})} />
      </Flex>
      {more && (
        <Row gutter={[8, 8]}>
          <ChainNodeFilter chainId={value.chainId} nodeId={value.nodeId} onChange={set} />
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('lead.filters.statuses')}
              placeholder={t('lead.filters.statuses')}
              mode="multiple"
              style={{ width: '100%' }}
              allowClear
              value={value.statuses ?? []}
              options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`leadStatus.${s}`) }))}
              onChange={(statuses) => set({ statuses: statuses.length ? statuses : undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <CrmUserSelect
              aria-label={t('lead.filters.owner')}
              placeholder={t('lead.filters.owner')}
              disabled={value.mine === true}
              value={value.ownerId}
              onChange={(ownerId) => set({ ownerId })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('lead.filters.source')}
              placeholder={t('lead.filters.source')}
              style={{ width: '100%' }}
              allowClear
              value={value.source}
              options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`leadSource.${s}`) }))}
              onChange={(source) => set({ source })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('filters.isListed')} value={value.isListed} onChange={(v) => set({ isListed: v })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('filters.isLocal')} value={value.isLocal} onChange={(v) => set({ isLocal: v })} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
