import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CRM_NS } from '../../i18n';

export interface YesNoSelectProps {
  /** The accessible name and placeholder. */
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}

/** A yes / no / either filter (cleared means either). */
export function YesNoSelect({ label, value, onChange }: YesNoSelectProps) {
  const { t } = useTranslation(CRM_NS);
  return (
    <Select
      aria-label={label}
      placeholder={label}
      style={{ width: '100%' }}
      allowClear
      value={value === true ? 'yes' : value === false ? 'no' : undefined}
      options={[
        { value: 'yes', label: t('yes') },
        { value: 'no', label: t('no') },
      ]}
      onChange={(v: string | undefined) => onChange(v === 'yes' ? true : v === 'no' ? false : undefined)}
    />
  );
}
