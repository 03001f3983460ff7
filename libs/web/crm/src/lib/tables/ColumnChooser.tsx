import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CRM_NS } from '../../i18n';

export interface ColumnOption {
  key: string;
  label: string;
  /** Always shown (e.g. the name column). */
  fixed?: boolean;
}

export interface ColumnChooserProps {
  columns: readonly ColumnOption[];
  value: readonly string[];
  onChange: (columns: string[]) => void;
}

/** Which columns the table shows: a popover of checkboxes, in the table's order. */
export function ColumnChooser({ columns, value, onChange }: ColumnChooserProps) {
  const { t } = useTranslation(CRM_NS);
  const content = (
    <Flex vertical gap="small" style={{ maxWidth: 260 }}>
      <Typography.Text type="secondary">{t('table.columnsHint')}</Typography.Text>
      <Checkbox.Group
        value={[...value]}
        onChange={(checked) => onChange(columns.filter((c) => c.fixed || checked.includes(c.key)).map((c) => c.key))}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={columns.map((c) => ({ value: c.key, label: c.label, disabled: c.fixed }))}
      />
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('table.columns')} content={content}>
      <Button icon={<SettingOutlined />} aria-label={t('table.columns')}>
        {t('table.columns')}
      </Button>
    </Popover>
  );
}
