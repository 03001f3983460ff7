import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Priority } from '@chainboard/web-graphql';
import { toProspectListInput, type ProspectFilters } from '../../prospects';

/**
 * The prospect list's state: the chain and node in the address (?chain=…&node=…; the chain falls back to `defaultChain`),
 * the priority and state filters, and the page. Changing a filter goes back to the first page.
 */
export function useProspectList(defaultChain: string | null) {
  const [params, setParams] = useSearchParams();
  const chainId = params.get('chain') ?? defaultChain;
  const nodeId = params.get('node');
  const [priority, setPriority] = useState<Priority | undefined>();
  const [state, setState] = useState<ProspectFilters['state']>('open');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const input = useMemo(() => toProspectListInput({ chainId, nodeId, priority, state }, page, pageSize), [chainId, nodeId, priority, state, page, pageSize]);

  /** Another chain (its whole list) or another node of it; kept in the address. */
  const place = (patch: { chain?: string; node?: string | null }) => {
    const next = new URLSearchParams(params);
    if (patch.chain !== undefined) {
      next.set('chain', patch.chain);
      next.delete('node');
    }
    if (patch.node !== undefined) {
      if (patch.node) next.set('node', patch.node);
      else next.delete('node');
    }
    setPage(1);
    setParams(next, { replace: true });
  };

  return {
    chainId,
    nodeId,
    priority,
    state,
    page,
    pageSize,
    input,
    place,
    setPriority: (next: Priority | undefined) => {
      setPriority(next);
      setPage(1);
    },
    setState: (next: ProspectFilters['state']) => {
      setState(next);
      setPage(1);
    },
    /** A new page, or a new page size (then from the first page). */
    paginate: (nextPage: number, size: number) => {
      setPage(size !== pageSize ? 1 : nextPage);
      setPageSize(size);
    },
  };
}

export type ProspectListState = ReturnType<typeof useProspectList>;
