import { CompressOutlined, DownloadOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAIN_MAP_NS } from '../../i18n';

export interface MapToolbarProps {
  onFit: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onExport: () => void;
}

function ToolButton({ label, icon, onClick }: { label: string; icon: ReactNode; onClick: () => void }) {
  return (
    <Tooltip title={label}>
      <Button icon={icon} aria-label={label} onClick={onClick} />
    </Tooltip>
  );
}

/** Fit, zoom in, zoom out and export as PNG. */
export function MapToolbar({ onFit, onZoomIn, onZoomOut, onExport }: MapToolbarProps) {
  const { t } = useTranslation(CHAIN_MAP_NS);
  return (
    <Space.Compact aria-label={t('toolbar.label')} role="toolbar">
      <ToolButton label={t('toolbar.fit')} icon={<CompressOutlined />} onClick={onFit} />
      <ToolButton label={t('toolbar.zoomIn')} icon={<ZoomInOutlined />} onClick={onZoomIn} />
      <ToolButton label={t('toolbar.zoomOut')} icon={<ZoomOutOutlined />} onClick={onZoomOut} />
      <Tooltip title={t('toolbar.export')}>
        <Button icon={<DownloadOutlined />} aria-label={t('toolbar.export')} onClick={onExport}>
          {t('toolbar.export')}
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}
