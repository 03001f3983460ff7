import { Input } from 'antd';
import { useEffect, useState } from 'react';

export interface DeferredInputProps {
  value: string | undefined;
  /** Called with the trimmed text (undefined when empty) on Enter, on leaving the field, and on clearing it. */
  onCommit: (value: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  search?: boolean;
  style?: React.CSSProperties;
}

/** A text filter that applies what is typed on Enter or blur rather than on every keystroke. */
export function DeferredInput({ value, onCommit, placeholder, search, style, ...rest }: DeferredInputProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = (next: string) => {
    const trimmed = next.trim() || undefined;
    if (trimmed !== (value?.trim() || undefined)) onCommit(trimmed);
  };
  const common = {
    'aria-label': rest['aria-label'],
    placeholder,
    allowClear: true,
    value: text,
    style,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setText(e.target.value);
      if (e.target.value === '') commit('');
    },
    onBlur: () => commit(text),
  };
  return search ? <Input.Search {...common} onSearch={commit} /> : <Input {...common} onPressEnter={() => commit(text)} />;
}
