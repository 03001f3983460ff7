import { Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyOptions } from './hooks';
import { CRM_NS } from '../../i18n';

export interface CompanyOption {
  id: string;
  name: string;
  creditCode?: string | null;
  city?: string | null;
}

export interface CompanySelectProps {
  value?: string | null;
  onChange?: (id: string | null, company: CompanyOption | null) => void;
  /** A company not to offer (e.g. the one being merged into). */
  excludeId?: string;
  id?: string;
  placeholder?: string;
  autoFocus?: boolean;
  'aria-label'?: string;
}

/** Picks an existing company by typing part of its name, English name or alias (searched on the server). */
export function CompanySelect({ value, onChange, excludeId, id, placeholder, autoFocus, ...rest }: CompanySelectProps) {
  const { t } = useTranslation(CRM_NS);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<CompanyOption | null>(null);
  const options = useCompanyOptions(text);
  const found = (options.data ?? []).filter((c) => c.id !== excludeId);
  // The picked company stays among the options, so that its name (not its id) shows once the search moves on.
  const companies: CompanyOption[] = picked && picked.id === value && !found.some((c) => c.id === picked.id) ? [picked, ...found] : found;
  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      autoFocus={autoFocus}
      style={{ width: '100%' }}
      value={value ?? undefined}
      placeholder={placeholder ?? t('company.pickPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      loading={options.isFetching}
      notFoundContent={text.trim() ? t('company.noMatch') : t('company.typeToSearch')}
      onChange={(next) => {
        const company = companies.find((c) => c.id === next) ?? null;
        setPicked(company);
        onChange?.(next ?? null, company);
      }}
      options={companies.map((c) => ({
        value: c.id,
        label: (
          <span>
            {c.name}
            {(c.city || c.creditCode) && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {[c.city, c.creditCode].filter(Boolean).join(' · ')}
              </Typography.Text>
            )}
          </span>
        ),
      }))}
    />
  );
}
