import { graphql } from '@chainboard/web-graphql';

/** A project as a kanban card and a ledger row show it; a masked project carries its code name and no company. */
export const projectCardFields = graphql(`
  fragment ProjectCardFields on Project {
    id
    name
    masked
    confidential
    isDemo
    type
    stage
    stageOn
    heldFrom
    agreedInvestment
    tier
    light
    lightRule {
      code
      days
      milestone
    }
    version
    canMoveStage
    chain {
      id
      name
    }
    company {
      id
      name
      creditCode
    }
    owner {
      id
      displayName
    }
  }
`);

/** A ledger row: the card and what the ledger's columns add. */
export const projectRowFields = graphql(`
  fragment ProjectRowFields on Project {
    ...ProjectCardFields
    signedOn
    createdOn
    lastUpdateOn
    fundsInPlace
    fundsInPlacePercent
    openIssueCount
    nodes {
      id
      name
    }
    responsibleLeader {
      id
      displayName
    }
    responsibleUnit {
      id
      name
    }
    latestUpdate {
      id
      text
      createdOn
    }
  }
`);

/** One entry of a project's timeline (stage moves, updates, issues, funds, milestones, field changes). */
export const projectEventFields = graphql(`
  fragment ProjectEventFields on ProjectEvent {
    id
    kind
    at
    actor {
      id
      displayName
    }
    changes {
      field
      from
      to
    }
    fromStage
    toStage
    effectiveOn
    note
    reason
    text
    amount
    fundsKind
    receivedOn
    milestoneName
    plannedOn
    actualOn
    issueId
    issueTitle
    resolution
  }
`);

/** A coordination issue (问题清单) as the project page lists it. */
export const coordinationIssueFields = graphql(`
  fragment CoordinationIssueFields on CoordinationIssue {
    id
    title
    detail
    status
    fromUnit
    raisedOn
    dueOn
    resolution
    closedOn
    reopenReason
    fromDepartment {
      id
      name
    }
    raisedBy {
      id
      displayName
    }
    closedBy {
      id
      displayName
    }
  }
`);

/** The project page: every field and the milestones; its longer records (funds, updates, issues, the timeline) come a page at a time. */
export const projectDetailFields = graphql(`
  fragment ProjectDetailFields on Project {
    ...ProjectRowFields
    codeName
    chainId
    companyId
    leadId
    ownerId
    responsibleLeaderId
    responsibleUnitId
    foreignAmount
    foreignCurrency
    carrier
    landAreaMu
    floorSpaceM2
    expectedOutput
    expectedTax
    expectedJobs
    registeredCompanyName
    registeredCreditCode
    startedOn
    productionOn
    capacityOn
    holdReason
    dropReason
    updatedAt
    canEdit
    canManageIssues
    canEnterFunds
    lead {
      id
      title
      masked
    }
    createdBy {
      id
      displayName
    }
    updatedBy {
      id
      displayName
    }
    milestones {
      id
      name
      plannedOn
      actualOn
    }
  }
`);

export const projectBoardQuery = graphql(`
  query ProjectBoard($input: ProjectBoardInput) {
    projectBoard(input: $input) {
      columns {
        stage
        count
        totalAgreedInvestment
        maskedCount
        hasMore
        projects {
          ...ProjectCardFields
        }
      }
    }
  }
`);

export const projectsQuery = graphql(`
  query Projects($input: ProjectListInput) {
    projects(input: $input) {
      total
      totalCapped
      offset
      limit
      items {
        ...ProjectRowFields
      }
    }
  }
`);

/** An entry of funds in place as the project page lists it. */
export const projectFundsFields = graphql(`
  fragment ProjectFundsFields on ProjectFunds {
    id
    amount
    receivedOn
    kind
    sourceNote
    enteredAt
    enteredBy {
      id
      displayName
    }
  }
`);

