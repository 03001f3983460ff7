import { Select } from 'antd';
import { useMemo } from 'react';
import type { ChainOwnership } from '@chainboard/domain';
import { projectOwnerCandidates, responsibleLeaderCandidates } from '../access';
import { useProjectPeople } from '../hooks';

interface PickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
  /** The one picked now: listed by name even when no longer among the candidates. */
  current?: { id: string; name: string } | null;
}

function withCurrent(options: { value: string; label: string }[], current: PickerProps['current']) {
  return current && !options.some((o) => o.value === current.id) ? [{ value: current.id, label: current.name }, ...options] : options;
}

function PeopleSelect({ options, loading, id, value, onChange, placeholder, disabled, style, current, ...rest }: PickerProps & { options: { value: string; label: string }[]; loading: boolean }) {
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      allowClear
      disabled={disabled}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      value={value ?? undefined}
      options={withCurrent(options, current)}
      onChange={(picked: string | undefined) => onChange?.(picked)}
    />
  );
}

/**
 * Picks a project's owner (负责人): only active users who may own projects on the chain (project.own of the
 * permissions table); without a chain, those who may own projects on some chain (a filter).
 */
export function OwnerSelect({ chain, ...props }: PickerProps & { chain: ChainOwnership | null }) {
  const people = useProjectPeople();
  const options = useMemo(() => projectOwnerCandidates(people.data?.users ?? [], chain).map((u) => ({ value: u.id, label: u.displayName })), [people.data, chain]);
  return <PeopleSelect {...props} options={options} loading={people.isPending} />;
}

/** Picks a responsible district leader (责任领导): district leaders and chain leaders. */
export function LeaderSelect(props: PickerProps) {
  const people = useProjectPeople();
  const options = useMemo(() => responsibleLeaderCandidates(people.data?.users ?? []).map((u) => ({ value: u.id, label: u.displayName })), [people.data]);
  return <PeopleSelect {...props} options={options} loading={people.isPending} />;
}

/** Picks a department: a responsible unit (责任单位), or the unit a coordination issue asks. */
export function UnitSelect(props: PickerProps) {
  const people = useProjectPeople();
  const options = useMemo(() => (people.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name })), [people.data]);
  return <PeopleSelect {...props} options={options} loading={people.isPending} />;
}
