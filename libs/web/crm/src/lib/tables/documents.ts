import { graphql } from '@chainboard/web-graphql';

export const savedViewFields = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    tableKey
    settings
  }
`);

export const savedViewsQuery = graphql(`
  query SavedViews($tableKey: String) {
    savedViews(tableKey: $tableKey) {
      ...SavedViewFields
    }
  }
`);

export const createSavedViewMutation = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const updateSavedViewMutation = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const deleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($viewId: ID!) {
    deleteSavedView(viewId: $viewId)
  }
`);
