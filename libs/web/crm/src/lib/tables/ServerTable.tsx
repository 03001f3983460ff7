import { Flex, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert, TotalCount } from '@chainboard/web-ui';
import { toTableChange } from './antd-table';
import { ColumnChooser } from './ColumnChooser';
import { SavedViewsBar } from './SavedViewsBar';
import { applyTableChange, PAGE_SIZES, stateFromSettings, viewSettings, type TableSpec, type TableState } from './table-state';

export interface ServerTableProps<R extends { id: string }, F, S extends string> {
  spec: TableSpec<F, S>;
  state: TableState<F, S>;
  onStateChange: (state: TableState<F, S>) => void;
  /** The visible columns, built by the page. */
  columns: TableColumnsType<R>;
  /** Every column's label for the column chooser, by key. */
  columnLabel: (key: string) => string;
  /** Table column key → the API's sort field. */
  columnSort: Partial<Record<string, S>>;
  rows: R[];
  /** Rows on all pages; a lower bound when `totalCapped` (the pages still go on past it: the server counts further as they do). */
  total: number;
  /** The server stopped counting: shown as "1,000+", with a "count exactly" link when `onCountExactly` is given. */
  totalCapped?: boolean;
  onCountExactly?: () => void;
  loading: boolean;
  error: unknown;
}

/**
 * A table driven by the server: saved views, column chooser, errors, and paging and sorting that become a new
 * table state (the page turns it into the query). The filter bar and the actions above it stay the page's.
 */
export function ServerTable<R extends { id: string }, F, S extends string>(props: ServerTableProps<R, F, S>) {
  const { spec, state, onStateChange } = props;
  const [viewId, setViewId] = useState<string | null>(null);
  return (
    <>
      <Flex justify="space-between" gap="small" wrap>
        <SavedViewsBar
          tableKey={spec.key}
          settings={viewSettings(state)}
          onApply={(settings) => onStateChange(stateFromSettings(spec, settings))}
          activeId={viewId}
          onActiveChange={setViewId}
        />
        <ColumnChooser
          columns={spec.columns.map((key) => ({ key, label: props.columnLabel(key), fixed: spec.fixedColumns.includes(key) }))}
          value={state.columns}
          onChange={(columns) => onStateChange({ ...state, columns })}
        />
      </Flex>
      <ErrorAlert error={props.error} />
      <Table<R>
        rowKey="id"
        size="middle"
        columns={props.columns}
        dataSource={props.rows}
        loading={props.loading}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: props.total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total) => <TotalCount count={total} capped={props.totalCapped} onCountExactly={props.onCountExactly} />,
          size: 'small',
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          const change = toTableChange(pagination, sorter, extra.action, props.columnSort);
          if (change) onStateChange(applyTableChange(spec, state, change));
        }}
      />
    </>
  );
}
