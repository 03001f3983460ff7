import { graphql } from '@chainboard/web-graphql';

export const exportColumnsQuery = graphql(`
  query ExportColumns($table: ExportTable!) {
    exportColumns(table: $table) {
      key
      label
    }
  }
`);

export const exportCompaniesMutation = graphql(`
  mutation ExportCompanies($input: CompanyListInput, $columns: [String!]!) {
    exportCompanies(input: $input, columns: $columns) {
      fileName
      contentBase64
    }
  }
`);

export const exportLeadsMutation = graphql(`
  mutation ExportLeads($input: LeadListInput, $columns: [String!]!) {
    exportLeads(input: $input, columns: $columns) {
      fileName
      contentBase64
    }
  }
`);

export const exportProspectsMutation = graphql(`
  mutation ExportProspects($input: ProspectListInput, $columns: [String!]!) {
    exportProspects(input: $input, columns: $columns) {
      fileName
      contentBase64
    }
  }
`);

export const exportProjectsMutation = graphql(`
  mutation ExportProjects($input: ProjectListInput, $columns: [String!]!) {
    exportProjects(input: $input, columns: $columns) {
      fileName
      contentBase64
    }
  }
`);

export const previewImportMutation = graphql(`
  mutation PreviewImport($input: PreviewImportInput!) {
    previewImport(input: $input) {
      id
      kind
      fileName
      totalRows
      goodRows
      badRows
      toCreate
      toUpdate
      unchanged
      problems {
        row
        column
        message
      }
      headerRow
      mappingSaved
      needsMapping
      columns {
        index
        letter
        heading
        field
        suggestedField
        origin
        samples
      }
      fields {
        field
        label
        required
        derived
      }
      values {
        field
        label
        column
        mayLeaveToImporter
        values {
          value
          rows
          suggested
          target
          targetLabel
        }
        options {
          target
          label
        }
      }
    }
  }
`);

export const confirmImportMutation = graphql(`
  mutation ConfirmImport($id: ID!, $mode: ImportMode!) {
    confirmImport(id: $id, mode: $mode) {
      id
      created
      updated
      unchanged
      skippedRows
    }
  }
`);

export const importProgressQuery = graphql(`
  query ImportProgress($id: ID!) {
    importProgress(id: $id) {
      id
      processed
      total
      done
    }
  }
`);

export const cancelImportMutation = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      id
      processed
      total
      done
      cancelled
    }
  }
`);
