import { lazy } from 'react';

// The company pages: the company table, a company's page, a new company, and the company lists (名单). The CRM pieces
// they share with the lead pages live in @chainboard/web-crm.
export { COMPANIES_NS, companiesResources, registerCompaniesI18n } from './i18n';
export { COMPANY_TABLE, toCompanyListInput } from './lib/companies/filters';

// The pages load on first visit, each in its own chunk (render them inside <Suspense>).
export const CompaniesPage = lazy(() => import('./lib/companies/pages/CompaniesPage').then((m) => ({ default: m.CompaniesPage })));
export const CompanyPage = lazy(() => import('./lib/companies/pages/CompanyPage').then((m) => ({ default: m.CompanyPage })));
export const NewCompanyPage = lazy(() => import('./lib/companies/pages/NewCompanyPage').then((m) => ({ default: m.NewCompanyPage })));
export const CompanyListsPage = lazy(() => import('./lib/company-lists/CompanyListsPage').then((m) => ({ default: m.CompanyListsPage })));