/** One page of a project's timeline, with its count. */
export const projectTimelineQuery = graphql(`
  query ProjectTimeline($id: ID!, $limit: Int, $offset: Int) {
    project(id: $id) {
      id
      timelineCount
      timeline(limit: $limit, offset: $offset) {
        ...ProjectEventFields
      }
    }
  }
`);

/** One page of a project's funds in place, with their count. */
export const projectFundsQuery = graphql(`
  query ProjectFunds($id: ID!, $limit: Int, $offset: Int) {
    project(id: $id) {
      id
      fundsCount
      funds(limit: $limit, offset: $offset) {
        ...ProjectFundsFields
      }
    }
  }
`);

/** One page of a project's progress updates, with their count. */
export const projectUpdatesQuery = graphql(`
  query ProjectUpdates($id: ID!, $limit: Int, $offset: Int) {
    project(id: $id) {
      id
      updateCount
      updates(limit: $limit, offset: $offset) {
        id
        text
        createdOn
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

/** One page of a project's coordination issues, with their count and the open ones' (the closure rate). */
export const projectIssuesQuery = graphql(`
  query ProjectIssues($id: ID!, $limit: Int, $offset: Int) {
    project(id: $id) {
      id
      issueCount
      openIssueCount
      issues(limit: $limit, offset: $offset) {
        ...CoordinationIssueFields
      }
    }
  }
`);

export const projectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectDetailFields
    }
  }
`);

/** The people and units the project forms pick from: owners, responsible leaders, responsible units. */
export const projectPeopleQuery = graphql(`
  query ProjectPeople {
    users {
      id
      displayName
      role
      active
      departmentId
    }
    departments {
      id
      name
      shortName
    }
  }
`);

export const createProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const updateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const moveProjectStageMutation = graphql(`
  mutation MoveProjectStage($input: MoveProjectStageInput!) {
    moveProjectStage(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const addProjectFundsMutation = graphql(`
  mutation AddProjectFunds($input: AddProjectFundsInput!) {
    addProjectFunds(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const removeProjectFundsMutation = graphql(`
  mutation RemoveProjectFunds($fundsId: ID!) {
    removeProjectFunds(fundsId: $fundsId) {
      ...ProjectDetailFields
    }
  }
`);

export const addProjectMilestoneMutation = graphql(`
  mutation AddProjectMilestone($input: AddProjectMilestoneInput!) {
    addProjectMilestone(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const updateProjectMilestoneMutation = graphql(`
  mutation UpdateProjectMilestone($input: UpdateProjectMilestoneInput!) {
    updateProjectMilestone(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const removeProjectMilestoneMutation = graphql(`
  mutation RemoveProjectMilestone($milestoneId: ID!) {
    removeProjectMilestone(milestoneId: $milestoneId) {
      ...ProjectDetailFields
    }
  }
`);

export const addProjectUpdateMutation = graphql(`
  mutation AddProjectUpdate($input: AddProjectUpdateInput!) {
    addProjectUpdate(input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const raiseCoordinationIssueMutation = graphql(`
  mutation RaiseCoordinationIssue($input: RaiseCoordinationIssueInput!) {
    raiseCoordinationIssue(input: $input) {
      id
      project {
        ...ProjectDetailFields
      }
    }
  }
`);

export const moveCoordinationIssueMutation = graphql(`
  mutation MoveCoordinationIssue($input: MoveCoordinationIssueInput!) {
    moveCoordinationIssue(input: $input) {
      id
      project {
        ...ProjectDetailFields
      }
    }
  }
`);

/** The plan's project counters on a date (counted from the stage log), beside its targets. */
export const projectCountersQuery = graphql(`
  query ProjectCounters($asOf: LocalDate!, $chainId: ID) {
    projectCounters(asOf: $asOf, chainId: $chainId) {
      asOf
      signed
      industrialisation
      tier30Plus
      tier10To30
      signedAmount
      fundsInPlace
      targets {
        industrialisation
        tier30Plus
        tier10To30
      }
    }
  }
`);
