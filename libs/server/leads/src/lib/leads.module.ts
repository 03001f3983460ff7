import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Lead, LeadNode } from './lead.entity';
import { NodeLeadsResolver } from './leads.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Lead, LeadNode])],
  providers: [NodeLeadsResolver],
})
export class LeadsModule {}
