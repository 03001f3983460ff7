import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  request,
  useInvalidatingMutation,
  type AddActionItemInput,
  type AddMeetingItemInput,
  type CloseOutIssueInput,
  type CreateMeetingFromPreviousInput,
  type CreateMeetingInput,
  type RecordMeetingItemInput,
  type ReorderMeetingItemsInput,
  type SetMeetingStatusInput,
} from '@chainboard/web-graphql';
import { downloadBlob } from '@chainboard/web-ui';
import { base64Blob, DOCX_TYPE, XLSX_TYPE } from './agenda';
import {
  addActionItemMutation,
  addMeetingItemMutation,
  closeOutIssueMutation,
  completeActionItemMutation,
  createMeetingFromPreviousMutation,
  createMeetingMutation,
  meetingLedgerQuery,
  meetingMinutesQuery,
  meetingPeopleQuery,
  meetingQuery,
  meetingsQuery,
  myActionItemsQuery,
  presenterProjectQuery,
  recordMeetingItemMutation,
  removeMeetingItemMutation,
  reorderMeetingItemsMutation,
  setMeetingStatusMutation,
} from './documents';

/** React Query keys of the meeting pages, under one root. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: ['meetings', 'list'] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  people: ['meetings', 'people'] as const,
  project: (id: string) => ['meetings', 'project', id] as const,
};

/** How many meetings one page of the meetings list shows. */
export const MEETINGS_PAGE_SIZE = 20;
/** One page of the meetings, latest first, with the total; the previous page stays shown while the next loads. */
export const useMeetings = (page: number, exactTotal = false) =>
  useQuery({
    queryKey: [...meetingKeys.list, page, exactTotal],
    queryFn: async () => (await request(meetingsQuery, { page: { offset: (page - 1) * MEETINGS_PAGE_SIZE, limit: MEETINGS_PAGE_SIZE, exactTotal } })).meetings,
    placeholderData: keepPreviousData,
  });
export const useMeeting = (id: string) => useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => request(meetingQuery, { id }) });
/** The first `limit` of my open action items, and whether there are more (one more is asked than is shown). */
export const useMyActionItems = (limit: number) =>
  useQuery({
    queryKey: [...meetingKeys.all, 'mine', limit],
    queryFn: async () => {
      const items = (await request(myActionItemsQuery, { limit: limit + 1 })).myActionItems;
      return { items: items.slice(0, limit), more: items.length > limit };
    },
    placeholderData: keepPreviousData,
  });
export const useMeetingPeople = () => useQuery({ queryKey: meetingKeys.people, queryFn: () => request(meetingPeopleQuery, {}), staleTime: 60_000 });
export const usePresenterProject = (id: string | null) =>
  useQuery({ queryKey: meetingKeys.project(id ?? ''), queryFn: () => request(presenterProjectQuery, { id: id! }), enabled: !!id });

const all = [meetingKeys.all];
export const useCreateMeeting = () => useInvalidatingMutation((input: CreateMeetingInput) => request(createMeetingMutation, { input }), all);
export const useCreateFromPrevious = () =>
  useInvalidatingMutation((input: CreateMeetingFromPreviousInput) => request(createMeetingFromPreviousMutation, { input }), all);
export const useReorderItems = () => useInvalidatingMutation((input: ReorderMeetingItemsInput) => request(reorderMeetingItemsMutation, { input }), all);
export const useRemoveItem = () => useInvalidatingMutation((itemId: string) => request(removeMeetingItemMutation, { itemId }), all);
export const useAddItem = () => useInvalidatingMutation((input: AddMeetingItemInput) => request(addMeetingItemMutation, { input }), all);
export const useRecordItem = () => useInvalidatingMutation((input: RecordMeetingItemInput) => request(recordMeetingItemMutation, { input }), all);
export const useAddAction = () => useInvalidatingMutation((input: AddActionItemInput) => request(addActionItemMutation, { input }), [...all, ['work']]);
export const useCompleteAction = () => useInvalidatingMutation((actionId: string) => request(completeActionItemMutation, { actionId }), [...all, ['work']]);
export const useCloseOutIssue = () => useInvalidatingMutation((input: CloseOutIssueInput) => request(closeOutIssueMutation, { input }), [...all, ['projects']]);
export const useSetStatus = () => useInvalidatingMutation((input: SetMeetingStatusInput) => request(setMeetingStatusMutation, { input }), all);

/** Downloads the minutes (.docx) or the ledger (.xlsx) of a meeting: frozen once held. */
export async function downloadPaper(meetingId: string, paper: 'minutes' | 'ledger'): Promise<void> {
  const file =
    paper === 'minutes' ? (await request(meetingMinutesQuery, { meetingId })).meetingMinutes : (await request(meetingLedgerQuery, { meetingId })).meetingLedger;
  downloadBlob(base64Blob(file.contentBase64, paper === 'minutes' ? DOCX_TYPE : XLSX_TYPE), file.fileName);
}
