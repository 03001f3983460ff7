import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { LeadSource, LeadStatus } from '@chainboard/domain';
import { ChainNode, IndustryChain } from '@chainboard/server-chains';
import { Company } from '@chainboard/server-companies';
import { DecimalScalar, LocalDateScalar } from '@chainboard/server-core';
import { User } from '@chainboard/server-users';

registerEnumType(LeadStatus, { name: 'LeadStatus' });
registerEnumType(LeadSource, { name: 'LeadSource' });

/**
 * A lead (招商线索): a tip that a company might invest, with its source, owner and next step, placed on the
 * chain-map nodes it would fill. A confidential lead shows its code name to those without access.
 */
@ObjectType()
@Entity({ name: 'lead' })
// The recycle bin's order (deleted ones only), made in the migration by hand.
@Index('lead_deleted', { synchronize: false })
// The lead table's default order over the live leads (created_on DESC NULLS LAST, created_at DESC, id), made in the migration by hand.
@Index('lead_table_order', { synchronize: false })
export class Lead {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => Company, { nullable: true })
  @ManyToOne(() => Company, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company> | null;

  @Field(() => ID)
  @Index()
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field(() => LeadSource)
  @Column({ type: 'varchar', length: 24, default: LeadSource.OTHER })
  source: LeadSource;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field(() => User, { nullable: true, description: 'The staff member who works the lead' })
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner: Relation<User> | null;

  @Field(() => LeadStatus)
  @Index()
  @Column({ type: 'varchar', length: 16, default: LeadStatus.NEW })
  status: LeadStatus;

  @Field(() => String, { nullable: true, description: 'Why the lead was dropped or shelved' })
  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Intended investment in 亿元 (exact decimal)' })
  @Column({ name: 'intended_investment', type: 'numeric', precision: 18, scale: 4, nullable: true })
  intendedInvestment: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'next_action', type: 'text', nullable: true })
  nextAction: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Index()
  @Column({ name: 'next_action_due', type: 'date', nullable: true })
  nextActionDue: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Field(() => String, { nullable: true, description: 'Shown instead of the title and company to those without access' })
  @Column({ name: 'code_name', type: 'varchar', length: 100, nullable: true })
  codeName: string | null;

  @Field(() => ID, { nullable: true, description: 'The project the lead was converted into' })
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  /** District calendar date of the first contact, of the assessment, of the latest contact (kept by the service). */
  @Column({ name: 'first_contact_on', type: 'date', nullable: true })
  firstContactOn: string | null;

  @Column({ name: 'assessed_on', type: 'date', nullable: true })
  assessedOn: string | null;

  @Index()
  @Column({ name: 'last_contact_on', type: 'date', nullable: true })
  lastContactOn: string | null;

  /** District calendar date the lead was logged. */
  @Field(() => LocalDateScalar)
  @Column({ name: 'created_on', type: 'date' })
  createdOn: string;

  @Index('lead_search_tokens_gin', { synchronize: false })
  // Written with the record, read only by the search's SQL: left out of every entity read (tens of strings a row).
  @Column({ name: 'search_tokens', type: 'text', array: true, default: () => "'{}'", select: false })
  searchTokens: string[];

  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was deleted: a deleted lead is in the recycle bin until an admin restores it' })
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who deleted it' })
  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedById: string | null;
}

/** A chain-map node a lead would fill. A node with leads cannot be deleted without moving them first. */
@Entity({ name: 'lead_chain_node' })
export class LeadNode {
  @PrimaryColumn({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @ManyToOne(() => Lead, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead: Relation<Lead>;

  @Index()
  @PrimaryColumn({ name: 'segment_id', type: 'uuid' })
  nodeId: string;

  @ManyToOne(() => ChainNode, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  node: Relation<ChainNode>;
}
