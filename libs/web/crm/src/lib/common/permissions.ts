import { Role, can, canOnChain, type Actor, type ChainOwnership, type Operation } from '@chainboard/domain';

/** What the signed-in user may do in the CRM pages at all; per-chain rights are asked with chainsAllowing. */
export interface CrmAbilities {
  editCompanies: boolean;
  mergeCompanies: boolean;
  importData: boolean;
  /** Log and edit leads (on the chains their grant reaches; see chainsAllowing). */
  editLeads: boolean;
  editProspects: boolean;
  /** Add, rename and delete the company lists (名单) companies are tagged with. */
  manageCompanyLists: boolean;
}

export const NO_CRM_ABILITIES: CrmAbilities = {
  editCompanies: false,
  mergeCompanies: false,
  importData: false,
  editLeads: false,
  editProspects: false,
  manageCompanyLists: false,
};

export function crmAbilities(actor: Actor | null): CrmAbilities {
  if (!actor) return NO_CRM_ABILITIES;
  return {
    editCompanies: can(actor, 'company.edit'),
    mergeCompanies: can(actor, 'company.merge'),
    importData: can(actor, 'data.import'),
    editLeads: can(actor, 'lead.edit'),
    editProspects: can(actor, 'prospect.edit'),
    manageCompanyLists: can(actor, 'companyList.manage'),
  };
}

/** The chains on which the actor may perform the operation (e.g. log a lead), in the order given. */
export function chainsAllowing<C extends ChainOwnership>(actor: Actor | null, operation: Operation, chains: readonly C[]): C[] {
  if (!actor) return [];
  return chains.filter((chain) => canOnChain(actor, operation, chain));
}

/** The chains the actor leads (链长), for the chain view of "My work". */
export function chainsLedBy<C extends ChainOwnership>(actor: Actor | null, chains: readonly C[]): C[] {
  if (!actor || (actor.role !== Role.CHAIN_LEADER && actor.role !== Role.DISTRICT_LEADER)) return [];
  return chains.filter((chain) => chain.leaderId === actor.id);
}
