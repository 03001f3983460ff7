import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ComputedIndicator, IndicatorAttribute, IndicatorOrigin } from '@chainboard/domain';
import { DecimalScalar } from '@chainboard/server-core';

registerEnumType(IndicatorAttribute, { name: 'IndicatorAttribute', description: 'EXPECTED: 预期性; BINDING: 约束性' });
registerEnumType(IndicatorOrigin, { name: 'IndicatorOrigin', description: "TABLE_2: the plan's table 2; PLAN_TEXT: stated in the plan's text only" });
registerEnumType(ComputedIndicator, { name: 'ComputedIndicator', description: 'What the system computes an indicator from, instead of entered figures' });

/**
 * One of the plan's indicators (指标): a row of its table 2 (类别, 指标, 单位, 2020, 2025, 属性) or a target its text
 * states and the table omits. A value the plan gives in words (完成任务目标) is kept as text, a figure as an exact
 * decimal, "—" as neither.
 */
@ObjectType()
@Entity({ name: 'plan_indicator' })
export class PlanIndicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable key, e.g. industrial-gva' })
  @Column({ type: 'varchar', length: 60, unique: true })
  code: string;

  @Field({ description: '类别, e.g. 规模体量' })
  @Column({ type: 'varchar', length: 20 })
  category: string;

  @Field({ description: '指标, e.g. 全口径工业增加值' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'Unit, e.g. 亿元, %, 个, 亩' })
  @Column({ type: 'varchar', length: 16 })
  unit: string;

  @Field(() => Int)
  @Column({ name: 'baseline_year', type: 'int' })
  baselineYear: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'The baseline as a figure; null when the plan gives "—" or words' })
  @Column({ name: 'baseline_value', type: 'numeric', precision: 18, scale: 4, nullable: true })
  baselineValue: string | null;

  @Field(() => String, { nullable: true, description: 'The baseline in words (e.g. 完成任务目标)' })
  @Column({ name: 'baseline_text', type: 'varchar', length: 40, nullable: true })
  baselineText: string | null;

  @Field(() => Int)
  @Column({ name: 'target_year', type: 'int' })
  targetYear: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'The target as a figure; null when the plan gives words' })
  @Column({ name: 'target_value', type: 'numeric', precision: 18, scale: 4, nullable: true })
  targetValue: string | null;

  @Field(() => String, { nullable: true, description: 'The target in words (e.g. 完成任务目标)' })
  @Column({ name: 'target_text', type: 'varchar', length: 40, nullable: true })
  targetText: string | null;

  @Field({ description: 'A cumulative (累计 or 新增) figure counted from the start of the period: its path starts at zero' })
  @Column({ type: 'boolean', default: false })
  cumulative: boolean;

  @Field(() => IndicatorAttribute)
  @Column({ type: 'varchar', length: 10 })
  attribute: IndicatorAttribute;

  @Field(() => IndicatorOrigin)
  @Column({ type: 'varchar', length: 12 })
  origin: IndicatorOrigin;

  @Field(() => ComputedIndicator, { nullable: true, description: 'Set when the system computes the actual from its records' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  computed: ComputedIndicator | null;

  @Field({ description: "The plan's own words" })
  @Column({ type: 'text', default: '' })
  quote: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
