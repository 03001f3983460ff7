import { Alert, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMappingInput } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { mappingOf, type ImportPreview } from './use-import-wizard';
import { CRM_NS } from '../../../i18n';

/** The value a column's select takes for "not imported" (a select cannot hold null). */
const IGNORE = '';
/** Targets the API reads: a person left to the importer, and the rows of a value refused. */
const IMPORTER = '@importer';
const REFUSE = '@refuse';

type Column = ImportPreview['columns'][number];
type ValueGroup = ImportPreview['values'][number];

/**
 * 3. The mapping: every column of the file with the field it fills (suggested from its heading or content, or saved
 * from last time), which the user confirms, changes or marks "not imported"; then, for each column naming something
 * in the system, its distinct values with their matches and how many rows each affects.
 */
export function ImportMappingStep({
  preview,
  checking,
  error,
  onApply,
  onRestart,
}: {
  preview: ImportPreview;
  checking: boolean;
  error: unknown;
  onApply: (mapping: ImportMappingInput) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation(CRM_NS);
  const initial = useMemo(() => mappingOf(preview), [preview]);
  const [fields, setFields] = useState<Record<number, string | null>>(() => Object.fromEntries(initial.columns.map((c) => [c.index, c.field ?? null])));
  const [targets, setTargets] = useState<Record<string, string | null>>(() =>
    Object.fromEntries(preview.values.flatMap((g) => g.values.map((v) => [`${g.field}|${v.value}`, v.target ?? null]))),
  );
  const labelOf = (field: string) => preview.fields.find((f) => f.field === field)?.label ?? field;
  const used = new Set(Object.values(fields).filter(Boolean));
  const missing = preview.fields.filter((f) => f.required && !f.derived && !used.has(f.field));
  const derived = preview.fields.filter((f) => f.derived && !used.has(f.field));
  const fieldOptions = [{ value: IGNORE, label: t('import.mapping.ignore') }, ...preview.fields.map((f) => ({ value: f.field, label: f.label }))];
  // Value groups of columns still mapped to the same field (their values were read with the preview's mapping).
  const groups = preview.values.filter((g) => preview.columns.some((c) => c.field === g.field && fields[c.index] === g.field));

  const apply = () =>
    onApply({
      columns: preview.columns.map((c) => ({ index: c.index, field: fields[c.index] || null })),
      values: groups.flatMap((g) =>
        g.values.flatMap((v) => {
          const target = targets[`${g.field}|${v.value}`];
          return target ? [{ field: g.field, value: v.value, target }] : [];
        }),
      ),
    });

  return (
    <Flex vertical gap="middle">
      <Typography.Text strong>{t('import.mapping.title', { row: preview.headerRow })}</Typography.Text>
      <Table<Column>
        size="small"
        rowKey="index"
        dataSource={preview.columns}
        pagination={false}
        scroll={{ x: 'max-content', y: 320 }}
        aria-label={t('import.mapping.columnsLabel')}
        columns={[
          { key: 'letter', dataIndex: 'letter', title: t('import.mapping.letter'), width: 48 },
          {
            key: 'heading',
            title: t('import.mapping.heading'),
            render: (_, c) => (
              <Flex vertical>
                <Typography.Text>{c.heading || t('import.mapping.noHeading')}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  {c.samples.join(t('listSeparator'))}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'field',
            title: t('import.mapping.field'),
            width: 240,
            render: (_, c) => (
              <Flex vertical gap={2}>
                <Select
                  size="small"
                  showSearch
                  optionFilterProp="label"
                  style={{ width: 220 }}
                  aria-label={t('import.mapping.fieldFor', { column: c.heading || c.letter })}
                  value={fields[c.index] ?? IGNORE}
                  options={fieldOptions}
                  onChange={(value: string) => setFields((prev) => ({ ...prev, [c.index]: value || null }))}
                />
                {fields[c.index] === (c.field ?? null) && c.origin !== 'NONE' && <Tag color={c.origin === 'SAVED' ? 'blue' : 'default'}>{t(`import.mapping.origin.${c.origin}`)}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      {derived.map((f) => (
        <Alert key={f.field} type="info" showIcon title={t('import.mapping.derived', { field: f.label, how: f.derived })} />
      ))}
      {missing.length > 0 && <Alert type="warning" showIcon title={t('import.mapping.missing', { fields: missing.map((f) => f.label).join(t('listSeparator')) })} />}
      {groups.map((g) => (
        <ValueTable key={g.field} group={g} label={labelOf(g.field)} targets={targets} onChange={(value, target) => setTargets((prev) => ({ ...prev, [`${g.field}|${value}`]: target }))} />
      ))}
      <ErrorAlert error={error} />
      <Flex gap="small" wrap justify="flex-end">
        <Button onClick={onRestart}>{t('import.restart')}</Button>
        <Button type="primary" loading={checking} onClick={apply}>
          {t('import.mapping.apply')}
        </Button>
      </Flex>
    </Flex>
  );
}

function ValueTable({
  group,
  label,
  targets,
  onChange,
}: {
  group: ValueGroup;
  label: string;
  targets: Record<string, string | null>;
  onChange: (value: string, target: string | null) => void;
}) {
  const { t } = useTranslation(CRM_NS);
  const options = [
    ...(group.mayLeaveToImporter ? [{ value: IMPORTER, label: t('import.mapping.importer') }] : []),
    { value: REFUSE, label: t('import.mapping.refuse') },
    ...group.options.map((o) => ({ value: o.target, label: o.label })),
  ];
  const unmatched = group.values.filter((v) => !targets[`${group.field}|${v.value}`]).length;
  return (
    <Flex vertical gap="small">
      <Typography.Text strong>
        {t('import.mapping.valuesTitle', { field: label, column: group.column })}
        {unmatched > 0 && (
          <Tag color="orange" style={{ marginInlineStart: 8 }}>
            {t('import.mapping.unmatched', { count: unmatched })}
          </Tag>
        )}
      </Typography.Text>
      <Table<ValueGroup['values'][number]>
        size="small"
        rowKey="value"
        dataSource={group.values}
        pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
        aria-label={t('import.mapping.valuesLabel', { field: label })}
        columns={[
          { key: 'value', dataIndex: 'value', title: t('import.mapping.value') },
          { key: 'rows', dataIndex: 'rows', title: t('import.mapping.rows'), width: 80 },
          {
            key: 'target',
            title: t('import.mapping.target'),
            width: 260,
            render: (_, v) => (
              <Select
                size="small"
                showSearch
                optionFilterProp="label"
                allowClear
                style={{ width: 240 }}
                aria-label={t('import.mapping.targetFor', { value: v.value })}
                placeholder={t('import.mapping.noMatch')}
                value={targets[`${group.field}|${v.value}`] ?? undefined}
                options={options}
                onChange={(target?: string) => onChange(v.value, target ?? null)}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
