import { Button, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapModel } from '../graph/model';
import { expandableKeys, toTreeRows, type TreeRow } from '../graph/tree';
import { HIT_COLOR } from '../graph/styles';
import { CHAIN_MAP_NS } from '../../i18n';
import { FlagTags, StatusTag } from './tags';

export interface TreeTableViewProps {
  model: MapModel;
  visible: ReadonlySet<string>;
  chainName: string;
  selectedNodeId: string | null;
  hits: readonly string[];
  /** A node to scroll to; a new object scrolls again. */
  focus: { id: string } | null;
  onOpen: (id: string) => void;
}

/** Above this many rows the table renders only the rows on screen. */
const VIRTUAL_FROM = 400;

/** The map as a tree table: the same nodes, read row by row (and the screen-reader view of the map). */
export function TreeTableView({ model, visible, chainName, selectedNodeId, hits, focus, onOpen }: TreeTableViewProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  const rows = useMemo(() => toTreeRows(model, visible), [model, visible]);
  const [expanded, setExpanded] = useState<readonly React.Key[]>(() => expandableKeys(rows));
  useEffect(() => setExpanded(expandableKeys(rows)), [rows]);
  const hitSet = useMemo(() => new Set(hits), [hits]);

  useEffect(() => {
    if (!focus) return;
    document.querySelector(`[data-row-key="${CSS.escape(focus.id)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focus]);

  const columns: TableColumnsType<TreeRow> = [
    {
      key: 'name',
      title: t('table.name'),
      render: (_, row) => (
        <Button type="link" size="small" onClick={() => onOpen(row.key)} aria-label={t('table.open', { name: row.node.name })} style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', fontWeight: row.depth === 0 ? 600 : 400 }}>
          {row.node.name}
        </Button>
      ),
    },
    { key: 'status', title: t('table.status'), width: 90, render: (_, row) => <StatusTag status={row.node.status} /> },
    {
      key: 'position',
      title: t('table.position'),
      width: 90,
      render: (_, row) => (row.node.position ? t(`position.${row.node.position}`) : t('position.none')),
    },
    {
      key: 'flags',
      title: t('table.flags'),
      width: 200,
      render: (_, row) => <FlagTags isHighEnd={row.node.isHighEnd} isKey={row.node.isKey} isUncovered={row.node.isUncovered} />,
    },
    { key: 'localCompanies', title: t('table.localCompanies'), width: 96, align: 'right', render: (_, row) => row.node.localCompanies },
    { key: 'activeLeads', title: t('table.activeLeads'), width: 96, align: 'right', render: (_, row) => row.node.activeLeads },
    { key: 'activeProjects', title: t('table.activeProjects'), width: 96, align: 'right', render: (_, row) => row.node.activeProjects },
  ];

  const large = visible.size >= VIRTUAL_FROM;
  return (
    <div data-testid="chain-map-table">
    <Table<TreeRow>
      caption={<span style={{ display: 'block', textAlign: 'start', padding: '4px 0', color: 'rgba(0,0,0,0.55)' }}>{t('table.caption', { name: chainName })}</span>}
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      virtual={large}
      scroll={large ? { y: 640, x: 900 } : { x: 900 }}
      expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: (keys) => setExpanded(keys) }}
      onRow={(row) => ({
        style: row.key === selectedNodeId ? { background: '#e6f0ff' } : hitSet.has(row.key) ? { background: HIT_COLOR } : undefined,
      })}
    />
    </div>
  );
}
