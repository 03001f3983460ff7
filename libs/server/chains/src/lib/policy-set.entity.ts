import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { IndustryChain } from './industry-chain.entity';
import { Policy } from './policy.entity';

/** A chain's policy set (支持政策). */
@ObjectType()
@Entity({ name: 'policy_set' })
export class PolicySet {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @OneToOne(() => IndustryChain, (c) => c.policySet, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** GraphQL field `policies`, resolved when asked. */
  @OneToMany(() => Policy, (p) => p.policySet)
  policies: Policy[];
}
