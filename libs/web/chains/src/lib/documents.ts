import { graphql } from '@chainboard/web-graphql';

export const chainsOverviewQuery = graphql(`
  query ChainsOverview {
    chains {
      id
      name
      track
      leader {
        id
        displayName
      }
      leadDepartment {
        id
        name
      }
      map {
        id
        nodeCount
      }
      workPlan {
        id
        progress {
          done
          total
          percent
        }
      }
      policySet {
        id
        policies {
          id
        }
      }
      targets {
        ...ChainTargetFields
      }
    }
  }
`);

export const chainTargetFields = graphql(`
  fragment ChainTargetFields on ChainTarget {
    id
    metric
    comparator
    value
    unit
    year
    quote
    baselineValue
    baselineYear
  }
`);

export const workPlanTaskFields = graphql(`
  fragment WorkPlanTaskFields on WorkPlanTask {
    id
    title
    description
    status
    dueDate
    completedAt
    sortOrder
    isDemo
    ownerDepartmentId
    ownerDepartment {
      id
      name
    }
  }
`);

export const policyFields = graphql(`
  fragment PolicyFields on Policy {
    id
    title
    documentNumber
    issuer
    validFrom
    validTo
    summary
    isDemo
  }
`);

export const chainDetailQuery = graphql(`
  query ChainDetail($id: ID!) {
    chain(id: $id) {
      id
      code
      name
      track
      description
      leaderId
      leadDepartmentId
      leader {
        id
        displayName
        role
        department {
          id
          name
        }
      }
      leadDepartment {
        id
        name
        shortName
      }
      targets {
        ...ChainTargetFields
      }
      map {
        id
        title
        nodeCount
        focusDirections {
          id
          name
          description
          sortOrder
        }
      }
      workPlan {
        id
        title
        progress {
          done
          total
          percent
        }
        tasks {
          ...WorkPlanTaskFields
        }
      }
      policySet {
        id
        title
        policies {
          ...PolicyFields
        }
      }
    }
  }
`);

export const departmentsQuery = graphql(`
  query Departments {
    departments {
      id
      name
      shortName
    }
  }
`);

export const leaderCandidatesQuery = graphql(`
  query LeaderCandidates($roles: [Role!]) {
    users(roles: $roles) {
      id
      displayName
      role
      active
    }
  }
`);

export const reassignChainLeaderMutation = graphql(`
  mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {
    reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {
      id
      leaderId
    }
  }
`);

export const reassignChainLeadDepartmentMutation = graphql(`
  mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {
    reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {
      id
      leadDepartmentId
    }
  }
`);

export const addWorkPlanTaskMutation = graphql(`
  mutation AddWorkPlanTask($input: AddTaskInput!) {
    addWorkPlanTask(input: $input) {
      ...WorkPlanTaskFields
    }
  }
`);

export const updateWorkPlanTaskMutation = graphql(`
  mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {
    updateWorkPlanTask(input: $input) {
      ...WorkPlanTaskFields
    }
  }
`);

export const deleteWorkPlanTaskMutation = graphql(`
  mutation DeleteWorkPlanTask($taskId: ID!) {
    deleteWorkPlanTask(taskId: $taskId)
  }
`);

export const addPolicyMutation = graphql(`
  mutation AddPolicy($input: AddPolicyInput!) {
    addPolicy(input: $input) {
      ...PolicyFields
    }
  }
`);

export const updatePolicyMutation = graphql(`
  mutation UpdatePolicy($input: UpdatePolicyInput!) {
    updatePolicy(input: $input) {
      ...PolicyFields
    }
  }
`);

export const deletePolicyMutation = graphql(`
  mutation DeletePolicy($policyId: ID!) {
    deletePolicy(policyId: $policyId)
  }
`);
