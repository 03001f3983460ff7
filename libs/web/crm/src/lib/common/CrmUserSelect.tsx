import { Select } from 'antd';
import { useMemo } from 'react';
import { assigneeOptions } from '../prospects/forms';
import { useCrmUsers } from './hooks';

/** A staff member as the picker shows them. */
export interface CrmUserRef {
  id: string;
  displayName: string;
}

export interface CrmUserSelectProps {
  /** The picked user's id (set by Form.Item when used as its child). */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The user picked now: listed by name even when no longer among the active staff. */
  current?: CrmUserRef | null;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  /** Whether the pick may be cleared (default true). */
  allowClear?: boolean;
}

/** Picks one of the active staff (searchable by name). Loads the staff list when rendered. */
export function CrmUserSelect({ value, onChange, current, disabled, id, 'aria-label': ariaLabel, placeholder, allowClear = true }: CrmUserSelectProps) {
  const users = useCrmUsers();
  const options = useMemo(() => assigneeOptions(users.data ?? [], current), [users.data, current]);
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      placeholder={placeholder}
      style={{ width: '100%' }}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ optionFilterProp: 'label' }}
      loading={users.isPending}
      value={value}
      options={options}
      onChange={(picked: string | undefined) => onChange?.(picked)}
    />
  );
}
