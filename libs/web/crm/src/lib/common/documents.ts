import { graphql } from '@chainboard/web-graphql';

/** A chain as the CRM pages need it: its name, and who owns it (for the per-chain permissions). */
export const crmChainFields = graphql(`
  fragment CrmChainFields on IndustryChain {
    id
    code
    name
    sortOrder
    leaderId
    leadDepartmentId
  }
`);

export const crmChainsQuery = graphql(`
  query CrmChains {
    chains {
      ...CrmChainFields
    }
  }
`);

/** The nodes of a chain's map, for node pickers (a tree by parentId). */
export const crmChainNodesQuery = graphql(`
  query CrmChainNodes($chainId: ID!) {
    chainMap(chainId: $chainId) {
      chainId
      nodes {
        id
        name
        parentId
        depth
        sortOrder
      }
    }
  }
`);

/** The staff, for the owner and assignee pickers: role and department say whom the permissions let own what. */
export const crmUsersQuery = graphql(`
  query CrmUsers {
    users {
      id
      displayName
      role
      roles
      departmentId
      chainIds
      active
    }
  }
`);

/** A lead as lists show it (company page, "My work", tables); a masked one carries only its code name. */
export const leadSummaryFields = graphql(`
  fragment LeadSummaryFields on Lead {
    id
    title
    isDemo
    masked
    confidential
    codeName
    status
    source
    createdOn
    nextAction
    nextActionDue
    intendedInvestment
    canEdit
    chain {
      id
      name
    }
    company {
      id
      name
    }
    owner {
      id
      displayName
    }
    timing {
      alerts
      daysSinceContact
      lastContactOn
      stale
      nextActionOverdue
      nextActionDueToday
      firstContactOverdue
      assessmentOverdue
    }
  }
`);

/** One contact with a company (联系记录), for the timelines. */
export const interactionFields = graphql(`
  fragment InteractionFields on Interaction {
    id
    type
    occurredOn
    ourPeople
    theirPeople
    summary
    outcome
    nextStep
    createdAt
    companyId
    leadId
    createdBy {
      id
      displayName
    }
    lead {
      id
      title
      masked
    }
    company {
      id
      name
    }
  }
`);

/** A prospect (目标企业) as lists show it. */
export const prospectFields = graphql(`
  fragment ProspectFields on Prospect {
    id
    isDemo
    priority
    reason
    companyId
    nodeId
    assigneeId
    leadId
    company {
      id
      name
      city
      isListed
    }
    node {
      id
      name
    }
    chain {
      id
      name
    }
    assignee {
      id
      displayName
    }
    lead {
      id
      title
      masked
      status
    }
  }
`);
