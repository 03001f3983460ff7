import { Select } from 'antd';
import { useMemo } from 'react';
import type { ChainOwnership } from '@chainboard/domain';
import { assigneeOptions } from '../prospects/forms';
import { useCrmUsers } from './hooks';
import { ownerCandidates, type OwnOperation } from './owners';

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
  /** The permission the picked user needs: owning leads (and pursuing prospects) by default, or owning projects. */
  operation?: OwnOperation;
  /** The record's chain: only the users the permission reaches on it are offered. */
  chain?: ChainOwnership | null;
}

/**
 * Picks one of the active staff who may own the record (searchable by name), by the permissions table: never a viewer,
 * and on a chain only those the permission reaches there. Loads the staff list when rendered.
 */
export function CrmUserSelect({ value, onChange, current, disabled, id, 'aria-label': ariaLabel, placeholder, allowClear = true, operation = 'lead.own', chain }: CrmUserSelectProps) {
  const users = useCrmUsers();
  const options = useMemo(() => assigneeOptions(ownerCandidates(users.data ?? [], operation, chain), current), [users.data, operation, chain, current]);
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
