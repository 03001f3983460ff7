import { canOnChain, type Actor, type ChainOwnership } from '@chainboard/domain';

/** What the signed-in user may change on one chain; the UI shows edit controls only where this says yes. */
export interface ChainAbilities {
  /** Change the chain leader and the lead department (admins only). */
  reassign: boolean;
  editWorkPlan: boolean;
  editPolicies: boolean;
}

export const NO_ABILITIES: ChainAbilities = { reassign: false, editWorkPlan: false, editPolicies: false };

export function chainAbilities(actor: Actor | null, chain: ChainOwnership): ChainAbilities {
  if (!actor) return NO_ABILITIES;
  return {
    reassign: canOnChain(actor, 'chain.reassign', chain),
    editWorkPlan: canOnChain(actor, 'workPlan.edit', chain),
    editPolicies: canOnChain(actor, 'policy.edit', chain),
  };
}
