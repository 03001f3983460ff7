import { Module } from '@nestjs/common';
import { CompaniesModule } from '@chainboard/server-companies';
import { LeadsModule } from '@chainboard/server-leads';
import { ExportsService } from './exports.service';
import { ImportsService } from './imports.service';
import { SpreadsheetsResolver } from './spreadsheets.resolver';

@Module({
  imports: [CompaniesModule, LeadsModule],
  providers: [ImportsService, ExportsService, SpreadsheetsResolver],
})
export class SpreadsheetsModule {}
