import { graphql } from '@chainboard/web-graphql';

export const addInteractionMutation = graphql(`
  mutation AddInteraction($input: AddInteractionInput!) {
    addInteraction(input: $input) {
      id
      leadId
      companyId
    }
  }
`);

export const updateInteractionMutation = graphql(`
  mutation UpdateInteraction($input: UpdateInteractionInput!) {
    updateInteraction(input: $input) {
      id
    }
  }
`);

export const deleteInteractionMutation = graphql(`
  mutation DeleteInteraction($interactionId: ID!) {
    deleteInteraction(interactionId: $interactionId)
  }
`);

/** One window of a lead's contacts timeline, with how many it holds. */
export const leadContactsQuery = graphql(`
  query LeadContacts($id: ID!, $limit: Int!, $offset: Int!) {
    lead(id: $id) {
      id
      contactCount
      contacts(limit: $limit, offset: $offset) {
        ...InteractionFields
      }
    }
  }
`);

/** One window of a company's contacts timeline, with how many it holds. */
export const companyContactsQuery = graphql(`
  query CompanyContacts($id: ID!, $limit: Int!, $offset: Int!) {
    company(id: $id) {
      id
      contactCount
      contacts(limit: $limit, offset: $offset) {
        ...InteractionFields
      }
    }
  }
`);
