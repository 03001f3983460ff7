import { AuditModule } from '@chainboard/server-audit';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesRegistrations } from './companies.registrations';
import { CompaniesResolver, CompanyFieldsResolver, NodeCompaniesResolver, NodeCompanyFieldsResolver } from './companies.resolver';
import { CompaniesService } from './companies.service';
import { CompanyList, CompanyTag } from './company-list.entity';
import { CompanyListsResolver } from './company-lists.resolver';
import { CompanyListsService } from './company-lists.service';
import { CompanyLoaders } from './company-loaders';
import { Company } from './company.entity';
import { CompanyReferences } from './company-references';
import { NodeCompany } from './node-company.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyList, CompanyTag, NodeCompany]), ChainsModule, AuditModule],
  providers: [
    CompaniesService,
    CompanyLoaders,
    CompanyReferences,
    CompaniesRegistrations,
    CompanyListsService,
    CompaniesResolver,
    CompanyFieldsResolver,
    NodeCompanyFieldsResolver,
    NodeCompaniesResolver,
    CompanyListsResolver,
  ],
  exports: [CompaniesService, CompanyListsService, CompanyLoaders, CompanyReferences],
})
export class CompaniesModule {}
