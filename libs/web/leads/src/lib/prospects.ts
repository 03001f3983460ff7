import { pageOffset } from '@chainboard/web-crm';
import type { AddProspectInput, Priority, ProspectListInput } from '@chainboard/web-graphql';

export { PRIORITIES } from '@chainboard/web-crm';

/** The add-prospect form: an existing company, or a new one by name. */
export interface ProspectFormValues {
  companyMode: 'existing' | 'new';
  companyId?: string | null;
  companyName?: string;
  nodeId: string;
  priority: Priority;
  assigneeId?: string | null;
  reason?: string;
}

export function toAddProspectInput(values: ProspectFormValues): AddProspectInput {
  const reason = values.reason?.trim();
  return {
    nodeId: values.nodeId,
    priority: values.priority,
    ...(values.companyMode === 'new' ? { company: { name: (values.companyName ?? '').trim() } } : { companyId: values.companyId ?? '' }),
    ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
    ...(reason ? { reason } : {}),
  };
}

/** Which prospects the list shows. */
export interface ProspectFilters {
  chainId: string | null;
  nodeId?: string | null;
  priority?: Priority;
  /** 'open': not yet turned into leads; 'converted': turned into leads; 'all'. */
  state: 'open' | 'converted' | 'all';
  assigneeId?: string | null;
}

/** The prospects query's input for the list's filters and page. */
export function toProspectListInput(filters: ProspectFilters, page: number, pageSize: number): ProspectListInput {
  return {
    ...(filters.chainId ? { chainId: filters.chainId } : {}),
    ...(filters.nodeId ? { nodeId: filters.nodeId } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.state === 'all' ? {} : { converted: filters.state === 'converted' }),
    offset: pageOffset({ page, pageSize }),
    limit: pageSize,
  };
}

/**
 * The chain the prospect list opens on when the address names none: the signed-in user's own chain (useDefaultChainId),
 * else the first chain (the list always shows one chain).
 */
export function prospectListChainId(own: string | null, chains: readonly { id: string }[]): string | null {
  return own ?? chains[0]?.id ?? null;
}
