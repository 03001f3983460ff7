import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Col, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChainNodeSelect } from '../common/ChainNodeSelect';
import { useCrmChains } from '../common/hooks';
import { CRM_NS } from '../../i18n';

export interface MoreFiltersButtonsProps {
  /** How many filters behind "more filters" are set (shown as a badge). */
  hiddenCount: number;
  open: boolean;
  onToggle: () => void;
  /** Clears every filter. */
  onReset: () => void;
}

/** A table filter bar's "more filters" toggle, with the count of filters it hides, and "reset filters". */
export function MoreFiltersButtons({ hiddenCount, open, onToggle, onReset }: MoreFiltersButtonsProps) {
  const { t } = useTranslation(CRM_NS);
  return (
    <>
      <Badge count={hiddenCount} size="small">
        <Button icon={<FilterOutlined />} onClick={onToggle} aria-expanded={open}>
          {t('table.moreFilters')}
        </Button>
      </Badge>
      <Button icon={<ReloadOutlined />} onClick={onReset}>
        {t('table.resetFilters')}
      </Button>
    </>
  );
}

export interface ChainNodeFilterProps {
  chainId?: string;
  nodeId?: string;
  /** A new chain clears the node. */
  onChange: (place: { chainId?: string; nodeId?: string }) => void;
}

/** The chain and chain-map node filters of a table, as two columns of a filter row. */
export function ChainNodeFilter({ chainId, nodeId, onChange }: ChainNodeFilterProps) {
  const { t } = useTranslation(CRM_NS);
  const chains = useCrmChains();
  return (
    <>
      <Col xs={24} sm={12} lg={6}>
        <Select
          aria-label={t('filters.chain')}
          placeholder={t('filters.chain')}
          style={{ width: '100%' }}
          allowClear
          value={chainId}
          loading={chains.isPending}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(chain) => onChange({ chainId: chain, nodeId: undefined })}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <ChainNodeSelect
          aria-label={t('filters.node')}
          chainId={chainId}
          value={nodeId ?? null}
          onChange={(node) => onChange({ chainId, nodeId: (node as string | null) ?? undefined })}
        />
      </Col>
    </>
  );
}
