import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecimalScalar } from '@chainboard/server-core';
import { ChainTarget } from '@chainboard/server-chains';
import { PlanIndicator } from './plan-indicator.entity';

/** Where an actual comes from. */
export enum ActualSource {
  ENTERED = 'ENTERED',
  COMPUTED = 'COMPUTED',
  NONE = 'NONE',
}
registerEnumType(ActualSource, { name: 'ActualSource', description: 'ENTERED: entered with a source note; COMPUTED: counted from the records; NONE: no figure yet' });

@ObjectType({ description: 'Where an indicator or a chain target stands in a period: its actual against the straight path and the target' })
export class IndicatorStanding {
  @Field(() => PlanIndicator, { nullable: true }) indicator: PlanIndicator | null;
  @Field(() => ChainTarget, { nullable: true }) chainTarget: ChainTarget | null;
  @Field(() => ID, { nullable: true, description: "The chain of a chain target" }) chainId: string | null;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { nullable: true }) quarter: number | null;
  @Field(() => ActualSource) source: ActualSource;
  @Field(() => DecimalScalar, { nullable: true }) actual: string | null;
  @Field(() => String, { nullable: true, description: 'The actual in words' }) actualText: string | null;
  @Field(() => Int, { nullable: true, description: 'The period the actual is for (the latest entered up to the period asked)' }) actualYear: number | null;
  @Field(() => Int, { nullable: true }) actualQuarter: number | null;
  @Field(() => String, { nullable: true, description: 'Where the figure comes from; for a computed one, what it is counted from' }) sourceNote: string | null;
  @Field(() => ID, { nullable: true }) enteredById: string | null;
  @Field(() => Date, { nullable: true }) enteredAt: Date | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Where the straight path from baseline to target stands at the end of the period' }) expected: string | null;
  @Field(() => Float, { nullable: true, description: 'Actual against the path, percent' }) onPathPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual against the target, percent' }) completionPercent: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the actual has reached the path' }) onTrack: boolean | null;
}
