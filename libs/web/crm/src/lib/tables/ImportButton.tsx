import { UploadOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@chainboard/web-graphql';
import { ImportChecking, ImportFilePicker, ImportPreviewStep, ImportProgressStep, ImportResultStep } from './import/ImportSteps';
import { ImportMappingStep } from './import/ImportMappingStep';
import { useImportWizard } from './import/use-import-wizard';
import { CRM_NS } from '../../i18n';

/**
 * "Import": upload an .xlsx or .csv → the API checks it and writes nothing → the mapping of its columns and values
 * (skipped when the user's saved mapping for the same headings applied) → a preview with counts and each
 * row's problems (row, column, why) → confirm all-or-nothing, or explicitly only the good rows → a progress bar
 * while it writes → the result.
 */
export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation(CRM_NS);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('import.button')}
      </Button>
      <Modal
        open={open}
        title={t(`import.title.${kind}`)}
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
  const wizard = useImportWizard(kind);
  const { preview, result } = wizard;
  switch (wizard.step) {
    case 'pick':
      return <ImportFilePicker onPick={wizard.pick} problem={wizard.fileProblem} error={wizard.previewError} />;
    case 'checking':
      return <ImportChecking fileName={wizard.fileName} />;
    case 'importing':
      return <ImportProgressStep progress={wizard.progress} goodRows={preview?.goodRows ?? 0} onCancel={wizard.cancel} />;
    case 'done':
      return result && <ImportResultStep fileName={preview?.fileName ?? wizard.fileName} result={result} onAnother={wizard.restart} onClose={onClose} />;
    case 'mapping':
      return preview && <ImportMappingStep key={preview.id} preview={preview} checking={false} error={wizard.previewError} onApply={wizard.applyMapping} onRestart={wizard.restart} />;
    case 'preview':
      return (
        preview && <ImportPreviewStep preview={preview} error={wizard.confirmError} onConfirm={wizard.confirm} onRestart={wizard.restart} onEditMapping={wizard.editMapping} />
      );
  }
}
