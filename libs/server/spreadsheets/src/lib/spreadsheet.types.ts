import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { EnumInput, msg, TextInput } from '@chainboard/server-core';

export enum ImportKind {
  COMPANIES = 'COMPANIES',
  LEADS = 'LEADS',
  PROJECTS = 'PROJECTS',
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

/** Where a column's field in a preview came from. */
export enum ImportFieldOrigin {
  /** The heading is one of the field's synonyms. */
  HEADING = 'HEADING',
  /** The heading is unknown; the column's content looks like the field's. */
  CONTENT = 'CONTENT',
  /** The user's saved mapping for files with these headings. */
  SAVED = 'SAVED',
  /** Chosen by the user in this mapping. */
  USER = 'USER',
  /** No field: the column is not imported. */
  NONE = 'NONE',
}

registerEnumType(ImportKind, { name: 'ImportKind' });
registerEnumType(ImportFieldOrigin, { name: 'ImportFieldOrigin' });
registerEnumType(ImportMode, { name: 'ImportMode' });
registerEnumType(ExportTable, { name: 'ExportTable' });

/** The largest file accepted, as base64 text (about 20 MB of file). */
export const MAX_IMPORT_BASE64 = 28_000_000;

@InputType({ description: 'Which field one column of the file fills' })
export class ImportColumnMappingInput {
  @Field(() => Int, { description: 'The column number (1 = A)' }) @IsInt() @Min(1) index: number;
  @Field(() => String, { nullable: true, description: 'The field; null: the column is not imported' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  field?: string | null;
}

@InputType({ description: 'What one value of a column naming something in the system stands for' })
export class ImportValueMappingInput {
  @Field() @IsString() @MaxLength(40) field: string;
  @Field({ description: 'The value as the file writes it' }) @IsString() @MaxLength(500) value: string;
  @Field({ description: "The record's id (a chain, a user, a unit), a stage or source code, @importer (a person left to the importer) or @refuse (refuse its rows)" })
  @IsString()
  @MaxLength(64)
  target: string;
}

@InputType()
export class ImportMappingInput {
  @Field(() => [ImportColumnMappingInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ImportColumnMappingInput)
  columns: ImportColumnMappingInput[];

  @Field(() => [ImportValueMappingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => ImportValueMappingInput)
  values?: ImportValueMappingInput[] | null;
}

@InputType()
export class PreviewImportInput {
  @Field(() => ImportKind) @EnumInput(ImportKind) kind: ImportKind;
  @Field({ description: 'The file name, ending in .xlsx or .csv' }) @TextInput({ max: 200 }) fileName: string;

  @Field({ description: 'The file, base64-encoded' })
  @IsString()
  @IsNotEmpty(msg('input.required'))
  @MaxLength(MAX_IMPORT_BASE64, msg('import.fileTooLarge', { maxMb: 20 }))
  contentBase64: string;

  @Field(() => ImportMappingInput, { nullable: true, description: "The user's mapping; without it, the saved mapping for these headings or the suggested one" })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImportMappingInput)
  mapping?: ImportMappingInput | null;
}

@ObjectType({ description: 'One column of the file and the field it fills' })
export class ImportColumn {
  @Field(() => Int) index: number;
  @Field({ description: 'The column letter, A, B, …' }) letter: string;
  @Field({ description: 'The heading as the file writes it (empty when it has none)' }) heading: string;
  @Field(() => String, { nullable: true, description: 'The field it fills; null: not imported' }) field: string | null;
  @Field(() => String, { nullable: true, description: 'What the heading or the content suggests' }) suggestedField: string | null;
  @Field(() => ImportFieldOrigin) origin: ImportFieldOrigin;
  @Field(() => [String], { description: 'The first few values' }) samples: string[];
}

@ObjectType({ description: 'A field an import fills' })
export class ImportFieldInfo {
  @Field() field: string;
  @Field({ description: "Its label in the user's language" }) label: string;
  @Field() required: boolean;
  @Field(() => String, { nullable: true, description: 'How it is derived when the file has no column for it' }) derived: string | null;
}

@ObjectType({ description: 'A record a value can stand for' })
export class ImportTarget {
  @Field() target: string;
  @Field() label: string;
}

@ObjectType({ description: 'One distinct value of a reference column, how many rows have it and what it stands for' })
export class ImportValue {
  @Field() value: string;
  @Field(() => Int) rows: number;
  @Field(() => String, { nullable: true, description: 'The match found by name or code' }) suggested: string | null;
  @Field(() => String, { nullable: true, description: 'What it stands for now (the choice, else the match); null: unmatched, its rows refused' }) target: string | null;
  @Field(() => String, { nullable: true }) targetLabel: string | null;
}

@ObjectType({ description: 'The distinct values of a column naming something in the system' })
export class ImportValueGroup {
  @Field() field: string;
  @Field() label: string;
  @Field({ description: 'The column as the file heads it' }) column: string;
  @Field({ description: 'Whether an unmatched value may be left to the importer (a person)' }) mayLeaveToImporter: boolean;
  @Field(() => [ImportValue]) values: ImportValue[];
  @Field(() => [ImportTarget], { description: 'What its values can be mapped to' }) options: ImportTarget[];
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
  @Field(() => Int, { description: 'The row of the headings' }) headerRow: number;
  @Field(() => [ImportColumn], { description: 'Every column of the file, with the field it fills or none' }) columns: ImportColumn[];
  @Field(() => [ImportFieldInfo], { description: 'The fields this kind of import fills' }) fields: ImportFieldInfo[];
  @Field(() => [ImportValueGroup]) values: ImportValueGroup[];
  @Field({ description: "The user's saved mapping for these headings was applied" }) mappingSaved: boolean;
  @Field({ description: 'The mapping should be shown to the user before the preview (no saved mapping applied)' }) needsMapping: boolean;
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
  @Field({ description: 'Cancelled by the user: nothing was written' }) cancelled: boolean;
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
