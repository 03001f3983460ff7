import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { ChainTrack } from '@chainboard/domain';
import { Department, User } from '@chainboard/server-users';
import { ChainMap } from './chain-map.entity';
import { ChainTarget } from './chain-target.entity';
import { PolicySet } from './policy-set.entity';
import { WorkPlan } from './work-plan.entity';

registerEnumType(ChainTrack, { name: 'ChainTrack', description: '技术优势赛道 or 融合创新赛道' });

/**
 * An industry chain (产业链) under the chain-leader scheme: exactly one leader, one lead department,
 * one chain map, one work plan and one policy set (the "五个1"). The database enforces each "one":
 * the leader and department columns are NOT NULL, and the map, plan and policy set each hold a
 * NOT NULL UNIQUE reference to the chain.
 */
@ObjectType()
@Entity({ name: 'industry_chain' })
export class IndustryChain {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable code, e.g. new-materials' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  @Field(() => ChainTrack)
  @Column({ type: 'varchar', length: 32 })
  track: ChainTrack;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => ID)
  @Column({ name: 'leader_id', type: 'uuid' })
  leaderId: string;

  /** 链长 (GraphQL field `leader`, resolved by ChainFieldsResolver when asked). */
  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id' })
  leader: Relation<User>;

  @Field(() => ID)
  @Column({ name: 'lead_department_id', type: 'uuid' })
  leadDepartmentId: string;

  /** 牵头部门 (GraphQL field `leadDepartment`, resolved when asked). */
  @ManyToOne(() => Department, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_department_id' })
  leadDepartment: Relation<Department>;

  // The map, work plan, policy set and targets are GraphQL fields resolved when asked (ChainFieldsResolver).
  @OneToOne(() => ChainMap, (m) => m.chain)
  map: Relation<ChainMap>;

  @OneToOne(() => WorkPlan, (p) => p.chain)
  workPlan: Relation<WorkPlan>;

  @OneToOne(() => PolicySet, (p) => p.chain)
  policySet: Relation<PolicySet>;

  @OneToMany(() => ChainTarget, (t) => t.chain)
  targets: ChainTarget[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
