import { graphql } from '@chainboard/web-graphql';

export const leadsQuery = graphql(`
  query Leads($input: LeadListInput) {
    leads(input: $input) {
      total
      totalCapped
      offset
      limit
      items {
        ...LeadSummaryFields
        updatedAt
      }
    }
  }
`);

export const leadDetailFields = graphql(`
  fragment LeadDetailFields on Lead {
    ...LeadSummaryFields
    version
    chainId
    companyId
    ownerId
    closeReason
    createdAt
    updatedAt
    projectId
    project {
      id
      name
      stage
    }
    prospect {
      id
    }
    nodes {
      id
      name
    }
    timing {
      alerts
      firstContactDue
      firstContactOn
      firstContactOverdue
      assessmentDue
      assessedOn
      assessmentOverdue
      lastContactOn
      daysSinceContact
      nextActionOverdue
      nextActionDueToday
      stale
    }
    contactCount
  }
`);

export const leadDetailQuery = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      ...LeadDetailFields
    }
  }
`);

export const createLeadMutation = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      title
    }
  }
`);

/** The lead's edits, status moves and conversion answer with the whole lead: the lead page's query is set from it. */
export const updateLeadMutation = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const moveLeadMutation = graphql(`
  mutation MoveLead($input: MoveLeadInput!) {
    moveLead(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const convertLeadMutation = graphql(`
  mutation ConvertLeadToProject($input: ConvertLeadInput!) {
    convertLeadToProject(input: $input) {
      ...LeadDetailFields
    }
  }
`);

export const workSummaryFields = graphql(`
  fragment WorkSummaryFields on WorkSummary {
    today
    chain {
      id
      name
    }
    rules {
      firstContactWorkingDays
      assessmentWorkingDays
      staleDays
    }
    limit
    attention
    leads {
      ...LeadSummaryFields
    }
    openLeads {
      total
      leadIds
    }
    dueToday {
      total
      leadIds
    }
    overdueNextActions {
      total
      leadIds
    }
    firstContactOverdue {
      total
      leadIds
    }
    assessmentOverdue {
      total
      leadIds
    }
    stale {
      total
      leadIds
    }
    prospects {
      total
      items {
        ...ProspectFields
      }
    }
  }
`);

export const myWorkQuery = graphql(`
  query MyWork {
    myWork {
      ...WorkSummaryFields
    }
  }
`);

export const chainWorkQuery = graphql(`
  query ChainWork($chainId: ID!) {
    chainWork(chainId: $chainId) {
      ...WorkSummaryFields
    }
  }
`);

export const prospectsQuery = graphql(`
  query Prospects($input: ProspectListInput) {
    prospects(input: $input) {
      total
      totalCapped
      offset
      limit
      items {
        ...ProspectFields
      }
    }
  }
`);

export const addProspectMutation = graphql(`
  mutation AddProspect($input: AddProspectInput!) {
    addProspect(input: $input) {
      ...ProspectFields
    }
  }
`);

export const removeProspectMutation = graphql(`
  mutation RemoveProspect($prospectId: ID!) {
    removeProspect(prospectId: $prospectId)
  }
`);

export const convertProspectMutation = graphql(`
  mutation ConvertProspectToLead($input: ConvertProspectInput!) {
    convertProspectToLead(input: $input) {
      id
      title
    }
  }
`);

export const searchQuery = graphql(`
  query Search($input: SearchInput!) {
    search(input: $input) {
      query
      words
      groups {
        kind
        hasMore
        hits {
          id
          kind
          title
          titleHighlights {
            start
            length
          }
          detail
          detailHighlights {
            start
            length
          }
          company {
            id
          }
          lead {
            id
            masked
            status
          }
          contact {
            id
            leadId
            companyId
            occurredOn
            type
          }
        }
      }
    }
  }
`);

export const updateLeadTimeRulesMutation = graphql(`
  mutation UpdateLeadTimeRules($input: UpdateLeadTimeRulesInput!) {
    updateLeadTimeRules(input: $input) {
      firstContactWorkingDays
      assessmentWorkingDays
      staleDays
    }
  }
`);
