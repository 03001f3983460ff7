import { graphql } from '@chainboard/web-graphql';

export const mapNodeFields = graphql(`
  fragment ChainMapNodeFields on MapNode {
    id
    parentId
    name
    description
    position
    status
    statusSource
    isHighEnd
    isKey
    industryCode
    sortOrder
    depth
    version
    anchorCompanies
    localCompanies
    targetCompanies
    activeLeads
    activeProjects
    projectsByStage {
      stage
      count
    }
    isGap
    isUncovered
  }
`);

/** The map page: the chain (name, and who owns it, for the edit permission) and its whole map. */
export const chainMapPageQuery = graphql(`
  query ChainMapPage($chainId: ID!) {
    chain(id: $chainId) {
      id
      name
      leaderId
      leadDepartmentId
    }
    chainMap(chainId: $chainId) {
      chainId
      chainName
      mapId
      title
      nodes {
        ...ChainMapNodeFields
      }
      edges {
        id
        fromId
        toId
      }
      summary {
        nodes
        strong
        weak
        missing
        uncovered
      }
    }
  }
`);

/** One node with what sits on it, a page of each list with its count: the side panel. */
export const chainNodeQuery = graphql(`
  query ChainMapNode(
    $id: ID!
    $companiesLimit: Int
    $companiesOffset: Int
    $leadsLimit: Int
    $leadsOffset: Int
    $projectsLimit: Int
    $projectsOffset: Int
  ) {
    chainNode(id: $id) {
      id
      name
      description
      status
      position
      isHighEnd
      isKey
      industryCode
      version
      companyCount
      companies(limit: $companiesLimit, offset: $companiesOffset) {
        id
        role
        company {
          id
          name
          isLocal
        }
      }
      leadCount
      leads(limit: $leadsLimit, offset: $leadsOffset) {
        id
        title
        status
        company {
          id
          name
        }
      }
      projectCount
      projects(limit: $projectsLimit, offset: $projectsOffset) {
        id
        name
        stage
        investment
        company {
          id
          name
        }
      }
      policies {
        id
        title
        documentNumber
      }
    }
  }
`);

export const addChainNodeMutation = graphql(`
  mutation AddChainMapNode($input: AddChainNodeInput!) {
    addChainNode(input: $input) {
      id
      name
      version
    }
  }
`);

export const updateChainNodeMutation = graphql(`
  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {
    updateChainNode(input: $input) {
      id
      name
      version
    }
  }
`);

export const deleteChainNodeMutation = graphql(`
  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {
    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)
  }
`);

export const addChainEdgeMutation = graphql(`
  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {
    addChainEdge(fromId: $fromId, toId: $toId) {
      id
      fromId
      toId
    }
  }
`);

export const deleteChainEdgeMutation = graphql(`
  mutation DeleteChainMapEdge($edgeId: ID!) {
    deleteChainEdge(edgeId: $edgeId)
  }
`);
