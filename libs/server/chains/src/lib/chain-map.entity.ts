import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ChainNode } from './chain-node.entity';
import { IndustryChain } from './industry-chain.entity';

/** A chain's map (产业链图谱): its nodes, from the focus directions down. */
@ObjectType()
@Entity({ name: 'chain_map' })
export class ChainMap {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @OneToOne(() => IndustryChain, (c) => c.map, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** All nodes of the map (GraphQL field `nodes`, resolved when asked). */
  @OneToMany(() => ChainNode, (s) => s.map)
  nodes: ChainNode[];
}
