import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { InteractionType } from '@chainboard/domain';
import { Company } from '@chainboard/server-companies';
import { LocalDateScalar } from '@chainboard/server-core';
import { User } from '@chainboard/server-users';
import { Lead } from './lead.entity';

registerEnumType(InteractionType, { name: 'InteractionType' });

/** A contact with a company (a call, a visit, a meeting …), on a lead's and the company's timeline. */
@ObjectType()
@Entity({ name: 'interaction' })
// The staff's contacts by date (occurred_on, including created_by_id and lead_id; those with an author), for the lead activity figures; made in the migration by hand.
@Index('interaction_activity', { synchronize: false })
export class Interaction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Field(() => Company)
  @ManyToOne(() => Company, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company>;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @ManyToOne(() => Lead, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead: Relation<Lead> | null;

  @Field(() => InteractionType)
  @Column({ type: 'varchar', length: 16 })
  type: InteractionType;

  @Field(() => LocalDateScalar)
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Field({ description: 'Our people present' })
  @Column({ name: 'our_people', type: 'text', default: '' })
  ourPeople: string;

  @Field({ description: "The company's people present" })
  @Column({ name: 'their_people', type: 'text', default: '' })
  theirPeople: string;

  @Field()
  @Column({ type: 'text' })
  summary: string;

  @Field()
  @Column({ type: 'text', default: '' })
  outcome: string;

  @Field()
  @Column({ name: 'next_step', type: 'text', default: '' })
  nextStep: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => User, { nullable: true })
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<User> | null;

  @Index('interaction_search_tokens_gin', { synchronize: false })
  // Written with the record, read only by the search's SQL: left out of every entity read (tens of strings a row).
  @Column({ name: 'search_tokens', type: 'text', array: true, default: () => "'{}'", select: false })
  searchTokens: string[];

  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
