import { defaultChainId, type Actor } from '@chainboard/domain';
import { useCrmChains } from './hooks';

export interface DefaultChain {
  /** The signed-in user's own chain; null for a user without one (the page's own default applies then). */
  chainId: string | null;
  /** The chains are still loading: the default is not known yet. */
  isPending: boolean;
}

/**
 * The chain every page with a chain filter opens on for the signed-in user: the chain they lead (链长), else the first
 * one their department leads (牵头部门), by the domain's one rule (defaultChainId). A chain the page's address or the
 * user names wins over it.
 */
export function useDefaultChainId(actor: Actor | null): DefaultChain {
  const chains = useCrmChains();
  return { chainId: actor && chains.data ? defaultChainId(actor, chains.data) : null, isPending: chains.isPending };
}
