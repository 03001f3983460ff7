import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChainNodes } from './hooks';
import { nodeTree } from './node-tree';
import { CRM_NS } from '../../i18n';

export interface ChainNodeSelectProps {
  chainId: string | null | undefined;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Picks one node (or several) of a chain's map, as a tree; disabled until a chain is chosen. */
export function ChainNodeSelect({ chainId, value, onChange, multiple, id, placeholder, allowClear = true, style, ...rest }: ChainNodeSelectProps) {
  const { t } = useTranslation(CRM_NS);
  const nodes = useChainNodes(chainId);
  const treeData = useMemo(() => nodeTree(nodes.data ?? []), [nodes.data]);
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      style={{ width: '100%', ...style }}
      value={value ?? undefined}
      onChange={(next) => onChange?.((next as string | string[] | undefined) ?? null)}
      treeData={treeData}
      multiple={multiple}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      disabled={!chainId}
      loading={nodes.isFetching}
      placeholder={placeholder ?? (chainId ? t('node.placeholder') : t('node.chooseChainFirst'))}
      popupMatchSelectWidth={false}
    />
  );
}
