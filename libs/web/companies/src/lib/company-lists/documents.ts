import { graphql } from '@chainboard/web-graphql';

/** A company list (名单) as its admin screen shows it, with how many tags (companies × years) it has. */
export const companyListFields = graphql(`
  fragment CompanyListFields on CompanyList {
    id
    name
    category
    level
    publisher
    tagCount
  }
`);

export const managedCompanyListsQuery = graphql(`
  query ManagedCompanyLists {
    companyLists {
      ...CompanyListFields
    }
  }
`);

export const createCompanyListMutation = graphql(`
  mutation CreateCompanyList($input: CreateCompanyListInput!) {
    createCompanyList(input: $input) {
      ...CompanyListFields
    }
  }
`);

export const updateCompanyListMutation = graphql(`
  mutation UpdateCompanyList($input: UpdateCompanyListInput!) {
    updateCompanyList(input: $input) {
      ...CompanyListFields
    }
  }
`);

export const deleteCompanyListMutation = graphql(`
  mutation DeleteCompanyList($listId: ID!) {
    deleteCompanyList(listId: $listId)
  }
`);

/** The lists as the filters and tag pickers show them. */
export const companyListsQuery = graphql(`
  query CompanyLists {
    companyLists {
      id
      name
      category
      level
      publisher
    }
  }
`);
