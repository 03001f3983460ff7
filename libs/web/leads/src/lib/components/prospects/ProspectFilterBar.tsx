import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChainNodeSelect, PRIORITIES } from '@chainboard/web-crm';
import type { ProspectFilters } from '../../prospects';
import type { ProspectListState } from './use-prospect-list';
import { LEADS_TEXTS } from '../../../i18n';

/** The prospect list's filters: chain, node, priority, and open / converted / all. */
export function ProspectFilterBar({ chains, list }: { chains: readonly { id: string; name: string }[]; list: ProspectListState }) {
  const { t } = useTranslation(LEADS_TEXTS);
  return (
    <>
      <Select
        aria-label={t('filters.chain')}
        style={{ minWidth: 160 }}
        value={list.chainId ?? undefined}
        options={chains.map((c) => ({ value: c.id, label: c.name }))}
        onChange={(id) => list.place({ chain: id })}
      />
      <div style={{ flex: '1 1 200px', maxWidth: 320 }}>
        <ChainNodeSelect
          aria-label={t('filters.node')}
          chainId={list.chainId}
          value={list.nodeId}
          onChange={(id) => list.place({ node: (id as string | null) ?? null })}
          placeholder={t('prospect.allNodes')}
        />
      </div>
      <Select
        aria-label={t('prospect.fields.priority')}
        placeholder={t('prospect.fields.priority')}
        allowClear
        style={{ minWidth: 110 }}
        value={list.priority}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        onChange={list.setPriority}
      />
      <Segmented
        value={list.state}
        onChange={(v) => list.setState(v as ProspectFilters['state'])}
        options={[
          { value: 'open', label: t('prospect.state.open') },
          { value: 'converted', label: t('prospect.state.converted') },
          { value: 'all', label: t('prospect.state.all') },
        ]}
      />
    </>
  );
}
