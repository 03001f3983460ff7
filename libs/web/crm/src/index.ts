// The CRM pieces the company, lead and prospect pages share: reference data and permissions, formats, pickers and
// tags, server-driven tables with saved views, export and import, contacts, and the prospect form.

// Texts: this library's own i18next namespace.
export { CRM_NS, crmResources, registerCrmI18n } from './i18n';

// Reference data, query keys, permissions and formats.
export { crmKeys, useCrmChains, useChainNodes, useCrmUsers, useDebounced } from './lib/common/hooks';
export { useDefaultChainId } from './lib/common/default-chain';
export type { DefaultChain } from './lib/common/default-chain';
export { crmAbilities, chainsAllowing, chainsLedBy, NO_CRM_ABILITIES } from './lib/common/permissions';
export type { CrmAbilities } from './lib/common/permissions';
export { formatDateTime, formatInvestment, formatRegion } from './lib/common/format';
export { domainMessage } from './lib/common/domain-message';
export { highlightParts } from './lib/common/highlight';
export type { TextPart } from './lib/common/highlight';
export { nodeTree } from './lib/common/node-tree';
export { LIST_CATEGORIES } from './lib/common/list-categories';
export { base64ToBlob, base64ToBytes, bytesToBase64, downloadBase64, fileToBase64, safeFileName, XLSX_MIME } from './lib/common/download';

// Pickers, inputs and tags.
export { ChainNodeSelect } from './lib/common/ChainNodeSelect';
export type { ChainNodeSelectProps } from './lib/common/ChainNodeSelect';
export { CrmUserSelect } from './lib/common/CrmUserSelect';
export type { CrmUserRef, CrmUserSelectProps } from './lib/common/CrmUserSelect';
export { ownerCandidates } from './lib/common/owners';
export type { OwnerCandidate, OwnOperation } from './lib/common/owners';
export { DeferredInput } from './lib/common/DeferredInput';
export { YesNoSelect } from './lib/common/YesNoSelect';
export { Highlighted } from './lib/common/Highlighted';
export { LeadList } from './lib/common/LeadList';
export { CompanyRoleTag, ConfidentialTag, DemoTag, LeadAlertTags, LeadStatusTag, PriorityTag } from './lib/common/tags';

// Companies as other pages pick them: the picker, duplicate hints while a company is typed.
export { companyKeys, useCompanyDuplicates, useCompanyOptions } from './lib/company-picker/hooks';
export { duplicateDecision, duplicateHints, duplicateLookup, creditCodeFeedback, isCertainDuplicate, DUPLICATE_NAME_MIN } from './lib/company-picker/duplicates';
export { CompanySelect } from './lib/company-picker/CompanySelect';
export type { CompanyOption } from './lib/company-picker/CompanySelect';
export { DuplicateHint } from './lib/company-picker/DuplicateHint';
export type { CompanyDuplicate } from './lib/company-picker/DuplicateHint';

// Server-driven tables: state in the URL, saved views, columns, filters, export and import.
export * from './lib/tables/table-state';
export { ChainNodeFilter, MoreFiltersButtons } from './lib/tables/FilterControls';
export { toTableChange } from './lib/tables/antd-table';
export { useTableState, useSavedViews } from './lib/tables/hooks';
export { SavedViewsBar } from './lib/tables/SavedViewsBar';
export { ServerTable } from './lib/tables/ServerTable';
export { countKey, useExactTotal, withExactTotal } from './lib/tables/exact-total';
export type { ServerTableProps } from './lib/tables/ServerTable';
export { ColumnChooser } from './lib/tables/ColumnChooser';
export type { ColumnOption } from './lib/tables/ColumnChooser';
export { ExportButton } from './lib/tables/ExportButton';
export { ImportButton } from './lib/tables/ImportButton';
export { IMPORT_MAX_BYTES, importFileProblem, importProblemRows, initialExportColumns, problemRowCount, progressPercent } from './lib/tables/import-export';

// Contacts (联系记录) of a company or a lead.
export { ContactsTimeline } from './lib/contacts/ContactsTimeline';
export { PagedContactsTimeline } from './lib/contacts/PagedContactsTimeline';
export { contactsKey, useContactsPage } from './lib/contacts/hooks';
export type { ContactsOf } from './lib/contacts/hooks';
export { ContactFormModal } from './lib/contacts/ContactFormModal';
export { districtToday, newContactValues, toAddInteractionInput, INTERACTION_TYPES } from './lib/contacts/forms';

// Prospects (目标企业): the fields and the edit form, shown on the company page and the prospects page.
export { ProspectEditModal } from './lib/prospects/ProspectEditModal';
export { ProspectFields } from './lib/prospects/ProspectFields';
export { PRIORITIES } from './lib/prospects/forms';
