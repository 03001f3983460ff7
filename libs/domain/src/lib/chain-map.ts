/** Where a node sits in its chain, from raw materials to end products and services. */
export enum NodePosition {
  UPSTREAM = 'UPSTREAM',
  MIDSTREAM = 'MIDSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}

export const NODE_POSITIONS: readonly NodePosition[] = [NodePosition.UPSTREAM, NodePosition.MIDSTREAM, NodePosition.DOWNSTREAM];

/** How well the district covers a node: strong (强链), weak or missing (薄弱缺: to fill, 补链). */
export enum NodeStatus {
  STRONG = 'STRONG',
  WEAK = 'WEAK',
  MISSING = 'MISSING',
}

/**
 * Where a node's status comes from: the plan's own words (its verb or a sentence about the district's strength), or
 * the judgement of whoever drew or edited the map (编者判断). A status set in the map editor is a judgement.
 */
export enum NodeStatusSource {
  PLAN = 'PLAN',
  JUDGEMENT = 'JUDGEMENT',
}

/** How a company sits on a node: the anchor enterprise (链主), a local company, or a company to attract. */
export enum CompanyRole {
  ANCHOR = 'ANCHOR',
  LOCAL = 'LOCAL',
  TARGET = 'TARGET',
}

/** Company roles on a node, strongest first: the order lists and pickers show them in. */
export const COMPANY_ROLE_ORDER: readonly CompanyRole[] = [CompanyRole.ANCHOR, CompanyRole.LOCAL, CompanyRole.TARGET];

/** A lead's life (招商线索). */
export enum LeadStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  VISITED = 'VISITED',
  NEGOTIATING = 'NEGOTIATING',
  CONVERTED = 'CONVERTED',
  SHELVED = 'SHELVED',
  DROPPED = 'DROPPED',
}

/** Leads still being worked: they count as covering a gap. */
export const ACTIVE_LEAD_STATUSES: readonly LeadStatus[] = [LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.VISITED, LeadStatus.NEGOTIATING];

/** A node to fill: weak or missing (薄弱缺). */
export function isGap(status: NodeStatus): boolean {
  return status === NodeStatus.WEAK || status === NodeStatus.MISSING;
}

/** A gap that no active lead or project is working on. */
export function isUncovered(status: NodeStatus, activeLeads: number, activeProjects: number): boolean {
  return isGap(status) && activeLeads === 0 && activeProjects === 0;
}

/**
 * Whether moving `nodeId` under `newParentId` would make a cycle: true when the new parent is the node itself
 * or one of its descendants. `parentOf` gives each node's current parent.
 */
export function wouldCreateCycle(nodeId: string, newParentId: string | null, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at = newParentId; at !== null && at !== undefined; at = parentOf.get(at) ?? null) {
    if (at === nodeId) return true;
    if (seen.has(at)) return true; // an existing cycle: refuse rather than loop
    seen.add(at);
  }
  return false;
}

/** GB/T 4754-2017 industry-classification code: a section letter and 2 to 4 digits, e.g. C3985. */
export const INDUSTRY_CODE_PATTERN = /^[A-T]\d{2,4}$/;
