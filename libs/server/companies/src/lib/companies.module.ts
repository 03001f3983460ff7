import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NodeCompaniesResolver } from './companies.resolver';
import { Company } from './company.entity';
import { NodeCompany } from './node-company.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Company, NodeCompany])],
  providers: [NodeCompaniesResolver],
})
export class CompaniesModule {}
