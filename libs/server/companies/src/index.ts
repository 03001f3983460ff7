export * from './lib/company.entity';
export * from './lib/company-list.entity';
export * from './lib/node-company.entity';
export * from './lib/companies.module';
export { NodeCompaniesResolver } from './lib/companies.resolver';

import { Company } from './lib/company.entity';
import { CompanyList, CompanyTag } from './lib/company-list.entity';
import { NodeCompany } from './lib/node-company.entity';
export const COMPANY_ENTITIES = [Company, CompanyList, CompanyTag, NodeCompany];
