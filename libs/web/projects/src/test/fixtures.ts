import type { ProjectCardFieldsFragment, ProjectEventFieldsFragment, ProjectStage } from '@chainboard/web-graphql';
import type { Board } from '../lib/board';

/** A kanban card as the API sends it. */
export function card(id: string, stage: ProjectStage, extra: Partial<ProjectCardFieldsFragment> = {}): ProjectCardFieldsFragment {
  return {
    id,
    name: `Project ${id}`,
    masked: false,
    confidential: false,
    isDemo: false,
    type: 'INDUSTRIALISATION',
    stage,
    stageOn: '2026-01-05',
    heldFrom: null,
    agreedInvestment: null,
    tier: null,
    light: 'GREEN',
    lightRule: null,
    version: 3,
    canMoveStage: true,
    chain: { id: 'chain-1', name: 'Electronic information' },
    company: { id: `company-${id}`, name: `Company ${id}`, creditCode: null },
    owner: { id: 'u1', displayName: 'Zhang San' },
    ...extra,
  };
}

/** A kanban with one column per stage given, its count and total as given. */
export function board(columns: Array<{ stage: ProjectStage; total: string; count?: number; maskedCount?: number; projects?: ProjectCardFieldsFragment[]; hasMore?: boolean }>): Board {
  return {
    columns: columns.map((c) => ({
      stage: c.stage,
      count: c.count ?? c.projects?.length ?? 0,
      totalAgreedInvestment: c.total,
      maskedCount: c.maskedCount ?? 0,
      hasMore: c.hasMore ?? false,
      projects: c.projects ?? [],
    })),
  };
}

/** A timeline entry; the fields of its kind set by `extra`. */
export function event(id: string, kind: ProjectEventFieldsFragment['kind'], extra: Partial<ProjectEventFieldsFragment> = {}): ProjectEventFieldsFragment {
  return {
    id,
    kind,
    at: '2026-03-02T02:30:00.000Z',
    actor: { id: 'u1', displayName: 'Zhang San' },
    changes: [],
    fromStage: null,
    toStage: null,
    effectiveOn: null,
    note: null,
    reason: null,
    text: null,
    amount: null,
    fundsKind: null,
    receivedOn: null,
    milestoneName: null,
    plannedOn: null,
    actualOn: null,
    issueId: null,
    issueTitle: null,
    resolution: null,
    ...extra,
  };
}
