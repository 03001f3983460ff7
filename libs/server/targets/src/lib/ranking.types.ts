import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsNumber, Max, Min } from 'class-validator';
import { RankingFigures, RankingWeights } from '@chainboard/domain';
import { msg } from '@chainboard/server-core';

@ObjectType('RankingWeights', { description: 'The weights of the six parts of the monthly ranking score' })
export class RankingWeightsType implements RankingWeights {
  @Field(() => Float) signedCount: number;
  @Field(() => Float) signedAmount: number;
  @Field(() => Float) fundsInPlace: number;
  @Field(() => Float) startedOnTime: number;
  @Field(() => Float) issuesClosedOnTime: number;
  @Field(() => Float) leadActivity: number;
}

@ObjectType('RankingFigures', { description: "A subject's month: the figures its score is computed from" })
export class RankingFiguresType implements RankingFigures {
  @Field(() => Int) signedCount: number;
  @Field(() => Float) signedCountTarget: number;
  @Field(() => Float, { description: '亿元' }) signedAmount: number;
  @Field(() => Float) signedAmountTarget: number;
  @Field(() => Float, { description: '亿元' }) fundsInPlace: number;
  @Field(() => Float) fundsInPlaceTarget: number;
  @Field(() => Int) startsDue: number;
  @Field(() => Int) startsOnTime: number;
  @Field(() => Int) issuesDue: number;
  @Field(() => Int) issuesClosedOnTime: number;
  @Field(() => Int) interactions: number;
}

@ObjectType({ description: 'The monthly targets each ranked subject is measured against, and the weights (AppSetting rankingConfig)' })
export class RankingConfig {
  @Field(() => RankingWeightsType) weights: RankingWeightsType;
  @Field(() => Float, { description: 'Projects signed a month' }) signedCountTarget: number;
  @Field(() => Float, { description: '亿元 signed a month' }) signedAmountTarget: number;
  @Field(() => Float, { description: '亿元 of funds in place a month' }) fundsInPlaceTarget: number;
}

const weight = () => (target: object, key: string | symbol) => {
  Field(() => Float)(target, key);
  IsNumber({}, msg('input.badDecimal'))(target, key as string);
  Min(0, msg('input.range', { min: 0, max: 1000 }))(target, key as string);
  Max(1000, msg('input.range', { min: 0, max: 1000 }))(target, key as string);
};

@InputType({ description: 'New ranking weights and monthly targets; weights ≥ 0, not all zero' })
export class RankingConfigInput {
  @weight() signedCount: number;
  @weight() signedAmount: number;
  @weight() fundsInPlace: number;
  @weight() startedOnTime: number;
  @weight() issuesClosedOnTime: number;
  @weight() leadActivity: number;
  @weight() signedCountTarget: number;
  @weight() signedAmountTarget: number;
  @weight() fundsInPlaceTarget: number;
}

@ObjectType({ description: 'A monthly ranking of chains or lead departments: live until published, frozen after' })
export class Ranking {
  @Field() month: string;
  @Field() kind: string;
  @Field({ description: 'Whether the month is published (its figures frozen)' }) published: boolean;
  @Field(() => [RankingLine]) lines: RankingLine[];
}

@ObjectType()
export class RankingLine {
  @Field() subjectId: string;
  @Field() subjectName: string;
  @Field(() => Float) score: number;
  @Field(() => Int) rank: number;
  @Field(() => RankingFiguresType) figures: RankingFiguresType;
  @Field(() => RankingWeightsType) weights: RankingWeightsType;
}
