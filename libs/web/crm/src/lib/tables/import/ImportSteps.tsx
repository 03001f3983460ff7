import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Popconfirm, Result, Row, Spin, Statistic, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConfirmImportMutation, ImportMode, ImportProgressQuery } from '@chainboard/web-graphql';
import { ErrorAlert, ProgressBar } from '@chainboard/web-ui';
import { IMPORT_ACCEPT, importProblemRows, progressPercent } from '../import-export';
import type { ImportPreview } from './use-import-wizard';
import { CRM_NS } from '../../../i18n';

/** 1. Pick a file (.xlsx or .csv): a drop zone, and what is wrong with the file picked or with its check. */
export function ImportFilePicker({ onPick, problem, error }: { onPick: (file: File) => void; problem: 'wrongType' | 'tooLarge' | null; error: unknown }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Flex vertical gap="middle">
      <Upload.Dragger
        accept={IMPORT_ACCEPT}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          onPick(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('import.upload')}</p>
        <p className="ant-upload-hint">{t('import.uploadHint')}</p>
      </Upload.Dragger>
      {problem && <Alert type="error" showIcon role="alert" title={t(`import.${problem}`)} />}
      <ErrorAlert error={error} />
    </Flex>
  );
}

/** 2. The API reads and checks the file. */
export function ImportChecking({ fileName }: { fileName: string }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Flex justify="center" style={{ padding: 32 }}>
      <Spin description={t('import.checking', { file: fileName })} />
    </Flex>
  );
}

/** 3. The preview: counts, each row's problems, and the two ways to confirm (all or nothing, or only the good rows). */
export function ImportPreviewStep({
  preview,
  error,
  onConfirm,
  onRestart,
  onEditMapping,
}: {
  preview: ImportPreview;
  error: unknown;
  onConfirm: (mode: ImportMode) => void;
  onRestart: () => void;
  onEditMapping?: () => void;
}) {
  const { t } = useTranslation(CRM_NS);
  const rows = importProblemRows(preview.problems);
  const ignored = (preview.columns ?? []).filter((c) => !c.field);
  const derived = (preview.fields ?? []).filter((f) => f.derived);
  const counts = [
    ['totalRows', preview.totalRows],
    ['goodRows', preview.goodRows],
    ['badRows', preview.badRows],
    ['toCreate', preview.toCreate],
    ['toUpdate', preview.toUpdate],
    ['unchanged', preview.unchanged],
  ] as const;
  return (
    <Flex vertical gap="middle">
      <Typography.Text strong>{t('import.previewTitle', { file: preview.fileName })}</Typography.Text>
      <Row gutter={[8, 8]}>
        {counts.map(([key, value]) => (
          <Col key={key} xs={8} sm={4}>
            <Statistic title={t(`import.${key}`)} value={value} styles={key === 'badRows' && value > 0 ? { content: { color: '#cf1322' } } : undefined} />
          </Col>
        ))}
      </Row>
      {preview.mappingSaved && <Alert type="info" showIcon title={t('import.mapping.savedApplied')} />}
      {derived.map((f) => (
        <Alert key={f.field} type="info" showIcon title={t('import.mapping.derived', { field: f.label, how: f.derived })} />
      ))}
      {ignored.length > 0 && (
        <Typography.Text type="secondary">{t('import.mapping.ignoredColumns', { columns: ignored.map((c) => c.heading || c.letter).join(t('listSeparator')) })}</Typography.Text>
      )}
      {rows.length === 0 ? (
        <Alert type="success" showIcon title={t('import.noProblems')} />
      ) : (
        <Table
          size="small"
          rowKey="key"
          title={() => t('import.problemsTitle', { count: rows.length })}
          dataSource={rows}
          pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'row', dataIndex: 'row', title: t('import.columns.row'), width: 72 },
            { key: 'column', dataIndex: 'column', title: t('import.columns.column'), width: 140 },
            { key: 'message', dataIndex: 'message', title: t('import.columns.message') },
          ]}
        />
      )}
      <ErrorAlert error={error} />
      <Flex vertical gap="small">
        <Flex gap="small" wrap justify="flex-end">
          <Button onClick={onRestart}>{t('import.restart')}</Button>
          {onEditMapping && <Button onClick={onEditMapping}>{t('import.mapping.edit')}</Button>}
          {preview.badRows > 0 && preview.goodRows > 0 && (
            <Popconfirm
              title={t('import.confirmGoodHint', { count: preview.badRows })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => onConfirm('GOOD_ROWS_ONLY')}
            >
              <Button>{t('import.confirmGood', { count: preview.goodRows })}</Button>
            </Popconfirm>
          )}
          <Button type="primary" disabled={preview.badRows > 0 || preview.goodRows === 0} onClick={() => onConfirm('ALL_OR_NOTHING')}>
            {t('import.confirmAll')}
          </Button>
        </Flex>
        <Typography.Text type="secondary" style={{ textAlign: 'right' }}>
          {preview.badRows > 0 ? t('import.confirmAllHint') : null}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** 4. Writing: the progress, as polled. */
export function ImportProgressStep({ progress, goodRows, onCancel }: { progress: ImportProgressQuery['importProgress'] | undefined; goodRows: number; onCancel?: () => void }) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Flex vertical gap="middle" style={{ padding: '16px 0' }} aria-live="polite">
      <Typography.Text strong>{t('import.importing')}</Typography.Text>
      <ProgressBar done={progress?.processed ?? 0} total={progress?.total ?? goodRows} percent={progressPercent(progress)} />
      {onCancel && (
        <Flex justify="flex-end">
          <Popconfirm title={t('import.cancelHint')} okText={t('import.cancel')} cancelText={t('common.cancel')} onConfirm={onCancel}>
            <Button danger>{t('import.cancel')}</Button>
          </Popconfirm>
        </Flex>
      )}
    </Flex>
  );
}

/** 5. Done: what was created, updated, left unchanged and skipped. */
export function ImportResultStep({ fileName, result, onAnother, onClose }: { fileName: string; result: ConfirmImportMutation['confirmImport']; onAnother: () => void; onClose: () => void }) {
  const { t } = useTranslation(CRM_NS);
  const counts = [
    ['created', result.created],
    ['updated', result.updated],
    ['unchanged', result.unchanged],
    ['skipped', result.skippedRows],
  ] as const;
  return (
    <Flex vertical gap="middle" align="center">
      <Result status="success" title={t('import.resultTitle')} subTitle={fileName} style={{ paddingBottom: 0 }} />
      <Row gutter={[16, 16]} style={{ width: '100%', maxWidth: 520 }}>
        {counts.map(([key, value]) => (
          <Col key={key} xs={12} sm={6} style={{ textAlign: 'center' }}>
            <Statistic title={t(`import.${key}`)} value={value} />
          </Col>
        ))}
      </Row>
      <Flex gap="small" wrap justify="center">
        <Button onClick={onAnother}>{t('import.another')}</Button>
        <Button type="primary" onClick={onClose}>
          {t('import.close')}
        </Button>
      </Flex>
    </Flex>
  );
}
