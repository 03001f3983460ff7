import { List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { districtDateTime, FIELD_NAMES } from '@chainboard/domain';
import { isLanguage } from '../../i18n';
import { EmptyState } from './EmptyState';

/** One change of the audit trail as the history shows it (see the API's AuditEntry). */
export interface ChangeEntry {
  id: string;
  at: string;
  action: string;
  operation?: string | null;
  entityType: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  actor?: { displayName: string } | null;
}

export interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields of a change, one row each: an update's changed fields, an insert's or a delete's whole row (ids and blanks left out). */
export function changeRows(entry: Pick<ChangeEntry, 'action' | 'before' | 'after'>): ChangeRow[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const shown = entry.action === 'update' ? fields : fields.filter((f) => f !== 'id' && (entry.action === 'insert' ? after[f] : before[f]) != null);
  return shown.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** A column's name in the user's language where the app names it (FIELD_NAMES), or the column itself. */
export function fieldLabel(column: string, language: string): string {
  const names = FIELD_NAMES[isLanguage(language) ? language : 'zh-CN'];
  return names[camel(column)] ?? names[camel(column).replace(/Id$/, '')] ?? column;
}

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>;
  if (value === '[redacted]') return <Typography.Text type="secondary">{t('audit.redacted')}</Typography.Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return <Typography.Text style={{ wordBreak: 'break-all' }}>{text}</Typography.Text>;
}

/** The changed fields of one entry: field, before, after. */
export function ChangeFields({ entry }: { entry: Pick<ChangeEntry, 'action' | 'before' | 'after'> }) {
  const { t, i18n } = useTranslation();
  const rows = changeRows(entry);
  return (
    <Table<ChangeRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'field', title: t('audit.field'), width: '25%', render: (_v, r) => fieldLabel(r.field, i18n.language) },
        ...(entry.action !== 'insert' ? [{ key: 'before', title: t('audit.before'), render: (_v: unknown, r: ChangeRow) => <Value value={r.before} /> }] : []),
        ...(entry.action !== 'delete' ? [{ key: 'after', title: t('audit.after'), render: (_v: unknown, r: ChangeRow) => <Value value={r.after} /> }] : []),
      ]}
    />
  );
}

export interface ChangeHistoryProps {
  entries: readonly ChangeEntry[];
  /** How to name the kind of row changed (e.g. 项目, 资金到位); the table's name when left out. */
  entityLabel?: (entityType: string) => string;
}

/** A record's field history, newest first: when, who, what was done, and the fields before and after. */
export function ChangeHistory({ entries, entityLabel }: ChangeHistoryProps) {
  const { t } = useTranslation();
  if (!entries.length) return <EmptyState description={t('audit.noChanges')} />;
  return (
    <List
      dataSource={entries as ChangeEntry[]}
      rowKey="id"
      renderItem={(entry) => (
        <List.Item>
          <Space direction="vertical" style={{ width: '100%' }} size={4}>
            <Space wrap size="small">
              <Typography.Text strong>{districtDateTime(new Date(entry.at))}</Typography.Text>
              <Typography.Text>{entry.actor?.displayName ?? t('audit.system')}</Typography.Text>
              <Tag>{t(`audit.action.${entry.action}`, { defaultValue: entry.action })}</Tag>
              <Typography.Text type="secondary">{entityLabel ? entityLabel(entry.entityType) : entry.entityType}</Typography.Text>
            </Space>
            <ChangeFields entry={entry} />
          </Space>
        </List.Item>
      )}
    />
  );
}
