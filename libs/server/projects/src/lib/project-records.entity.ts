import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { CoordinationIssueStatus, FundsKind, ProjectStage } from '@chainboard/domain';
import { DecimalScalar, LocalDateScalar } from '@chainboard/server-core';
import { Department, User } from '@chainboard/server-users';
import { Project } from './project.entity';

registerEnumType(FundsKind, { name: 'FundsKind', description: 'Domestic (内资) or foreign (外资) funds' });
registerEnumType(CoordinationIssueStatus, { name: 'CoordinationIssueStatus', description: 'open (交办) → in progress (督办) → closed out (销号)' });

/** Where a stage move came from: the app, an import, or the seed. */
export enum StageMoveSource {
  APP = 'APP',
  IMPORT = 'IMPORT',
  SEED = 'SEED',
}
registerEnumType(StageMoveSource, { name: 'StageMoveSource' });

/**
 * One stage move of a project, written in the same transaction as the move itself (a refused move writes none).
 * The plan's figures are computed from this log: a project counts from the effective date of its SIGNED move and
 * stops on the effective date of its DROPPED move; a backdated move keeps both its effective and its recorded date.
 */
@ObjectType()
@Entity({ name: 'project_stage_log' })
@Index(['projectId', 'id'])
// The moves by stage (to_stage, project_id, effective_on): the counters' SIGNED and DROPPED dates, made in the migration by hand.
@Index('project_stage_log_moves', { synchronize: false })
export class ProjectStageLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field(() => ProjectStage, { nullable: true })
  @Column({ name: 'from_stage', type: 'varchar', length: 24, nullable: true })
  fromStage: ProjectStage | null;

  @Field(() => ProjectStage)
  @Index()
  @Column({ name: 'to_stage', type: 'varchar', length: 24 })
  toStage: ProjectStage;

  @Field(() => LocalDateScalar, { description: 'When the move took effect (may be backdated)' })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Field({ description: 'When the move was recorded' })
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given for a hold or a drop' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => StageMoveSource)
  @Column({ type: 'varchar', length: 8, default: StageMoveSource.APP })
  source: StageMoveSource;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** Money that actually arrived for a project (到位资金), in 亿元. */
@ObjectType('ProjectFunds')
@Entity({ name: 'project_funds' })
export class ProjectFunds {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field(() => DecimalScalar, { description: '亿元' })
  @Column({ type: 'numeric', precision: 18, scale: 4 })
  amount: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Field(() => FundsKind)
  @Column({ type: 'varchar', length: 16 })
  kind: FundsKind;

  @Field(() => String, { nullable: true, description: 'Where the money came from, as the assessment needs it' })
  @Column({ name: 'source_note', type: 'text', nullable: true })
  sourceNote: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by' })
  enteredBy?: Relation<User> | null;

  @Field()
  @CreateDateColumn({ name: 'entered_at', type: 'timestamptz' })
  enteredAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A planned step of a project with its planned and actual dates; an open milestone past its date turns the light. */
@ObjectType()
@Entity({ name: 'project_milestone' })
// The open milestones by project and date (actual_on IS NULL): the light's earliest late one, made in the migration by hand.
@Index('project_milestone_open', { synchronize: false })
export class ProjectMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'planned_on', type: 'date' })
  plannedOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was reached; null while open' })
  @Column({ name: 'actual_on', type: 'date', nullable: true })
  actualOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A progress update (进展) on a project: what happened, by whom, when. */
@ObjectType()
@Entity({ name: 'project_update' })
@Index(['projectId', 'createdAt'])
export class ProjectUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User> | null;

  @Field(() => LocalDateScalar, { description: 'District calendar date of the update' })
  @Column({ name: 'created_on', type: 'date' })
  createdOn: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A coordination request on a project (问题清单 / 需协调事项): what is needed, from whom, by when; closed out (销号) when solved. */
@ObjectType()
@Entity({ name: 'coordination_issue' })
export class CoordinationIssue {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Field({ description: 'What is needed' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit asked to solve it' })
  @Index()
  @Column({ name: 'from_department_id', type: 'uuid', nullable: true })
  fromDepartmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_department_id' })
  fromDepartment?: Relation<Department> | null;

  @Field(() => String, { nullable: true, description: 'The unit asked, as free text (one outside the department list)' })
  @Column({ name: 'from_unit', type: 'varchar', length: 200, nullable: true })
  fromUnit: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'raised_by' })
  raisedBy?: Relation<User> | null;

  @Field(() => LocalDateScalar)
  @Column({ name: 'raised_on', type: 'date' })
  raisedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => CoordinationIssueStatus)
  @Index()
  @Column({ type: 'varchar', length: 16, default: CoordinationIssueStatus.OPEN })
  status: CoordinationIssueStatus;

  @Field(() => String, { nullable: true, description: 'How it was solved (on close-out)' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by' })
  closedBy?: Relation<User> | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened' })
  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** One status move of a coordination issue (taken up, closed out with the resolution, reopened with the reason). */
@ObjectType()
@Entity({ name: 'coordination_issue_event' })
@Index(['issueId', 'id'])
export class CoordinationIssueEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @ManyToOne(() => CoordinationIssue, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Relation<CoordinationIssue>;

  @Field(() => CoordinationIssueStatus, { nullable: true, description: 'Null when the issue was raised' })
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: CoordinationIssueStatus | null;

  @Field(() => CoordinationIssueStatus)
  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: CoordinationIssueStatus;

  @Field(() => String, { nullable: true, description: 'The resolution (closing) or the reason (reopening)' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  @Field()
  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed, not a fact of the plan' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** What a timeline entry records. */
export enum ProjectEventKind {
  CREATED = 'CREATED',
  FIELDS_CHANGED = 'FIELDS_CHANGED',
  STAGE_MOVED = 'STAGE_MOVED',
  PROGRESS_UPDATE = 'PROGRESS_UPDATE',
  FUNDS_ADDED = 'FUNDS_ADDED',
  FUNDS_REMOVED = 'FUNDS_REMOVED',
  MILESTONE_ADDED = 'MILESTONE_ADDED',
  MILESTONE_CHANGED = 'MILESTONE_CHANGED',
  MILESTONE_REMOVED = 'MILESTONE_REMOVED',
  ISSUE_RAISED = 'ISSUE_RAISED',
  ISSUE_STARTED = 'ISSUE_STARTED',
  ISSUE_CLOSED = 'ISSUE_CLOSED',
  ISSUE_REOPENED = 'ISSUE_REOPENED',
}
registerEnumType(ProjectEventKind, { name: 'ProjectEventKind' });

/** What one timeline entry holds, by kind (stored as JSON; see ProjectEvent's GraphQL fields). */
export interface ProjectEventData {
  changes?: Array<{ field: string; from: string | null; to: string | null }>;
  fromStage?: ProjectStage | null;
  toStage?: ProjectStage;
  effectiveOn?: string;
  note?: string | null;
  reason?: string | null;
  text?: string;
  updateId?: string;
  amount?: string;
  fundsKind?: FundsKind;
  receivedOn?: string;
  fundsId?: string;
  milestoneId?: string;
  milestoneName?: string;
  plannedOn?: string;
  actualOn?: string | null;
  issueId?: string;
  issueTitle?: string;
  resolution?: string | null;
  leadId?: string | null;
}

/** The project's timeline: one row per change, written by the service in the change's transaction. */
@Entity({ name: 'project_event' })
@Index(['projectId', 'id'])
export class ProjectEventRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'varchar', length: 24 })
  kind: ProjectEventKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: ProjectEventData;

  /** Demo data (演示数据) invented by the seed, not a fact of the plan. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
