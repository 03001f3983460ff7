import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuditEntry } from './audit-entry.entity';

@ObjectType({ description: 'The filtered audit trail as an .xlsx workbook (newest first, at most `cap` entries)' })
export class AuditTrailFile {
  @Field() fileName: string;
  @Field({ description: 'An .xlsx workbook, base64-encoded' }) contentBase64: string;
  @Field(() => Int, { description: 'Entries in the file' }) rows: number;
  @Field(() => Int, { description: 'Entries matching the filters' }) total: number;
  @Field(() => Int, { description: 'The most entries a file holds (the newest ones)' }) cap: number;
  @Field({ description: 'More entries matched than the file holds' }) capped: boolean;
}

@ObjectType({ description: 'One page of the audit trail, newest first' })
export class AuditEntryPage {
  @Field(() => Int, { description: 'Entries matching the filters, on all pages' }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [AuditEntry]) items: AuditEntry[];
}
