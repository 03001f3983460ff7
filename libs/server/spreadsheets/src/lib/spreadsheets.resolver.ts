import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CompanyListInput } from '@chainboard/server-companies';
import { AuditedExport, IdPipe } from '@chainboard/server-core';
import { LeadListInput, ProspectListInput } from '@chainboard/server-leads';
import { ProjectListInput } from '@chainboard/server-projects';
import { Allow, CurrentUser, TokenOnly, TokenSubject, User } from '@chainboard/server-users';
import { ExportsService } from './exports.service';
import { ImportsService } from './imports.service';
import {
  ExportColumnInfo,
  ExportFile,
  ExportTable,
  ImportMode,
  ImportPreview,
  ImportProgress,
  ImportResult,
  PreviewImportInput,
} from './spreadsheet.types';

@Resolver()
export class SpreadsheetsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly exports: ExportsService,
  ) {}

  @Allow('data.import')
  @Mutation(() => ImportPreview, { description: 'Reads, checks and counts an .xlsx or .csv file; writes nothing' })
  previewImport(@CurrentUser() user: User, @Args('input') input: PreviewImportInput): Promise<ImportPreview> {
    return this.imports.preview(user, input);
  }

  @Allow('data.import')
  @Mutation(() => ImportResult, { description: 'Writes a previewed import in one transaction: all rows, or only the good ones when asked' })
  confirmImport(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }, new IdPipe('importId')) id: string,
    @Args('mode', { type: () => ImportMode }) mode: ImportMode,
  ): Promise<ImportResult> {
    return this.imports.confirm(user, id, mode);
  }

  // Answers with the token alone, from memory in the process writing the import: while the import's transaction holds
  // the embedded database's only connection, a user lookup would wait for the import to end. Only the user who
  // confirmed the import may read it; another API process answers from the stored preview.
  @TokenOnly()
  @Query(() => ImportProgress, { description: 'How far a confirmed import has got' })
  importProgress(@TokenSubject() userId: string, @Args('id', { type: () => ID }, new IdPipe('importId')) id: string): Promise<ImportProgress> {
    return this.imports.progress(userId, id);
  }

  // From memory with the token alone, like the progress: the import's transaction may hold the only connection.
  @TokenOnly()
  @Mutation(() => ImportProgress, { description: 'Stops a confirmed import that is still writing; nothing of it is written' })
  cancelImport(@TokenSubject() userId: string, @Args('id', { type: () => ID }, new IdPipe('importId')) id: string): Promise<ImportProgress> {
    return this.imports.cancel(userId, id);
  }

  @Allow('company.read')
  @Query(() => [ExportColumnInfo], { description: 'The columns a table can export, with their headings' })
  exportColumns(@Args('table', { type: () => ExportTable }) table: ExportTable): ExportColumnInfo[] {
    return this.exports.columns(table);
  }

  @AuditedExport('companies')
  @Allow('company.read')
  @Mutation(() => ExportFile, { description: 'The filtered company table (all pages) as .xlsx with the chosen columns (all when none)' })
  exportCompanies(
    @Args('columns', { type: () => [String] }) columns: string[],
    @Args('input', { type: () => CompanyListInput, nullable: true }) input?: CompanyListInput,
  ): Promise<ExportFile> {
    return this.exports.exportCompanies(input ?? {}, columns);
  }

  @AuditedExport('leads')
  @Allow('lead.read')
  @Mutation(() => ExportFile, { description: 'The filtered lead table (all pages, masked as on screen) as .xlsx with the chosen columns' })
  exportLeads(
    @CurrentUser() user: User,
    @Args('columns', { type: () => [String] }) columns: string[],
    @Args('input', { type: () => LeadListInput, nullable: true }) input?: LeadListInput,
  ): Promise<ExportFile> {
    return this.exports.exportLeads(user, input ?? {}, columns);
  }

  @AuditedExport('projects')
  @Allow('project.read')
  @Mutation(() => ExportFile, { description: 'The filtered project ledger (all pages, masked as on screen) as .xlsx with the chosen columns (all when none)' })
  exportProjects(
    @CurrentUser() user: User,
    @Args('columns', { type: () => [String] }) columns: string[],
    @Args('input', { type: () => ProjectListInput, nullable: true }) input?: ProjectListInput,
  ): Promise<ExportFile> {
    return this.exports.exportProjects(user, input ?? new ProjectListInput(), columns);
  }

  @AuditedExport('prospects')
  @Allow('lead.read')
  @Mutation(() => ExportFile, { description: 'The filtered prospect table (all pages) as .xlsx with the chosen columns' })
  exportProspects(
    @Args('columns', { type: () => [String] }) columns: string[],
    @Args('input', { type: () => ProspectListInput, nullable: true }) input?: ProspectListInput,
  ): Promise<ExportFile> {
    return this.exports.exportProspects(input ?? {}, columns);
  }
}
