import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EnumInput, msg, TextInput } from '@chainboard/server-core';

export enum ImportKind {
  COMPANIES = 'COMPANIES',
  LEADS = 'LEADS',
}

export enum ImportMode {
  /** Nothing is written when any row is bad. */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** The good rows are written, the bad ones skipped: only when the user chooses it. */
  GOOD_ROWS_ONLY = 'GOOD_ROWS_ONLY',
}

export enum ExportTable {
  COMPANIES = 'COMPANIES',
  LEADS = 'LEADS',
  PROSPECTS = 'PROSPECTS',
  PROJECTS = 'PROJECTS',
}

registerEnumType(ImportKind, { name: 'ImportKind' });
registerEnumType(ImportMode, { name: 'ImportMode' });
registerEnumType(ExportTable, { name: 'ExportTable' });

/** The largest file accepted, as base64 text (about 20 MB of file). */
export const MAX_IMPORT_BASE64 = 28_000_000;

@InputType()
export class PreviewImportInput {
  @Field(() => ImportKind) @EnumInput(ImportKind) kind: ImportKind;
  @Field({ description: 'The file name, ending in .xlsx or .csv' }) @TextInput({ max: 200 }) fileName: string;

  @Field({ description: 'The file, base64-encoded' })
  @IsString()
  @IsNotEmpty(msg('input.required'))
  @MaxLength(MAX_IMPORT_BASE64, msg('import.fileTooLarge', { maxMb: 20 }))
  contentBase64: string;
}

@ObjectType({ description: 'What is wrong with one cell of one row of an imported file' })
export class ImportProblem {
  @Field(() => Int) row: number;
  @Field({ description: 'The column as the file heads it' }) column: string;
  @Field({ description: "Why, in the user's language" }) message: string;
}

@ObjectType({ description: 'An import checked and counted, nothing written yet' })
export class ImportPreview {
  @Field(() => ID) id: string;
  @Field(() => ImportKind) kind: ImportKind;
  @Field() fileName: string;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) goodRows: number;
  @Field(() => Int) badRows: number;
  @Field(() => Int, { description: 'Good rows that would create a record' }) toCreate: number;
  @Field(() => Int, { description: 'Good rows that would fill in an existing record' }) toUpdate: number;
  @Field(() => Int, { description: 'Good rows already in the system as they are' }) unchanged: number;
  @Field(() => [ImportProblem]) problems: ImportProblem[];
}

@ObjectType()
export class ImportResult {
  @Field(() => ID) id: string;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int, { description: 'Bad rows left out (only when importing the good rows alone)' }) skippedRows: number;
}

@ObjectType()
export class ImportProgress {
  @Field(() => ID) id: string;
  @Field(() => Int) processed: number;
  @Field(() => Int) total: number;
  @Field() done: boolean;
}

@ObjectType()
export class ExportFile {
  @Field() fileName: string;
  @Field({ description: 'An .xlsx workbook, base64-encoded' }) contentBase64: string;
}

@ObjectType()
export class ExportColumnInfo {
  @Field() key: string;
  @Field({ description: "The column's heading in the user's language" }) label: string;
}
