import { graphql } from '@chainboard/web-graphql';

/** One page of the audit trail, newest first. */
export const auditEntriesQuery = graphql(`
  query AuditEntries($input: AuditEntriesInput) {
    auditEntries(input: $input) {
      total
      offset
      limit
      items {
        id
        at
        operation
        action
        entityType
        entityId
        recordType
        recordId
        chainId
        before
        after
        requestId
        address
        actor {
          id
          displayName
        }
      }
    }
  }
`);

/** The filtered trail as an .xlsx file (newest first, capped: the answer says whether it was). */
export const exportAuditEntriesMutation = graphql(`
  mutation ExportAuditEntries($input: AuditEntriesInput) {
    exportAuditEntries(input: $input) {
      fileName
      contentBase64
      rows
      total
      cap
      capped
    }
  }
`);

/** The recycle bin: deleted companies, leads and projects. */
export const recycleBinQuery = graphql(`
  query RecycleBin($page: PageArgs) {
    deletedCompanies(page: $page) {
      total
      items {
        id
        name
        deletedAt
        deletedById
        mergedIntoId
      }
    }
    deletedLeads(page: $page) {
      total
      items {
        id
        title
        deletedAt
        deletedById
      }
    }
    deletedProjects(page: $page) {
      total
      items {
        id
        name
        deletedAt
        deletedById
      }
    }
  }
`);

export const restoreCompanyMutation = graphql(`
  mutation RestoreCompany($id: ID!) {
    restoreCompany(id: $id) {
      id
    }
  }
`);

export const restoreLeadMutation = graphql(`
  mutation RestoreLead($id: ID!) {
    restoreLead(id: $id) {
      id
    }
  }
`);

export const restoreProjectMutation = graphql(`
  mutation RestoreProject($id: ID!) {
    restoreProject(id: $id) {
      id
    }
  }
`);
