import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToMany, OneToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { IndustryChain } from './industry-chain.entity';
import { WorkPlanTask } from './work-plan-task.entity';

/** A chain's work plan (工作方案): tasks with owners and due dates. */
@ObjectType()
@Entity({ name: 'work_plan' })
export class WorkPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @OneToOne(() => IndustryChain, (c) => c.workPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain: Relation<IndustryChain>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** GraphQL field `tasks`, resolved when asked. */
  @OneToMany(() => WorkPlanTask, (t) => t.workPlan)
  tasks: WorkPlanTask[];
}
