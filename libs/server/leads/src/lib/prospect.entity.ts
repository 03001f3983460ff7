import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { Priority } from '@chainboard/domain';
import { ChainNode } from '@chainboard/server-chains';
import { User } from '@chainboard/server-users';
import { Company } from '@chainboard/server-companies';
import { Lead } from './lead.entity';

registerEnumType(Priority, { name: 'Priority' });

/** A company the district wants to attract onto a chain-map node (目标企业), with who pursues it and why. */
@ObjectType()
@Entity({ name: 'prospect' })
@Unique('prospect_once_per_node', ['nodeId', 'companyId'])
// The prospect table's order (the domain's priority rank, newest, id) as an expression index, made in the migration by hand.
@Index('prospect_table_order', { synchronize: false })
export class Prospect {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'segment_id', type: 'uuid' })
  nodeId: string;

  @Field(() => ChainNode)
  @ManyToOne(() => ChainNode, { nullable: false, onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'segment_id' })
  node: Relation<ChainNode>;

  @Field(() => ID)
  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Field(() => Company)
  @ManyToOne(() => Company, { nullable: false, onDelete: 'CASCADE', eager: true })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company>;

  @Field(() => Priority)
  @Column({ type: 'varchar', length: 8, default: Priority.MEDIUM })
  priority: Priority;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Field(() => User, { nullable: true, description: 'The staff member who pursues it' })
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL', eager: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee: Relation<User> | null;

  @Field()
  @Column({ type: 'text', default: '' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'The lead it became, once turned into one' })
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @ManyToOne(() => Lead, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_id' })
  lead: Relation<Lead> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
