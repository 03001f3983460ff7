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
