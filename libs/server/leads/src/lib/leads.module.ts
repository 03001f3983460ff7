import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Interaction } from './interaction.entity';
import { Lead, LeadNode } from './lead.entity';
import { Prospect } from './prospect.entity';
import { NodeLeadsResolver } from './leads.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Lead, LeadNode, Interaction, Prospect])],
  providers: [NodeLeadsResolver],
})
export class LeadsModule {}
