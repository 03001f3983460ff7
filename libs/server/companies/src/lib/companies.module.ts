import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NodeCompaniesResolver } from './companies.resolver';
import { Company } from './company.entity';
import { CompanyList, CompanyTag } from './company-list.entity';
import { NodeCompany } from './node-company.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanyList, CompanyTag, NodeCompany])],
  providers: [NodeCompaniesResolver],
})
export class CompaniesModule {}
