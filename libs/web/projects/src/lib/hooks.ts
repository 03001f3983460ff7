import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  queryRoots,
  request,
  type AddProjectFundsInput,
  type AddProjectMilestoneInput,
  type AddProjectUpdateInput,
  type ApiError,
  type CreateProjectInput,
  type MoveCoordinationIssueInput,
  type MoveProjectStageInput,
  type ProjectBoardInput,
  type ProjectDetailFieldsFragment,
  type ProjectListInput,
  type RaiseCoordinationIssueInput,
  type UpdateProjectInput,
  type UpdateProjectMilestoneInput,
} from '@chainboard/web-graphql';
import type { SubListPage } from '@chainboard/web-ui';
import { applyMoveToBoard, type Board, type BoardCard } from './board';
import {
  addProjectFundsMutation,
  addProjectMilestoneMutation,
  addProjectUpdateMutation,
  createProjectMutation,
  moveCoordinationIssueMutation,
  moveProjectStageMutation,
  projectBoardQuery,
  projectCountersQuery,
  projectFundsQuery,
  projectIssuesQuery,
  projectPeopleQuery,
  projectQuery,
  projectsQuery,
  projectTimelineQuery,
  projectUpdatesQuery,
  raiseCoordinationIssueMutation,
  removeProjectFundsMutation,
  removeProjectMilestoneMutation,
  updateProjectMilestoneMutation,
  updateProjectMutation,
} from './documents';

export type ProjectDetail = ProjectDetailFieldsFragment;

/** React Query keys of the project pages, all under one root. */
export const projectKeys = {
  all: ['projects'] as const,
  boards: ['projects', 'board'] as const,
  board: (input: ProjectBoardInput) => ['projects', 'board', input] as const,
  lists: ['projects', 'list'] as const,
  list: (input: ProjectListInput) => ['projects', 'list', input] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  /** A project's paged records (timeline, funds, updates, issues), read again after any change to the project. */
  records: (id: string) => ['projects', 'records', id] as const,
  record: (id: string, list: 'timeline' | 'funds' | 'updates' | 'issues', window: SubListPage) => ['projects', 'records', id, list, window.limit, window.offset] as const,
  people: ['projects', 'people'] as const,
  counters: (asOf: string, chainId: string | null) => ['projects', 'counters', asOf, chainId] as const,
};

