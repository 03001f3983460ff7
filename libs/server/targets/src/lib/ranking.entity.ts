import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RankingFiguresType, RankingWeightsType } from './ranking.types';

/**
 * One subject's line of a published monthly ranking: frozen with the figures behind its score and the weights used,
 * so that later edits to the records or the weights do not change a published month.
 */
@ObjectType()
@Entity({ name: 'ranking_entry' })
@Index('ranking_entry_once', ['month', 'kind', 'subjectId'], { unique: true })
export class RankingEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'YYYY-MM' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field({ description: 'CHAIN or DEPARTMENT' })
  @Column({ type: 'varchar', length: 12 })
  kind: string;

  @Field(() => ID)
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field()
  @Column({ name: 'subject_name', type: 'varchar', length: 100 })
  subjectName: string;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  score: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  rank: number;

  @Field(() => RankingFiguresType, { description: 'The figures behind the score' })
  @Column({ type: 'jsonb' })
  figures: RankingFiguresType;

  @Field(() => RankingWeightsType, { description: 'The weights the score used' })
  @Column({ type: 'jsonb' })
  weights: RankingWeightsType;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @Field()
  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
