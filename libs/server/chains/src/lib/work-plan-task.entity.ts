import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, Relation } from 'typeorm';
import { TaskStatus } from '@chainboard/domain';
import { LocalDateScalar } from '@chainboard/server-core';
import { Department } from '@chainboard/server-users';
import { WorkPlan } from './work-plan.entity';

registerEnumType(TaskStatus, { name: 'TaskStatus' });

@ObjectType()
@Entity({ name: 'work_plan_task' })
export class WorkPlanTask {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'work_plan_id', type: 'uuid' })
  workPlanId: string;

  @ManyToOne(() => WorkPlan, (p) => p.tasks, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_plan_id' })
  workPlan: Relation<WorkPlan>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'owner_department_id', type: 'uuid', nullable: true })
  ownerDepartmentId: string | null;

  @Field(() => Department, { nullable: true, description: 'The department responsible (责任单位)' })
  @ManyToOne(() => Department, { nullable: true, onDelete: 'SET NULL', eager: true })
  @JoinColumn({ name: 'owner_department_id' })
  ownerDepartment: Relation<Department> | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => TaskStatus)
  @Column({ type: 'varchar', length: 16, default: TaskStatus.TODO })
  status: TaskStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @Field({ description: "True when the owner, due date and status were invented for demonstration (the plan names the task only)" })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
