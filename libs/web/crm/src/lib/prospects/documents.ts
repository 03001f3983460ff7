import { graphql } from '@chainboard/web-graphql';

export const updateProspectMutation = graphql(`
  mutation UpdateProspect($input: UpdateProspectInput!) {
    updateProspect(input: $input) {
      ...ProspectFields
    }
  }
`);
