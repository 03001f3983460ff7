import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { LeadStatus } from '@chainboard/domain';
import { ChainSegment, IndustryChain } from '@chainboard/server-chains';
import { Company } from '@chainboard/server-companies';

registerEnumType(LeadStatus, { name: 'LeadStatus' });

/** A lead (招商线索): a tip that a company might invest, placed on the chain-map nodes it would fill. */
@ObjectType()
@Entity({ name: 'lead' })
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
  @ManyToOne(() => Company, { nullable: true, onDelete: 'RESTRICT', eager: true })
  @JoinColumn({ name: 'company_id' })
  company: Relation<Company> | null;

  @Field(() => ID)
  @Index()
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field(() => LeadStatus)
  @Column({ type: 'varchar', length: 16, default: LeadStatus.NEW })
  status: LeadStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
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
  segmentId: string;

  @ManyToOne(() => ChainSegment, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  segment: Relation<ChainSegment>;
}
