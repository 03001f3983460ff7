import { useQuery } from '@tanstack/react-query';
import { request, useInvalidatingMutation } from '@chainboard/web-graphql';
import { downloadBase64 } from '@chainboard/web-crm';
import {
  dashboardFunnelQuery,
  dashboardOpenIssuesQuery,
  dashboardPlacesQuery,
  dashboardQuery,
  indicatorActualsQuery,
  publishRankingMutation,
  rankingQuarterReportMutation,
  rankingQuery,
} from './documents';

/** React Query keys of the dashboard and ranking pages, under one root. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  dashboard: (asOf: string, chainId: string | null, includeDemo: boolean) => ['dashboard', 'view', asOf, chainId, includeDemo] as const,
  funnel: (chainId: string | null, includeDemo: boolean) => ['dashboard', 'funnel', chainId, includeDemo] as const,
  places: ['dashboard', 'places'] as const,
  openIssues: (asOf: string, chainId: string | null, offset: number, limit: number) => ['dashboard', 'openIssues', asOf, chainId, offset, limit] as const,
  actuals: (indicatorId: string | null, chainTargetId: string | null) => ['dashboard', 'actuals', indicatorId, chainTargetId] as const,
  rankingRoot: ['dashboard', 'ranking'] as const,
  ranking: (month: string, kind: RankingKind) => ['dashboard', 'ranking', month, kind] as const,
};

export type RankingKind = 'CHAIN' | 'DEPARTMENT';

export const useDashboard = (asOf: string, chainId: string | null, includeDemo: boolean) =>
  useQuery({
    queryKey: dashboardKeys.dashboard(asOf, chainId, includeDemo),
    queryFn: async () => (await request(dashboardQuery, { asOf, chainId, includeDemo })).dashboard,
  });

/** The funnel by stage; without demo data it counts real projects only (the ledger's isDemo=false). */
export const useFunnel = (chainId: string | null, includeDemo: boolean) =>
  useQuery({
    queryKey: dashboardKeys.funnel(chainId, includeDemo),
    queryFn: async () =>
      (await request(dashboardFunnelQuery, { input: { ...(chainId ? { chainId } : {}), cardsPerColumn: 1, ...(includeDemo ? {} : { isDemo: false }) } })).projectBoard.columns,
  });

/** A page of the open coordination issues behind the dashboard's figure, read while their list is open. */
export const useOpenIssues = (asOf: string, chainId: string | null, offset: number, limit: number, enabled: boolean) =>
  useQuery({
    queryKey: dashboardKeys.openIssues(asOf, chainId, offset, limit),
    queryFn: async () => (await request(dashboardOpenIssuesQuery, { asOf, chainId, offset, limit })).dashboardOpenIssues,
    enabled,
    placeholderData: (previous) => previous,
  });

export const usePlaces = (enabled: boolean) =>
  useQuery({ queryKey: dashboardKeys.places, queryFn: () => request(dashboardPlacesQuery), enabled });

export const useIndicatorActuals = (indicatorId: string | null, chainTargetId: string | null) =>
  useQuery({
    queryKey: dashboardKeys.actuals(indicatorId, chainTargetId),
    queryFn: async () => (await request(indicatorActualsQuery, { indicatorId, chainTargetId })).indicatorActuals,
    enabled: !!(indicatorId || chainTargetId),
  });

export const useRanking = (month: string, kind: RankingKind) =>
  useQuery({ queryKey: dashboardKeys.ranking(month, kind), queryFn: () => request(rankingQuery, { month, kind }) });

export const usePublishRanking = () =>
  useInvalidatingMutation(async (month: string) => (await request(publishRankingMutation, { month })).publishRanking, [dashboardKeys.rankingRoot]);

/** Downloads the quarter's ranking report (.xlsx). */
export async function downloadQuarterReport(year: number, quarter: number): Promise<void> {
  const file = (await request(rankingQuarterReportMutation, { year, quarter })).rankingQuarterReport;
  downloadBase64(file.fileName, file.contentBase64);
}
