import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuditEntry } from './audit-entry.entity';

@ObjectType({ description: 'One page of the audit trail, newest first' })
export class AuditEntryPage {
  @Field(() => Int, { description: 'Entries matching the filters, on all pages' }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [AuditEntry]) items: AuditEntry[];
}
