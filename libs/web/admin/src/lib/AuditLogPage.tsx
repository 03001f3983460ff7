import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, districtDateTime } from '@chainboard/domain';
import { actorOf, useAuth } from '@chainboard/web-auth';
import type { AuditEntriesQuery } from '@chainboard/web-graphql';
import { ChangeFields, downloadBlob, EmptyState, ErrorAlert, ListPageHeader } from '@chainboard/web-ui';
import { ADMIN_NS } from '../i18n';
import { Forbidden } from './Forbidden';
import { useAuditEntries, useExportAuditEntries } from './audit-hooks';
import { useAdminUsers } from './hooks';

type Entry = AuditEntriesQuery['auditEntries']['items'][number];

/** The kinds of record the log is searched by (a record's own rows and its children's), in the order offered. */
export const AUDITED_RECORD_TYPES = [
  'company',
  'lead',
  'project',
  'industry_chain',
  'chain_map',
  'work_plan',
  'policy_set',
  'meeting',
  'app_user',
  'department',
  'company_list',
  'plan_indicator',
  'ranking_entry',
  'place_zone',
  'place_building',
  'land_parcel',
  'app_setting',
] as const;

export interface AuditFilters {
  recordType?: string;
  recordId?: string;
  actorId?: string;
  range?: [Dayjs, Dayjs] | null;
}

const PAGE_SIZE = 50;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function downloadXlsx(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(new Blob([bytes], { type: XLSX_MIME }), fileName);
}

/** The filters as the API takes them: days of the district calendar, blanks left out. */
export function toAuditEntriesInput(filters: AuditFilters, page: number) {
  const recordId = filters.recordId?.trim();
  return {
    recordType: filters.recordType ?? null,
    recordId: recordId ? recordId : null,
    actorId: filters.actorId ?? null,
    from: filters.range ? filters.range[0].format('YYYY-MM-DD') : null,
    to: filters.range ? filters.range[1].format('YYYY-MM-DD') : null,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

/** /admin/audit — 审计日志: every change, who made it, when, from where, its fields before and after. Admins only. */
export function AuditLogPage() {
  const { t } = useTranslation(ADMIN_NS);
  const { user } = useAuth();
  if (!user || !can(actorOf(user), 'audit.read')) return <Forbidden title={t('auditLog.title')} />;
  return <AuditLogContent />;
}

function AuditLogContent() {
  const { t } = useTranslation(ADMIN_NS);
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const input = useMemo(() => toAuditEntriesInput(filters, page), [filters, page]);
  const entries = useAuditEntries(input);
  const users = useAdminUsers({});
  const exporter = useExportAuditEntries();
  const { message } = App.useApp();
  const exportTrail = async () => {
    // The filters of the search, not its page: every matching entry up to the cap.
    const filtersOnly = { recordType: input.recordType, recordId: input.recordId, actorId: input.actorId, from: input.from, to: input.to };
    try {
      const file = await exporter.mutateAsync(filtersOnly);
      downloadXlsx(file.fileName, file.contentBase64);
      if (file.capped) message.warning(t('auditLog.exportCapped', { rows: file.rows, total: file.total }));
      else message.success(t('auditLog.exported', { rows: file.rows }));
    } catch {
      message.error(t('auditLog.exportFailed'));
    }
  };
  const change = (next: Partial<AuditFilters>) => {
    setFilters((f) => ({ ...f, ...next }));
    setPage(1);
  };
  const typeLabel = (type: string) => t(`auditLog.types.${type}`, { defaultValue: type });

  const columns: TableColumnsType<Entry> = [
    { key: 'at', title: t('auditLog.fields.at'), width: 150, render: (_v, e) => districtDateTime(new Date(e.at)) },
    { key: 'actor', title: t('auditLog.fields.actor'), render: (_v, e) => e.actor?.displayName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text> },
    { key: 'operation', title: t('auditLog.fields.operation'), render: (_v, e) => <Typography.Text code>{e.operation ?? t('audit.system')}</Typography.Text> },
    { key: 'action', title: t('auditLog.fields.action'), render: (_v, e) => <Tag>{t(`audit.action.${e.action}`, { defaultValue: e.action })}</Tag> },
    { key: 'entity', title: t('auditLog.fields.entity'), render: (_v, e) => typeLabel(e.entityType) },
    {
      key: 'record',
      title: t('auditLog.fields.record'),
      render: (_v, e) => (
        <Button type="link" size="small" onClick={() => change({ recordType: e.recordType, recordId: e.recordId })} aria-label={t('auditLog.historyOf', { id: e.recordId })}>
          {typeLabel(e.recordType)} · {e.recordId.slice(0, 8)}
        </Button>
      ),
    },
    { key: 'address', title: t('auditLog.fields.address'), render: (_v, e) => e.address ?? '' },
  ];

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title={t('auditLog.title')}
        subtitle={t('auditLog.intro')}
        count={entries.data?.total}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={() => void exportTrail()} title={t('auditLog.exportHint')}>
            {t('auditLog.export')}
          </Button>
        }
        filters={
          <Flex gap="small" wrap aria-label={t('auditLog.filtersLabel')}>
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('auditLog.anyRecordType')}
              aria-label={t('auditLog.fields.recordType')}
              value={filters.recordType}
              onChange={(recordType?: string) => change({ recordType, recordId: recordType ? filters.recordId : undefined })}
              options={AUDITED_RECORD_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
            />
            <Input
              allowClear
              style={{ width: 300 }}
              placeholder={t('auditLog.recordIdPlaceholder')}
              aria-label={t('auditLog.fields.recordId')}
              value={filters.recordId}
              onChange={(e) => change({ recordId: e.target.value })}
            />
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 160 }}
              placeholder={t('auditLog.anyUser')}
              aria-label={t('auditLog.fields.actor')}
              value={filters.actorId}
              onChange={(actorId?: string) => change({ actorId })}
              options={(users.data ?? []).map((u) => ({ value: u.id, label: t('userOption', { name: u.displayName, username: u.username }) }))}
            />
            <DatePicker.RangePicker aria-label={t('auditLog.fields.range')} value={filters.range ?? null} onChange={(range) => change({ range: range && range[0] && range[1] ? [range[0], range[1]] : null })} />
          </Flex>
        }
      />
      <ErrorAlert error={entries.error} />
      <Table<Entry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={entries.data?.items ?? []}
        loading={entries.isFetching}
        expandable={{ expandedRowRender: (e) => <ChangeFields entry={e} /> }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: entries.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        locale={{ emptyText: <EmptyState description={t('auditLog.empty')} /> }}
      />
    </Flex>
  );
}
