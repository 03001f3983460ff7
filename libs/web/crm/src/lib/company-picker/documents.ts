import { graphql } from '@chainboard/web-graphql';

/** Companies whose names contain the words typed: the options of a company picker. */
export const companyOptionsQuery = graphql(`
  query CompanyOptions($input: CompanyListInput) {
    companies(input: $input) {
      total
      items {
        id
        name
        creditCode
        city
        aliases
      }
    }
  }
`);

/** Companies a new entry may duplicate (same credit code, or a name close to it). */
export const companyDuplicatesQuery = graphql(`
  query CompanyDuplicates($name: String!, $creditCode: String) {
    companyDuplicates(name: $name, creditCode: $creditCode) {
      reason
      company {
        id
        name
        creditCode
        province
        city
      }
    }
  }
`);
