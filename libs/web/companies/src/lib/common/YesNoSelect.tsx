import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

export interface YesNoSelectProps {
  /** The accessible name and placeholder. */
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}

/** A yes / no / either filter (cleared means either). */
export function YesNoSelect({ label, value, onChange }: YesNoSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={label}
      placeholder={label}
      style={{ width: '100%' }}
      allowClear
      value={value === true ? 'yes' : value === false ? 'no' : undefined}
      options={[
        { value: 'yes', label: t('crm.yes') },
        { value: 'no', label: t('crm.no') },
      ]}
      onChange={(v: string | undefined) => onChange(v === 'yes' ? true : v === 'no' ? false : undefined)}
    />
  );
}
