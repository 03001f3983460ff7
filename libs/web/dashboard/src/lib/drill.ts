import { PLAN_PERIOD, PROJECT_STAGES, ProjectStage, type HealthLight } from '@chainboard/domain';

/** The ledger filters a dashboard figure drills down with (the ledger reads them from its address). */
export interface LedgerDrill {
  chainId?: string | null;
  stages?: readonly string[];
  types?: readonly string[];
  tiers?: readonly string[];
  lights?: readonly HealthLight[];
  signedFrom?: string;
  signedTo?: string;
  /** false: real projects only (the dashboard without demo data). */
  isDemo?: boolean;
}

/**
 * The stages of a counted project (signed and not dropped): what the plan's counters count, as the ledger's stage
 * filter says it.
 */
export const COUNTED_STAGES: readonly ProjectStage[] = PROJECT_STAGES.filter((s) => s !== ProjectStage.NEGOTIATING && s !== ProjectStage.DROPPED);

/** The address of the project ledger filtered by `drill`: lists comma-separated, empty filters left out. */
export function ledgerPath(drill: LedgerDrill): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(drill)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const search = params.toString();
  return search ? `/projects?${search}` : '/projects';
}

/** The scope every drill-down of a dashboard keeps: its chain, and real projects only when demo data is left out. */
export function scopeOf(chainId: string | null, includeDemo: boolean): LedgerDrill {
  return { chainId, ...(includeDemo ? {} : { isDemo: false }) };
}

/** The projects behind a light's figure: the ledger's light filter (lights today) on the same chain. */
export function lightDrill(chainId: string | null, includeDemo: boolean, light: HealthLight): string {
  return ledgerPath({ ...scopeOf(chainId, includeDemo), lights: [light] });
}

/** The projects of one stage of the funnel (the kanban's column). */
export function stageDrill(chainId: string | null, includeDemo: boolean, stage: string): string {
  return ledgerPath({ ...scopeOf(chainId, includeDemo), stages: [stage] });
}

/** The projects signed in a period and still counted (not dropped), optionally of some types and tiers. */
export function signedDrill(chainId: string | null, includeDemo: boolean, from: string, to: string, more: Pick<LedgerDrill, 'types' | 'tiers'> = {}): string {
  return ledgerPath({ ...scopeOf(chainId, includeDemo), stages: COUNTED_STAGES, signedFrom: from, signedTo: to, ...more });
}

/** The plan period's start, for the counters' drill-down. */
export const PLAN_FROM = PLAN_PERIOD.from;

/** A decimal's share of a target in percent (one decimal), or null without a usable target. */
export function percentOf(value: string | number | null | undefined, target: string | number | null | undefined): number | null {
  const v = Number(value);
  const t = Number(target);
  if (value === null || value === undefined || target === null || target === undefined || !Number.isFinite(v) || !Number.isFinite(t) || t === 0) return null;
  return Math.round((v / t) * 1000) / 10;
}
