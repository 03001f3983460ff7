import { Checkbox, Col, Flex, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChainNodeFilter, CrmUserSelect, DeferredInput, MoreFiltersButtons, YesNoSelect, activeFilterCount } from '@chainboard/web-companies';
import { LEAD_ALERTS, LEAD_SOURCES, LEAD_STATUSES, type LeadFilters } from '../filters';

export interface LeadFilterBarProps {
  value: LeadFilters;
  onChange: (filters: LeadFilters) => void;
}

/** The lead table's filters: words, "open only", "mine" and the alarm always; chain, node, status, owner, source … behind "more". */
export function LeadFilterBar({ value, onChange }: LeadFilterBarProps) {
  const { t } = useTranslation();
  const hidden = activeFilterCount({ ...value, query: undefined, open: undefined, mine: undefined, alert: undefined });
  const [more, setMore] = useState(hidden > 0);
  const set = (patch: Partial<LeadFilters>) => onChange({ ...value, ...patch });

  return (
    <Flex vertical gap="small">
      <Flex gap="small" wrap align="center">
        <DeferredInput
          search
          aria-label={t('crm.lead.filters.query')}
          placeholder={t('crm.lead.filters.queryPlaceholder')}
          value={value.query}
          onCommit={(query) => set({ query })}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
        />
        <Select
          aria-label={t('crm.lead.filters.alert')}
          placeholder={t('crm.lead.filters.alert')}
          allowClear
          style={{ minWidth: 150 }}
          value={value.alert}
          options={LEAD_ALERTS.map((a) => ({ value: a, label: t(`crm.leadAlert.${a}`) }))}
          onChange={(alert) => set({ alert })}
        />
        <Checkbox checked={value.open === true} onChange={(e) => set({ open: e.target.checked || undefined })}>
          {t('crm.lead.filters.open')}
        </Checkbox>
        <Checkbox checked={value.mine === true} onChange={(e) => set({ mine: e.target.checked || undefined, ownerId: undefined })}>
          {t('crm.lead.filters.mine')}
        </Checkbox>
        <MoreFiltersButtons hiddenCount={hidden} open={more} onToggle={() => setMore(!more)} onReset={() => onChange({})} />
      </Flex>
      {more && (
        <Row gutter={[8, 8]}>
          <ChainNodeFilter chainId={value.chainId} nodeId={value.nodeId} onChange={set} />
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('crm.lead.filters.statuses')}
              placeholder={t('crm.lead.filters.statuses')}
              mode="multiple"
              style={{ width: '100%' }}
              allowClear
              value={value.statuses ?? []}
              options={LEAD_STATUSES.map((s) => ({ value: s, label: t(`crm.leadStatus.${s}`) }))}
              onChange={(statuses) => set({ statuses: statuses.length ? statuses : undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <CrmUserSelect
              aria-label={t('crm.lead.filters.owner')}
              placeholder={t('crm.lead.filters.owner')}
              disabled={value.mine === true}
              value={value.ownerId}
              onChange={(ownerId) => set({ ownerId })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('crm.lead.filters.source')}
              placeholder={t('crm.lead.filters.source')}
              style={{ width: '100%' }}
              allowClear
              value={value.source}
              options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`crm.leadSource.${s}`) }))}
              onChange={(source) => set({ source })}
            />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('crm.filters.isListed')} value={value.isListed} onChange={(v) => set({ isListed: v })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('crm.filters.isLocal')} value={value.isLocal} onChange={(v) => set({ isLocal: v })} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
