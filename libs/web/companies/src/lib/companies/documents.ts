import { graphql } from '@chainboard/web-graphql';

export const companyTagFields = graphql(`
  fragment CompanyTagFields on CompanyTag {
    id
    year
    listId
    list {
      id
      name
      category
      level
    }
  }
`);

/** A row of the company table. */
export const companyRowFields = graphql(`
  fragment CompanyRowFields on Company {
    id
    name
    englishName
    aliases
    creditCode
    province
    city
    headquarters
    isListed
    isLocal
    openLeadCount
    lastContactOn
    updatedAt
    tags {
      ...CompanyTagFields
    }
  }
`);

export const companiesQuery = graphql(`
  query Companies($input: CompanyListInput) {
    companies(input: $input) {
      total
      totalCapped
      offset
      limit
      items {
        ...CompanyRowFields
      }
    }
  }
`);

export const companyDetailQuery = graphql(`
  query CompanyDetail($id: ID!) {
    company(id: $id) {
      ...CompanyRowFields
      version
      nodes {
        id
        role
        nodeId
        node {
          id
          name
        }
        chain {
          id
          name
        }
      }
      prospectCount
      leadCount
      projectCount
      contactCount
    }
  }
`);

/** One window of a company's leads (newest first), with how many it has. */
export const companyLeadsQuery = graphql(`
  query CompanyLeads($id: ID!, $limit: Int!, $offset: Int!) {
    company(id: $id) {
      id
      leadCount
      leads(limit: $limit, offset: $offset) {
        ...LeadSummaryFields
      }
    }
  }
`);

/** One window of a company's prospect entries (newest first), with how many it has. */
export const companyProspectsQuery = graphql(`
  query CompanyProspects($id: ID!, $limit: Int!, $offset: Int!) {
    company(id: $id) {
      id
      prospectCount
      prospects(limit: $limit, offset: $offset) {
        ...ProspectFields
      }
    }
  }
`);

/** One window of a company's projects (newest first), with how many it has. */
export const companyProjectsQuery = graphql(`
  query CompanyProjects($id: ID!, $limit: Int!, $offset: Int!) {
    company(id: $id) {
      id
      projectCount
      projects(limit: $limit, offset: $offset) {
        id
        name
        stage
        investment
        chainId
      }
    }
  }
`);

export const createCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      name
    }
  }
`);

export const updateCompanyMutation = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      id
      version
    }
  }
`);

export const mergeCompaniesMutation = graphql(`
  mutation MergeCompanies($input: MergeCompaniesInput!) {
    mergeCompanies(input: $input) {
      id
      name
    }
  }
`);

export const setCompanyNodeMutation = graphql(`
  mutation SetCompanyNode($input: SetCompanyNodeInput!) {
    setCompanyNode(input: $input) {
      id
      role
    }
  }
`);

export const removeCompanyNodeMutation = graphql(`
  mutation RemoveCompanyNode($companyId: ID!, $nodeId: ID!) {
    removeCompanyNode(companyId: $companyId, nodeId: $nodeId)
  }
`);

export const addCompanyTagMutation = graphql(`
  mutation AddCompanyTag($input: AddCompanyTagInput!) {
    addCompanyTag(input: $input) {
      ...CompanyTagFields
    }
  }
`);

export const removeCompanyTagMutation = graphql(`
  mutation RemoveCompanyTag($tagId: ID!) {
    removeCompanyTag(tagId: $tagId)
  }
`);
