import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesResolver, CompanyFieldsResolver, NodeCompaniesResolver, NodeCompanyFieldsResolver } from './companies.resolver';
import { CompaniesService } from './companies.service';
import { CompanyList, CompanyTag } from './company-list.entity';
import { CompanyListsResolver } from './company-lists.resolver';
import { CompanyListsService } from './company-lists.service';
import { Company } from './company.entity';
import { NodeCompany } from './node-company.entity';
import { SavedViewsResolver } from './saved-views.resolver';
import { SavedViewsService } from './saved-views.service';

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyList, CompanyTag, NodeCompany])],
  providers: [
    CompaniesService,
    CompanyListsService,
    SavedViewsService,
    CompaniesResolver,
    CompanyFieldsResolver,
    NodeCompanyFieldsResolver,
    NodeCompaniesResolver,
    CompanyListsResolver,
    SavedViewsResolver,
  ],
  exports: [CompaniesService, CompanyListsService],
})
export class CompaniesModule {}
