import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, type ApiError, type CompanyListInput, type ExportFile, type LeadListInput, type ProjectListInput, type ProspectListInput } from '@chainboard/web-graphql';
import { ErrorAlert } from '@chainboard/web-ui';
import { downloadBase64 } from '../common/download';
import { exportColumnsQuery, exportCompaniesMutation, exportLeadsMutation, exportProjectsMutation, exportProspectsMutation } from './import-export.documents';
import { initialExportColumns } from './import-export';
import { CRM_NS } from '../../i18n';

interface ExportCommon {
  visibleColumns: readonly string[];
  related?: Record<string, readonly string[]>;
  /** The table's total, to say how many rows the file will hold; a lower bound when `totalCapped`. */
  total?: number;
  totalCapped?: boolean;
}

export type ExportButtonProps =
  | ({ table: 'COMPANIES'; input: CompanyListInput } & ExportCommon)
  | ({ table: 'LEADS'; input: LeadListInput } & ExportCommon)
  | ({ table: 'PROSPECTS'; input: ProspectListInput } & ExportCommon)
  | ({ table: 'PROJECTS'; input: ProjectListInput } & ExportCommon);

/** What the export dialog says of the rows: "N rows", or "more than N rows" when the table's total was capped. */
export function exportIntro(t: (key: string, options: Record<string, unknown>) => string, language: string, total: number, capped = false): string {
  return t(capped ? 'export.introCapped' : 'export.intro', { count: total, formatted: total.toLocaleString(language) });
}

/** The export of the table the button sits on, as the API names it. */
async function exportTable(props: ExportButtonProps, columns: string[]): Promise<ExportFile> {
  switch (props.table) {
    case 'COMPANIES':
      return (await request(exportCompaniesMutation, { input: props.input, columns })).exportCompanies;
    case 'LEADS':
      return (await request(exportLeadsMutation, { input: props.input, columns })).exportLeads;
    case 'PROSPECTS':
      return (await request(exportProspectsMutation, { input: props.input, columns })).exportProspects;
    case 'PROJECTS':
      return (await request(exportProjectsMutation, { input: props.input, columns })).exportProjects;
  }
}

/** "Export": the filtered table (every page, same sort) as an .xlsx with the columns the user ticks, downloaded. */
export function ExportButton(props: ExportButtonProps) {
  const { t, i18n } = useTranslation(CRM_NS);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [columns, setColumns] = useState<string[]>([]);
  const available = useQuery({
    queryKey: ['export-columns', props.table],
    queryFn: async () => (await request(exportColumnsQuery, { table: props.table })).exportColumns,
    enabled: open,
    staleTime: 5 * 60_000,
  });
  const keys = (available.data ?? []).map((c) => c.key);
  const exporter = useMutation<ExportFile, ApiError, string[]>({
    mutationFn: (picked) => exportTable(props, picked),
  });

  // Tick the table's visible columns once the export's columns are known.
  const data = available.data;
  useEffect(() => {
    if (open && data) setColumns(initialExportColumns(data.map((c) => c.key), props.visibleColumns, props.related));
    // Only when the dialog opens or the columns arrive; later clicks are the user's.
  }, [open, data]);

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => {
          exporter.reset();
          setOpen(true);
        }}
      >
        {t('export.button')}
      </Button>
      <Modal
        open={open}
        title={t('export.title')}
        okText={t('export.ok')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: columns.length === 0, icon: <DownloadOutlined /> }}
        confirmLoading={exporter.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          exporter.mutate(columns, {
            onSuccess: (file) => {
              downloadBase64(file.fileName, file.contentBase64);
              message.success(t('export.done', { file: file.fileName }));
              setOpen(false);
            },
          })
        }
        style={{ maxWidth: 'calc(100vw - 16px)' }}
      >
        <Flex vertical gap="middle">
          {props.total !== undefined && <Typography.Text type="secondary">{exportIntro(t, i18n.language, props.total, props.totalCapped)}</Typography.Text>}
          <ErrorAlert error={available.error} />
          {available.isPending && <Spin />}
          <Flex justify="space-between" align="center" wrap gap="small">
            <Typography.Text strong>{t('export.columns')}</Typography.Text>
            <Flex gap="small">
              <Button size="small" onClick={() => setColumns(keys)}>
                {t('export.selectAll')}
              </Button>
              <Button size="small" onClick={() => setColumns(initialExportColumns(keys, props.visibleColumns, props.related))}>
                {t('export.selectVisible')}
              </Button>
            </Flex>
          </Flex>
          <Checkbox.Group
            value={columns}
            onChange={(checked) => setColumns(keys.filter((k) => checked.includes(k)))}
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}
            options={(available.data ?? []).map((c) => ({ value: c.key, label: c.label }))}
          />
          {columns.length === 0 && available.data && <Typography.Text type="danger">{t('export.noColumns')}</Typography.Text>}
          <ErrorAlert error={exporter.error} />
        </Flex>
      </Modal>
    </>
  );
}
