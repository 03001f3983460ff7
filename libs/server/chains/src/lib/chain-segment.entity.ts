import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ChainMap } from './chain-map.entity';

/** A node of a chain map. At the top level (no parent) it is a focus direction (主攻方向). */
@ObjectType()
@Entity({ name: 'chain_segment' })
export class ChainSegment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'map_id', type: 'uuid' })
  mapId: string;

  @ManyToOne(() => ChainMap, (m) => m.segments, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'map_id' })
  map: Relation<ChainMap>;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ChainSegment, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<ChainSegment> | null;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;
}
