import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Index, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, Relation } from 'typeorm';
import { LocalDateScalar } from '@chainboard/server-core';
import { PolicySet } from './policy-set.entity';

@ObjectType()
@Entity({ name: 'policy' })
@Check('policy_valid_range', '"valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" >= "valid_from"')
export class Policy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'policy_set_id', type: 'uuid' })
  policySetId: string;

  @ManyToOne(() => PolicySet, (s) => s.policies, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_set_id' })
  policySet: Relation<PolicySet>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: '文号, e.g. 武府办发〔2022〕12号' })
  @Column({ name: 'document_number', type: 'varchar', length: 100, default: '' })
  documentNumber: string;

  @Field({ description: '发文机关' })
  @Column({ type: 'varchar', length: 200, default: '' })
  issuer: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Field({ description: 'True when details were invented for demonstration' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
