import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Flex, Modal, Popconfirm, Result, Row, Spin, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, type ApiError, type ImportKind, type PreviewImportMutation } from '@chainboard/web-graphql';
import { ErrorAlert, ProgressBar } from '@chainboard/web-ui';
import { fileToBase64 } from '../common/download';
import { useConfirmImport } from './hooks';
import { importProgressQuery, previewImportMutation } from './import-export.documents';
import { IMPORT_ACCEPT, importFileProblem, importProblemRows, progressPercent } from './import-export';

type Preview = PreviewImportMutation['previewImport'];

/** How often the progress of a confirmed import is asked for. */
const PROGRESS_POLL_MS = 500;

/**
 * "Import": upload an .xlsx or .csv → the API checks it and writes nothing → a preview with counts and each
 * row's problems (row, column, why) → confirm all-or-nothing, or explicitly only the good rows → a progress bar
 * while it writes → the result.
 */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('crm.import.button')}
      </Button>
      <Modal
        open={open}
        title={t(`crm.import.title.${kind}`)}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={760}
        style={{ maxWidth: 'calc(100vw - 16px)' }}
        mask={{ closable: false }}
      >
        <ImportWizard kind={kind} onClose={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function ImportWizard({ kind, onClose }: { kind: ImportKind; onClose: () => void }) {
  const { t } = useTranslation();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');

  const preview = useMutation<Preview, ApiError, File>({
    mutationFn: async (file) => (await request(previewImportMutation, { input: { kind, fileName: file.name, contentBase64: await fileToBase64(file) } })).previewImport,
  });
  const confirm = useConfirmImport();
  const previewId = preview.data?.id ?? '';
  const progress = useQuery({
    queryKey: ['import-progress', previewId],
    queryFn: async () => (await request(importProgressQuery, { id: previewId })).importProgress,
    enabled: confirm.isPending && previewId !== '',
    refetchInterval: PROGRESS_POLL_MS,
    gcTime: 0,
  });

  const restart = () => {
    preview.reset();
    confirm.reset();
    setFileProblem(null);
  };

  // 1. Pick a file.
  if (!preview.data && !preview.isPending) {
    return (
      <Flex vertical gap="middle">
        <Upload.Dragger
          accept={IMPORT_ACCEPT}
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            const problem = importFileProblem(file);
            setFileProblem(problem ? t(`crm.import.${problem}`) : null);
            if (!problem) {
              setFileName(file.name);
              preview.mutate(file);
            }
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{t('crm.import.upload')}</p>
          <p className="ant-upload-hint">{t('crm.import.uploadHint')}</p>
        </Upload.Dragger>
        {fileProblem && <Alert type="error" showIcon role="alert" title={fileProblem} />}
        <ErrorAlert error={preview.error} />
      </Flex>
    );
  }

  // 2. The API reads and checks it.
  if (preview.isPending || !preview.data) {
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description={t('crm.import.checking', { file: fileName })} />
      </Flex>
    );
  }

  const data = preview.data;

  // 5. Done.
  if (confirm.data) {
    const r = confirm.data;
    return (
      <Flex vertical gap="middle" align="center">
        <Result status="success" title={t('crm.import.resultTitle')} subTitle={data.fileName} style={{ paddingBottom: 0 }} />
        <Row gutter={[16, 16]} style={{ width: '100%', maxWidth: 520 }}>
          {(
            [
              ['created', r.created],
              ['updated', r.updated],
              ['unchanged', r.unchanged],
              ['skipped', r.skippedRows],
            ] as const
          ).map(([key, value]) => (
            <Col key={key} xs={12} sm={6} style={{ textAlign: 'center' }}>
              <Statistic title={t(`crm.import.${key}`)} value={value} />
            </Col>
          ))}
        </Row>
        <Flex gap="small" wrap justify="center">
          <Button onClick={restart}>{t('crm.import.another')}</Button>
          <Button type="primary" onClick={onClose}>
            {t('crm.import.close')}
          </Button>
        </Flex>
      </Flex>
    );
  }

  // 4. Writing: the progress, polled.
  if (confirm.isPending) {
    const p = progress.data;
    return (
      <Flex vertical gap="middle" style={{ padding: '16px 0' }} aria-live="polite">
        <Typography.Text strong>{t('crm.import.importing')}</Typography.Text>
        <ProgressBar done={p?.processed ?? 0} total={p?.total ?? data.goodRows} percent={progressPercent(p)} />
      </Flex>
    );
  }

  // 3. The preview: counts, problems, and the two ways to confirm.
  const rows = importProblemRows(data.problems);
  const counts = [
    ['totalRows', data.totalRows],
    ['goodRows', data.goodRows],
    ['badRows', data.badRows],
    ['toCreate', data.toCreate],
    ['toUpdate', data.toUpdate],
    ['unchanged', data.unchanged],
  ] as const;
  return (
    <Flex vertical gap="middle">
      <Typography.Text strong>{t('crm.import.previewTitle', { file: data.fileName })}</Typography.Text>
      <Row gutter={[8, 8]}>
        {counts.map(([key, value]) => (
          <Col key={key} xs={8} sm={4}>
            <Statistic title={t(`crm.import.${key}`)} value={value} styles={key === 'badRows' && value > 0 ? { content: { color: '#cf1322' } } : undefined} />
          </Col>
        ))}
      </Row>
      {rows.length === 0 ? (
        <Alert type="success" showIcon title={t('crm.import.noProblems')} />
      ) : (
        <Table
          size="small"
          rowKey="key"
          title={() => t('crm.import.problemsTitle', { count: rows.length })}
          dataSource={rows}
          pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'row', dataIndex: 'row', title: t('crm.import.columns.row'), width: 72 },
            { key: 'column', dataIndex: 'column', title: t('crm.import.columns.column'), width: 140 },
            { key: 'message', dataIndex: 'message', title: t('crm.import.columns.message') },
          ]}
        />
      )}
      <ErrorAlert error={confirm.error} />
      <Flex vertical gap="small">
        <Flex gap="small" wrap justify="flex-end">
          <Button onClick={restart}>{t('crm.import.restart')}</Button>
          {data.badRows > 0 && data.goodRows > 0 && (
            <Popconfirm
              title={t('crm.import.confirmGoodHint', { count: data.badRows })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => confirm.mutate({ id: data.id, mode: 'GOOD_ROWS_ONLY' })}
            >
              <Button>{t('crm.import.confirmGood', { count: data.goodRows })}</Button>
            </Popconfirm>
          )}
          <Button type="primary" disabled={data.badRows > 0 || data.goodRows === 0} onClick={() => confirm.mutate({ id: data.id, mode: 'ALL_OR_NOTHING' })}>
            {t('crm.import.confirmAll')}
          </Button>
        </Flex>
        <Typography.Text type="secondary" style={{ textAlign: 'right' }}>
          {data.badRows > 0 ? t('crm.import.confirmAllHint') : null}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
