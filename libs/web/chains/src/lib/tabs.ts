/** The chain-leader scheme's five ones, one tab each on the chain page (the open tab is kept in ?tab=). */
export const CHAIN_TABS = ['leader', 'department', 'map', 'workPlan', 'policies'] as const;
export type ChainTab = (typeof CHAIN_TABS)[number];

/** The tab named in the URL, or the first tab when the URL names none (or an unknown one). */
export function chainTabOf(value: string | null): ChainTab {
  return (CHAIN_TABS as readonly string[]).includes(value ?? '') ? (value as ChainTab) : 'leader';
}
