import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Col, Flex, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChainNodeSelect, DeferredInput, YesNoSelect, activeFilterCount, useCrmChains, useCrmUsers } from '@chainboard/web-companies';
import { LEAD_ALERTS, LEAD_SOURCES, LEAD_STATUSES, type LeadFilters } from '../filters';

export interface LeadFilterBarProps {
  value: LeadFilters;
  onChange: (filters: LeadFilters) => void;
}

/** The lead table's filters: words, "open only", "mine" and the alarm always; chain, node, status, owner, source … behind "more". */
export function LeadFilterBar({ value, onChange }: LeadFilterBarProps) {
  const { t } = useTranslation();
  const chains = useCrmChains();
  const [more, setMore] = useState(Boolean(value.chainId || value.nodeId || value.statuses || value.ownerId || value.source || value.isListed !== undefined || value.isLocal !== undefined));
  const users = useCrmUsers(more);
  const set = (patch: Partial<LeadFilters>) => onChange({ ...value, ...patch });
  const hidden = activeFilterCount({ ...value, query: undefined, open: undefined, mine: undefined, alert: undefined });

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
        <Badge count={hidden} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setMore(!more)} aria-expanded={more}>
            {t('crm.table.moreFilters')}
          </Button>
        </Badge>
        <Button icon={<ReloadOutlined />} onClick={() => onChange({})}>
          {t('crm.table.resetFilters')}
        </Button>
      </Flex>
      {more && (
        <Row gutter={[8, 8]}>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('crm.filters.chain')}
              placeholder={t('crm.filters.chain')}
              style={{ width: '100%' }}
              allowClear
              value={value.chainId}
              options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              onChange={(chainId) => set({ chainId, nodeId: undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <ChainNodeSelect aria-label={t('crm.filters.node')} chainId={value.chainId} value={value.nodeId ?? null} onChange={(nodeId) => set({ nodeId: (nodeId as string | null) ?? undefined })} />
          </Col>
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
            <Select
              aria-label={t('crm.lead.filters.owner')}
              placeholder={t('crm.lead.filters.owner')}
              style={{ width: '100%' }}
              allowClear
              disabled={value.mine === true}
              showSearch={{ optionFilterProp: 'label' }}
              loading={users.isPending}
              value={value.ownerId}
              options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
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
