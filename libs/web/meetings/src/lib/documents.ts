import { graphql } from '@chainboard/web-graphql';

export const meetingSummaryFields = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    title
    heldOn
    place
    status
    allChains
    isDemo
    periodFrom
    periodTo
    chains {
      id
      name
    }
    chair {
      id
      displayName
    }
  }
`);

export const meetingsQuery = graphql(`
  query Meetings($chainId: ID, $page: PageArgs) {
    meetings(chainId: $chainId, page: $page) {
      total
      totalCapped
      offset
      limit
      items {
        ...MeetingSummaryFields
      }
    }
  }
`);

export const meetingItemFields = graphql(`
  fragment MeetingItemFields on MeetingItem {
    id
    position
    kind
    refKind
    refId
    projectId
    title
    summary
    carriedCount
    discussion
    decisions
  }
`);

export const meetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingSummaryFields
      frozen
      canManage
      canRecord
      attendees {
        id
        guestName
        guestUnit
        user {
          id
          displayName
        }
      }
      items {
        ...MeetingItemFields
      }
      actions {
        id
        itemId
        text
        dueOn
        status
        doneOn
        issueId
        owner {
          id
          displayName
        }
      }
      closures {
        id
        itemId
        issueId
        resolution
        closedOn
      }
      figures {
        issueClosure {
          closed
          total
          percent
        }
        actionsOnTime {
          onTime
          due
          percent
        }
        projectsMoved
        signed
        signedAmount
      }
    }
  }
`);

export const presenterProjectQuery = graphql(`
  query PresenterProject($id: ID!) {
    project(id: $id) {
      id
      name
      stage
      light
      agreedInvestment
      fundsInPlace
      owner {
        id
        displayName
      }
      chain {
        id
        name
      }
      latestUpdate {
        text
        createdOn
      }
    }
  }
`);

export const meetingPeopleQuery = graphql(`
  query MeetingPeople {
    users {
      id
      displayName
      active
    }
    chains {
      id
      name
    }
  }
`);

export const createMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const createMeetingFromPreviousMutation = graphql(`
  mutation CreateMeetingFromPrevious($input: CreateMeetingFromPreviousInput!) {
    createMeetingFromPrevious(input: $input) {
      id
    }
  }
`);

export const reorderMeetingItemsMutation = graphql(`
  mutation ReorderMeetingItems($input: ReorderMeetingItemsInput!) {
    reorderMeetingItems(input: $input) {
      id
    }
  }
`);

export const removeMeetingItemMutation = graphql(`
  mutation RemoveMeetingItem($itemId: ID!) {
    removeMeetingItem(itemId: $itemId) {
      id
    }
  }
`);

export const addMeetingItemMutation = graphql(`
  mutation AddMeetingItem($input: AddMeetingItemInput!) {
    addMeetingItem(input: $input) {
      id
    }
  }
`);

export const recordMeetingItemMutation = graphql(`
  mutation RecordMeetingItem($input: RecordMeetingItemInput!) {
    recordMeetingItem(input: $input) {
      id
    }
  }
`);

export const addActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      id
    }
  }
`);

export const completeActionItemMutation = graphql(`
  mutation CompleteActionItem($actionId: ID!) {
    completeActionItem(actionId: $actionId) {
      id
      status
    }
  }
`);

export const closeOutIssueMutation = graphql(`
  mutation CloseOutIssueAtMeeting($input: CloseOutIssueInput!) {
    closeOutIssueAtMeeting(input: $input) {
      id
    }
  }
`);

export const setMeetingStatusMutation = graphql(`
  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {
    setMeetingStatus(input: $input) {
      id
      status
    }
  }
`);

export const meetingMinutesQuery = graphql(`
  query MeetingMinutes($meetingId: ID!) {
    meetingMinutes(meetingId: $meetingId) {
      fileName
      contentBase64
    }
  }
`);

export const meetingLedgerQuery = graphql(`
  query MeetingLedger($meetingId: ID!) {
    meetingLedger(meetingId: $meetingId) {
      fileName
      contentBase64
    }
  }
`);

export const myActionItemsQuery = graphql(`
  query MyActionItems($limit: Int) {
    myActionItems(limit: $limit) {
      id
      text
      dueOn
      status
      issueId
      issueTitle
      meeting {
        id
        title
        heldOn
      }
      project {
        id
        name
      }
    }
  }
`);
