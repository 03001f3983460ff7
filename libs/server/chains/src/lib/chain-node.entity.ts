import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NodePosition, NodeStatus, NodeStatusSource } from '@chainboard/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, VersionColumn } from 'typeorm';
import { ChainMap } from './chain-map.entity';

registerEnumType(NodePosition, { name: 'NodePosition' });
registerEnumType(NodeStatus, { name: 'NodeStatus' });
registerEnumType(NodeStatusSource, { name: 'NodeStatusSource', description: "Where a node's status comes from: the plan's words (依据规划) or an editor's judgement (编者判断)" });

/** A node of a chain map. At the top level (no parent) it is a focus direction (主攻方向). */
@ObjectType()
@Entity({ name: 'chain_segment' })
@Index('chain_segment_map_name', ['mapId', 'name'], { unique: true })
export class ChainNode {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'map_id', type: 'uuid' })
  mapId: string;

  @ManyToOne(() => ChainMap, (m) => m.nodes, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'map_id' })
  map: Relation<ChainMap>;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ChainNode, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<ChainNode> | null;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => NodePosition, { nullable: true, description: 'Upstream, midstream or downstream' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  position: NodePosition | null;

  @Field(() => NodeStatus, { description: 'Strong (强链), weak or missing (薄弱缺)' })
  @Column({ type: 'varchar', length: 16, default: NodeStatus.WEAK })
  status: NodeStatus;

  @Field(() => NodeStatusSource, { description: "Whether the status rests on the plan's words or on an editor's judgement" })
  @Column({ name: 'status_source', type: 'varchar', length: 16, default: NodeStatusSource.JUDGEMENT })
  statusSource: NodeStatusSource;

  @Field({ description: '高精尖: a node of the highest value' })
  @Column({ name: 'is_high_end', type: 'boolean', default: false })
  isHighEnd: boolean;

  @Field({ description: '重点: a key node' })
  @Column({ name: 'is_key', type: 'boolean', default: false })
  isKey: boolean;

  @Field(() => String, { nullable: true, description: 'GB/T 4754-2017 industry code, e.g. C3985' })
  @Column({ name: 'industry_code', type: 'varchar', length: 10, nullable: true })
  industryCode: string | null;

  @Field(() => Int, { description: 'Bumped on every change; send it back as expectedVersion' })
  @VersionColumn({ default: 1 })
  version: number;
}