export function useProjectBoard(input: ProjectBoardInput, enabled = true) {
  return useQuery({
    queryKey: projectKeys.board(input),
    queryFn: async () => (await request(projectBoardQuery, { input })).projectBoard,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProjects(input: ProjectListInput, enabled = true) {
  return useQuery({
    queryKey: projectKeys.list(input),
    queryFn: async () => (await request(projectsQuery, { input })).projects,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: async () => (await request(projectQuery, { id })).project,
  });
}

/** One page of a project's timeline (newest first) with its count; the previous page stays shown while the next loads. */
export function useProjectTimeline(id: string, window: SubListPage) {
  return useQuery({
    queryKey: projectKeys.record(id, 'timeline', window),
    queryFn: async () => (await request(projectTimelineQuery, { id, limit: window.limit, offset: window.offset })).project,
    placeholderData: keepPreviousData,
  });
}

/** One page of a project's funds in place (latest first) with their count. */
export function useProjectFunds(id: string, window: SubListPage) {
  return useQuery({
    queryKey: projectKeys.record(id, 'funds', window),
    queryFn: async () => (await request(projectFundsQuery, { id, limit: window.limit, offset: window.offset })).project,
    placeholderData: keepPreviousData,
  });
}

/** One page of a project's progress updates (newest first) with their count. */
export function useProjectUpdates(id: string, window: SubListPage) {
  return useQuery({
    queryKey: projectKeys.record(id, 'updates', window),
    queryFn: async () => (await request(projectUpdatesQuery, { id, limit: window.limit, offset: window.offset })).project,
    placeholderData: keepPreviousData,
  });
}

/** One page of a project's coordination issues (open first) with their count and the open ones'. */
export function useProjectIssues(id: string, window: SubListPage) {
  return useQuery({
    queryKey: projectKeys.record(id, 'issues', window),
    queryFn: async () => (await request(projectIssuesQuery, { id, limit: window.limit, offset: window.offset })).project,
    placeholderData: keepPreviousData,
  });
}

/** Reads a project again (after a conflict: the newer values), into the page's cache. */
export function refetchProject(queryClient: QueryClient, id: string): Promise<ProjectDetail> {
  return queryClient.fetchQuery({ queryKey: projectKeys.detail(id), queryFn: async () => (await request(projectQuery, { id })).project, staleTime: 0 });
}

/** Users and departments for the owner, responsible-leader and unit pickers (reference data: five minutes). */
export function useProjectPeople(enabled = true) {
  return useQuery({
    queryKey: projectKeys.people,
    queryFn: () => request(projectPeopleQuery),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The plan's counters (签约产业化项目 against 50, the tiers, funds in place) on a date, for a chain or all. */
export function useProjectCounters(asOf: string, chainId: string | null, enabled = true) {
  return useQuery({
    queryKey: projectKeys.counters(asOf, chainId),
    queryFn: async () => (await request(projectCountersQuery, { asOf, chainId })).projectCounters,
    enabled,
  });
}

/**
 * What a change to a project makes stale besides the project itself: the ledger and the kanban, and the pages of
 * other features that show projects (a company's projects, a lead's project, the chain map's counts, My work).
 */
const SHOWN_ELSEWHERE = [projectKeys.lists, projectKeys.boards, ['projects', 'counters'], queryRoots.companies, queryRoots.leads, queryRoots.chainMap, queryRoots.work] as const;

/**
 * A mutation that answers the project: the answer is written into the project page's cache (one round trip), and
 * what else shows the project is read again when next shown.
 */
function useProjectMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<ProjectDetail>, onProject?: (queryClient: QueryClient, project: ProjectDetail, variables: TVariables) => void) {
  const queryClient = useQueryClient();
  return useMutation<ProjectDetail, ApiError, TVariables>({
    mutationFn,
    onSuccess: async (project, variables) => {
      queryClient.setQueryData(projectKeys.detail(project.id), project);
      onProject?.(queryClient, project, variables);
      await Promise.all([projectKeys.records(project.id), ...SHOWN_ELSEWHERE].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

export function useCreateProject() {
  return useProjectMutation(async (input: CreateProjectInput) => (await request(createProjectMutation, { input })).createProject);
}

export function useUpdateProject() {
  return useProjectMutation(async (input: UpdateProjectInput) => (await request(updateProjectMutation, { input })).updateProject);
}

/**
 * Moves a project's stage. The answer goes into the project page's cache and into every kanban in the cache at
 * once (the card changes column, both columns' counts and totals change exactly), then the kanbans are read again.
 */
export function useMoveProjectStage() {
  return useProjectMutation(
    async ({ input }: { input: MoveProjectStageInput; before: BoardCard }) => (await request(moveProjectStageMutation, { input })).moveProjectStage,
    (queryClient, project, { before }) => {
      queryClient.setQueriesData<Board>({ queryKey: projectKeys.boards }, (board) => (board ? applyMoveToBoard(board, before, project) : board));
    },
  );
}

export function useAddProjectFunds() {
  return useProjectMutation(async (input: AddProjectFundsInput) => (await request(addProjectFundsMutation, { input })).addProjectFunds);
}

export function useRemoveProjectFunds() {
  return useProjectMutation(async (fundsId: string) => (await request(removeProjectFundsMutation, { fundsId })).removeProjectFunds);
}

export function useAddProjectMilestone() {
  return useProjectMutation(async (input: AddProjectMilestoneInput) => (await request(addProjectMilestoneMutation, { input })).addProjectMilestone);
}

export function useUpdateProjectMilestone() {
  return useProjectMutation(async (input: UpdateProjectMilestoneInput) => (await request(updateProjectMilestoneMutation, { input })).updateProjectMilestone);
}

export function useRemoveProjectMilestone() {
  return useProjectMutation(async (milestoneId: string) => (await request(removeProjectMilestoneMutation, { milestoneId })).removeProjectMilestone);
}

export function useAddProjectUpdate() {
  return useProjectMutation(async (input: AddProjectUpdateInput) => (await request(addProjectUpdateMutation, { input })).addProjectUpdate);
}

export function useRaiseCoordinationIssue() {
  return useProjectMutation(async (input: RaiseCoordinationIssueInput) => (await request(raiseCoordinationIssueMutation, { input })).raiseCoordinationIssue.project);
}

export function useMoveCoordinationIssue() {
  return useProjectMutation(async (input: MoveCoordinationIssueInput) => (await request(moveCoordinationIssueMutation, { input })).moveCoordinationIssue.project);
}
