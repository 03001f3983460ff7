import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of the audit trail: a row of an audited table inserted, updated or deleted, by whom, when, through
 * which operation, with the fields before and after. Written by the database's audit trigger in the transaction of
 * the change (see the AuditTrail migration); the database refuses to update or delete it. The app only reads it.
 */
@ObjectType({ description: 'One change recorded in the audit trail' })
@Entity('audit_entry')
// The trail's orders (newest first, all, by record, by changed row, by user), made in the migration by hand.
@Index('audit_entry_at', { synchronize: false })
@Index('audit_entry_record', { synchronize: false })
@Index('audit_entry_entity', { synchronize: false })
@Index('audit_entry_actor', { synchronize: false })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_audit_entry' })
  id: string;

  @Field({ description: 'When the change was made (the transaction time)' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Who made it; none for the app’s own work (seed, sign-in before the user is known)' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The API operation that made it (e.g. moveProjectStage)' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  operation: string | null;

  @Field({ description: 'insert, update or delete (a soft delete is an update of deleted_at); sign_in, sign_in_failed or export, appended by the app' })
  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Field({ description: 'The table changed (e.g. project, project_funds)' })
  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  entityType: string;

  @Field({ description: 'The id of the row changed' })
  @Column({ name: 'entity_id', type: 'varchar', length: 200 })
  entityId: string;

  @Field({ description: 'The record the row belongs to (a project for its funds), or the row itself' })
  @Column({ name: 'record_type', type: 'varchar', length: 60 })
  recordType: string;

  @Field()
  @Column({ name: 'record_id', type: 'varchar', length: 200 })
  recordId: string;

  @Field(() => ID, { nullable: true, description: 'The chain of the record, where it has one' })
  @Column({ name: 'chain_id', type: 'uuid', nullable: true })
  chainId: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The fields before: the changed ones of an update, the whole row of a delete' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The fields after: the changed ones of an update, the whole row of an insert' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true, description: 'The client address of the request' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  address: string | null;
}
