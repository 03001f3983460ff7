import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { TargetComparator } from '@chainboard/domain';
import { DecimalScalar } from '@chainboard/server-core';
import { IndustryChain } from './industry-chain.entity';

registerEnumType(TargetComparator, { name: 'TargetComparator', description: 'GT: 超过; GTE: 达到' });

/** A target the plan sets for a chain, e.g. 营业收入 达 150 亿元 by 2025. */
@ObjectType()
@Entity({ name: 'chain_target' })
export class ChainTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, (c) => c.targets, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field({ description: 'What is measured, e.g. 营业收入' })
  @Column({ type: 'varchar', length: 100 })
  metric: string;

  @Field(() => TargetComparator)
  @Column({ type: 'varchar', length: 8 })
  comparator: TargetComparator;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 18, scale: 4 })
  value: string;

  @Field({ description: 'Unit, e.g. 亿元 or 家' })
  @Column({ type: 'varchar', length: 16 })
  unit: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'baseline_year', type: 'int', nullable: true })
  baselineYear: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column({ name: 'baseline_value', type: 'numeric', precision: 18, scale: 4, nullable: true })
  baselineValue: string | null;

  @Field({ description: "The plan's own words" })
  @Column({ type: 'text', default: '' })
  quote: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
