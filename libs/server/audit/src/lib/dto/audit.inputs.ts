import { Field, ID, InputType } from '@nestjs/graphql';
import { DateInput, IdInput, LocalDateScalar, PageInput, TextInput } from '@chainboard/server-core';

/** Which entries of the audit trail, newest first: by record, by user, by date range (district calendar days). */
@InputType({ description: 'Filters and page of the audit trail' })
export class AuditEntriesInput extends PageInput {
  @Field(() => String, { nullable: true, description: 'The kind of record (company, lead, project, …): its own rows and its children’s' })
  @TextInput({ max: 60, nullable: true })
  recordType?: string | null;

  @Field(() => String, { nullable: true, description: 'One record (with recordType)' })
  @TextInput({ max: 200, nullable: true })
  recordId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes made by this user' })
  @IdInput({ nullable: true })
  actorId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'From this day (Asia/Shanghai), inclusive' })
  @DateInput({ nullable: true })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'To this day (Asia/Shanghai), inclusive' })
  @DateInput({ nullable: true })
  to?: string | null;
}
