import { Module } from '@nestjs/common';
import { ChainsModule } from '@chainboard/server-chains';
import { CompaniesModule } from '@chainboard/server-companies';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { ExportsService } from './exports.service';
import { ImportsService } from './imports.service';
import { SpreadsheetsResolver } from './spreadsheets.resolver';

@Module({
  imports: [ChainsModule, CompaniesModule, LeadsModule, ProjectsModule],
  providers: [ImportsService, ExportsService, SpreadsheetsResolver],
})
export class SpreadsheetsModule {}
