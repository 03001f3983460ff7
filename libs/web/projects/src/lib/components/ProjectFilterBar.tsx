import { Checkbox, Col, DatePicker, Flex, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChainNodeFilter, DeferredInput, MoreFiltersButtons, YesNoSelect, activeFilterCount } from '@chainboard/web-crm';
import { dateText, dateValue, LOCAL_DATE_FORMAT } from '../forms';
import { LIGHT_OPTIONS, STAGE_OPTIONS, TIER_OPTIONS, TYPE_OPTIONS, type ProjectFilters } from '../filters';
import { LeaderSelect, OwnerSelect, UnitSelect } from './pickers';
import { PROJECTS_TEXTS } from '../../i18n';

export interface ProjectFilterBarProps {
  value: ProjectFilters;
  onChange: (filters: ProjectFilters) => void;
}

/** A date range filter (two calendar dates, either may be open). */
function DateRange({ label, from, to, onChange }: { label: string; from?: string; to?: string; onChange: (from?: string, to?: string) => void }) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  return (
    <DatePicker.RangePicker
      aria-label={label}
      placeholder={[t('project.filters.rangeFrom', { label }), t('project.filters.rangeTo', { label })]}
      format={LOCAL_DATE_FORMAT}
      allowEmpty={[true, true]}
      style={{ width: '100%' }}
      value={[dateValue(from), dateValue(to)]}
      onChange={(range) => onChange(dateText(range?.[0]) ?? undefined, dateText(range?.[1]) ?? undefined)}
    />
  );
}

/** The ledger's filters: words, stage, light and "mine" always; chain, node, type, tier, people, units, dates behind "more". */
export function ProjectFilterBar({ value, onChange }: ProjectFilterBarProps) {
  const { t } = useTranslation(PROJECTS_TEXTS);
  const hidden = activeFilterCount({ ...value, query: undefined, stages: undefined, lights: undefined, mine: undefined });
  const [more, setMore] = useState(hidden > 0);
  const set = (patch: Partial<ProjectFilters>) => onChange({ ...value, ...patch });

  return (
    <Flex vertical gap="small" role="search" aria-label={t('project.filters.label')}>
      <Flex gap="small" wrap align="center">
        <DeferredInput
          search
          aria-label={t('project.filters.query')}
          placeholder={t('project.filters.queryPlaceholder')}
          value={value.query}
          onCommit={(query) => set({ query })}
          style={{ flex: '1 1 220px', maxWidth: 320 }}
        />
        <Select
          aria-label={t('project.filters.stages')}
          placeholder={t('project.filters.stages')}
          mode="multiple"
          allowClear
          style={{ minWidth: 180 }}
          value={value.stages ?? []}
          options={STAGE_OPTIONS.map((s) => ({ value: s, label: t(`projectStage.${s}`) }))}
          onChange={(stages) => set({ stages: stages.length ? stages : undefined })}
        />
        <Select
          aria-label={t('project.filters.lights')}
          placeholder={t('project.filters.lights')}
          mode="multiple"
          allowClear
          style={{ minWidth: 140 }}
          value={value.lights ?? []}
          options={LIGHT_OPTIONS.map((l) => ({ value: l, label: t(`light.${l}`) }))}
          onChange={(lights) => set({ lights: lights.length ? lights : undefined })}
        />
        <Checkbox checked={value.mine === true} onChange={(e) => set({ mine: e.target.checked || undefined, ownerId: undefined })}>
          {t('project.filters.mine')}
        </Checkbox>
        <MoreFiltersButtons hiddenCount={hidden} open={more} onToggle={() => setMore(!more)} onReset={() => onChange({})} />
      </Flex>
      {more && (
        <Row gutter={[8, 8]}>
          <ChainNodeFilter chainId={value.chainId} nodeId={value.nodeId} onChange={set} />
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('project.filters.types')}
              placeholder={t('project.filters.types')}
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              value={value.types ?? []}
              options={TYPE_OPTIONS.map((type) => ({ value: type, label: t(`projectType.${type}`) }))}
              onChange={(types) => set({ types: types.length ? types : undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('project.filters.tiers')}
              placeholder={t('project.filters.tiers')}
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              value={value.tiers ?? []}
              options={TIER_OPTIONS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
              onChange={(tiers) => set({ tiers: tiers.length ? tiers : undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <OwnerSelect
              aria-label={t('project.filters.owner')}
              placeholder={t('project.filters.owner')}
              chain={null}
              disabled={value.mine === true}
              value={value.ownerId}
              onChange={(ownerId) => set({ ownerId })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <LeaderSelect
              aria-label={t('project.filters.responsibleLeader')}
              placeholder={t('project.filters.responsibleLeader')}
              value={value.responsibleLeaderId}
              onChange={(responsibleLeaderId) => set({ responsibleLeaderId })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <UnitSelect
              aria-label={t('project.filters.responsibleUnit')}
              placeholder={t('project.filters.responsibleUnit')}
              value={value.responsibleUnitId}
              onChange={(responsibleUnitId) => set({ responsibleUnitId })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <DateRange label={t('project.filters.signed')} from={value.signedFrom} to={value.signedTo} onChange={(signedFrom, signedTo) => set({ signedFrom, signedTo })} />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <DateRange label={t('project.filters.created')} from={value.createdFrom} to={value.createdTo} onChange={(createdFrom, createdTo) => set({ createdFrom, createdTo })} />
          </Col>
          <Col xs={12} sm={6} lg={3}>
            <YesNoSelect label={t('project.filters.isDemo')} value={value.isDemo} onChange={(isDemo) => set({ isDemo })} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
