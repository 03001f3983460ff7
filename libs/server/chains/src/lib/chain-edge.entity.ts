import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';

/**
 * A supply relation between two nodes of the same chain map, from the supplier to the buyer.
 * The database refuses an edge to itself, a duplicate, and (by trigger) one that leaves its map.
 */
@ObjectType()
@Entity({ name: 'chain_edge' })
@Unique('chain_edge_pair', ['fromId', 'toId'])
@Check('chain_edge_not_loop', '"from_id" <> "to_id"')
export class ChainEdge {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'map_id', type: 'uuid' })
  mapId: string;

  @ManyToOne(() => ChainMap, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'map_id' })
  map: Relation<ChainMap>;

  @Field(() => ID, { description: 'The supplier node' })
  @Column({ name: 'from_id', type: 'uuid' })
  fromId: string;

  @ManyToOne(() => ChainNode, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_id' })
  from: Relation<ChainNode>;

  @Field(() => ID, { description: 'The buyer node' })
  @Index()
  @Column({ name: 'to_id', type: 'uuid' })
  toId: string;

  @ManyToOne(() => ChainNode, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_id' })
  to: Relation<ChainNode>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
