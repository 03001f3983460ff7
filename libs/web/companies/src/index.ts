import { lazy } from 'react';

// Shared plumbing of the CRM pages (also used by @chainboard/web-leads): reference data, permissions, formats,
// server-driven tables with saved views, export and import, the contacts timeline and form.
export * from './lib/common/hooks';
export { crmAbilities, chainsAllowing, chainsLedBy, NO_CRM_ABILITIES } from './lib/common/permissions';
export type { CrmAbilities } from './lib/common/permissions';
export { formatDateTime, formatInvestment, formatRegion } from './lib/common/format';
export { domainMessage } from './lib/common/domain-message';
export { highlightParts } from './lib/common/highlight';
export type { TextPart } from './lib/common/highlight';
export { nodeTree } from './lib/common/node-tree';
export { base64ToBlob, base64ToBytes, bytesToBase64, downloadBase64, fileToBase64, safeFileName, XLSX_MIME } from './lib/common/download';
export { ChainNodeSelect } from './lib/common/ChainNodeSelect';
export { CrmUserSelect } from './lib/common/CrmUserSelect';
export type { CrmUserRef, CrmUserSelectProps } from './lib/common/CrmUserSelect';
export { DeferredInput } from './lib/common/DeferredInput';
export { Highlighted } from './lib/common/Highlighted';
export { LeadList } from './lib/common/LeadList';
export { CompanyRoleTag, ConfidentialTag, LeadAlertTags, LeadStatusTag, PriorityTag } from './lib/common/tags';

export * from './lib/tables/table-state';
export { ChainNodeFilter, MoreFiltersButtons } from './lib/tables/FilterControls';
export { toTableChange } from './lib/tables/antd-table';
export { useTableState, useSavedViews } from './lib/tables/hooks';
export { SavedViewsBar } from './lib/tables/SavedViewsBar';
export { ServerTable } from './lib/tables/ServerTable';
export type { ServerTableProps } from './lib/tables/ServerTable';
export { ColumnChooser } from './lib/tables/ColumnChooser';
export type { ColumnOption } from './lib/tables/ColumnChooser';
export { ExportButton } from './lib/tables/ExportButton';
export { ImportButton } from './lib/tables/ImportButton';
export { IMPORT_MAX_BYTES, importFileProblem, importProblemRows, initialExportColumns, problemRowCount, progressPercent } from './lib/tables/import-export';

export { companyKeys, useCompanyDuplicates, useCompanyOptions, useDebounced } from './lib/companies/hooks';
export { duplicateDecision, duplicateHints, duplicateLookup, creditCodeFeedback, isCertainDuplicate, DUPLICATE_NAME_MIN } from './lib/companies/duplicates';
export { COMPANY_TABLE, LIST_CATEGORIES, toCompanyListInput } from './lib/companies/filters';
export { CompanySelect } from './lib/companies/components/CompanySelect';
export type { CompanyOption } from './lib/companies/components/CompanySelect';
export { DuplicateHint } from './lib/companies/components/DuplicateHint';
export type { CompanyDuplicate } from './lib/companies/components/DuplicateHint';

export { ContactsTimeline } from './lib/contacts/ContactsTimeline';
export { ContactFormModal } from './lib/contacts/ContactFormModal';
export { districtToday, newContactValues, toAddInteractionInput, INTERACTION_TYPES } from './lib/contacts/forms';

export { ProspectEditModal } from './lib/prospects/ProspectEditModal';
export { ProspectFields } from './lib/prospects/ProspectFields';
export { PRIORITIES } from './lib/prospects/forms';

// The pages load on first visit, each in its own chunk (render them inside <Suspense>).
export const CompaniesPage = lazy(() => import('./lib/companies/pages/CompaniesPage').then((m) => ({ default: m.CompaniesPage })));
export const CompanyPage = lazy(() => import('./lib/companies/pages/CompanyPage').then((m) => ({ default: m.CompanyPage })));
export const NewCompanyPage = lazy(() => import('./lib/companies/pages/NewCompanyPage').then((m) => ({ default: m.NewCompanyPage })));
export const CompanyListsPage = lazy(() => import('./lib/company-lists/CompanyListsPage').then((m) => ({ default: m.CompanyListsPage })));
export { YesNoSelect } from './lib/common/YesNoSelect';
