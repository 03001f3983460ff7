import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ChainTarget } from '@chainboard/server-chains';
import { DecimalScalar } from '@chainboard/server-core';
import { User } from '@chainboard/server-users';
import { PlanIndicator } from './plan-indicator.entity';

/**
 * An actual value of an indicator or of a chain's target for a year or a quarter, as entered, with where the
 * figure comes from and who entered it. Entering the same period again replaces the figure.
 */
@ObjectType()
@Entity({ name: 'indicator_actual' })
@Check('indicator_actual_one_subject', '(indicator_id IS NULL) <> (chain_target_id IS NULL)')
@Check('indicator_actual_quarter', 'quarter BETWEEN 0 AND 4')
@Index('indicator_actual_indicator_period', ['indicatorId', 'year', 'quarter'], { unique: true, where: 'indicator_id IS NOT NULL' })
@Index('indicator_actual_chain_target_period', ['chainTargetId', 'year', 'quarter'], { unique: true, where: 'chain_target_id IS NOT NULL' })
export class IndicatorActual {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'indicator_id', type: 'uuid', nullable: true })
  indicatorId: string | null;

  @ManyToOne(() => PlanIndicator, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator: Relation<PlanIndicator> | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'chain_target_id', type: 'uuid', nullable: true })
  chainTargetId: string | null;

  @ManyToOne(() => ChainTarget, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_target_id' })
  chainTarget: Relation<ChainTarget> | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  /** 1–4 for a quarter, 0 for the whole year (so that one period has one row). */
  @Column({ type: 'smallint', default: 0 })
  quarter: number;

  @Field(() => Int, { name: 'quarter', nullable: true, description: '1–4 for a quarter; null for the whole year' })
  get periodQuarter(): number | null {
    return this.quarter || null;
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure; null when the actual is given in words' })
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  value: string | null;

  @Field(() => String, { nullable: true, description: 'The actual in words, for an indicator the plan states in words' })
  @Column({ name: 'value_text', type: 'varchar', length: 200, nullable: true })
  valueText: string | null;

  @Field({ description: 'Where the figure comes from (e.g. 区统计局 2023 年统计公报)' })
  @Column({ name: 'source_note', type: 'text' })
  sourceNote: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'entered_by_id', type: 'uuid' })
  enteredById: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by_id' })
  enteredBy: Relation<User>;

  @Field()
  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz' })
  enteredAt: Date;
}
