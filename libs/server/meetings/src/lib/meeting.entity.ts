import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { ActionItemStatus, MeetingItemKind, MeetingRefKind, MeetingStatus } from '@chainboard/domain';
import { LocalDateScalar } from '@chainboard/server-core';
import { CoordinationIssue, Project } from '@chainboard/server-projects';
import { User } from '@chainboard/server-users';

registerEnumType(MeetingStatus, { name: 'MeetingStatus', description: 'planned (计划召开) → in progress (进行中) → held (已召开, frozen)' });
registerEnumType(MeetingItemKind, { name: 'MeetingItemKind', description: 'What an agenda item is about' });
registerEnumType(MeetingRefKind, { name: 'MeetingRefKind', description: 'The kind of record an agenda item links to' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

/** A meeting's figures as frozen with it. */
export interface FrozenFigures {
  meetingId: string;
  title: string;
  heldOn: string;
  issueClosure: { closed: number; total: number; percent: number };
  closureByUnit: Array<{ unit: string | null; closed: number; total: number; percent: number }>;
  actionsOnTime: { onTime: number; due: number; percent: number };
  projectsMoved: number;
  signed: number;
  industrialisation: number;
  tier30Plus: number;
  tier10To30: number;
  signedAmount: string;
}

/** The papers of a held meeting as they were on the day: the agenda with what was recorded, the figures, the ledger. */
export interface FrozenMeeting {
  meeting: {
    title: string;
    heldOn: string;
    place: string | null;
    chair: string | null;
    attendees: string[];
    scope: string[];
    allChains: boolean;
    periodFrom: string;
    periodTo: string;
  };
  items: Array<{ position: number; kind: MeetingItemKind; title: string; summary: string | null; discussion: string | null; decisions: string[]; carriedCount: number }>;
  actions: Array<{ item: string | null; text: string; owner: string; dueOn: string; status: ActionItemStatus; project: string | null; issue: string | null }>;
  closures: Array<{ issue: string; project: string | null; resolution: string; closedOn: string }>;
  figures: FrozenFigures | null;
  ledger: Array<Record<string, string | number | null>>;
}

/** A progress meeting (项目推进会 / 调度会) of all chains or some. */
@ObjectType()
@Entity({ name: 'meeting' })
@Index(['scopeKey', 'heldOn'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Field({ description: 'The meeting covers every chain' })
  @Column({ name: 'all_chains', type: 'boolean', default: false })
  allChains: boolean;

  @Field(() => [ID], { description: 'The chains it covers (empty when all)' })
  @Column({ name: 'chain_ids', type: 'uuid', array: true, default: () => "'{}'" })
  chainIds: string[];

  /** 'ALL' or the sorted chain ids: meetings of one scope follow each other (period, carried-over actions). */
  @Column({ name: 'scope_key', type: 'varchar', length: 400 })
  scopeKey: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'chair_id', type: 'uuid', nullable: true })
  chairId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chair_id' })
  chair?: Relation<User> | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'varchar', length: 16, default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  @Field(() => LocalDateScalar, { description: 'The period the agenda covers begins after this day (the previous held meeting of the scope)' })
  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Field(() => LocalDateScalar, { description: 'The period the agenda covers ends on this day' })
  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'previous_meeting_id', type: 'uuid', nullable: true })
  previousMeetingId: string | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_meeting_id' })
  previousMeeting?: Relation<Meeting> | null;

  /** The papers as frozen when the meeting was marked held. */
  @Column({ name: 'frozen', type: 'jsonb', nullable: true })
  frozen: FrozenMeeting | null;

  /** The minutes (.docx) as generated when the meeting was marked held. */
  @Column({ name: 'minutes_docx', type: 'bytea', nullable: true, select: false })
  minutesDocx: Buffer | null;

  /** The ledger (调度表, .xlsx) as generated when the meeting was marked held. */
  @Column({ name: 'ledger_xlsx', type: 'bytea', nullable: true, select: false })
  ledgerXlsx: Buffer | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: Relation<User> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field({ description: 'Demo data (演示数据) invented by the seed' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** Who attends: a user, or a named guest (with their unit). */
@ObjectType()
@Entity({ name: 'meeting_attendee' })
@Index(['meetingId', 'position'])
export class MeetingAttendee {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @Column({ type: 'int' })
  position: number;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User> | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'guest_name', type: 'varchar', length: 100, nullable: true })
  guestName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'guest_unit', type: 'varchar', length: 200, nullable: true })
  guestUnit: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** One item of a meeting's agenda: built from the pipeline (its facts as they were) or added by the secretary. */
@ObjectType()
@Entity({ name: 'meeting_item' })
@Index(['meetingId', 'position'])
@Index('UQ_meeting_item_ref', ['meetingId', 'kind', 'refId'], { unique: true, where: '"ref_id" IS NOT NULL' })
export class MeetingItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => MeetingItemKind)
  @Column({ type: 'varchar', length: 24 })
  kind: MeetingItemKind;

  @Field(() => MeetingRefKind, { nullable: true, description: 'The kind of record the item links to' })
  @Column({ name: 'ref_kind', type: 'varchar', length: 16, nullable: true })
  refKind: MeetingRefKind | null;

  @Field(() => ID, { nullable: true, description: 'The record the item links to' })
  @Column({ name: 'ref_id', type: 'uuid', nullable: true })
  refId: string | null;

  @Field(() => ID, { nullable: true, description: 'The project the item is about (for the presenter view)' })
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project> | null;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'The facts of the item as they were when the agenda was built' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => Int, { description: 'For a carried-over action: how many meetings it has been open' })
  @Column({ name: 'carried_count', type: 'int', default: 0 })
  carriedCount: number;

  @Field(() => String, { nullable: true, description: 'Discussion note (讨论情况)' })
  @Column({ type: 'text', nullable: true })
  discussion: string | null;

  @Field(() => [String], { description: 'Decisions (会议决定)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  decisions: string[];

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** An action item (督办事项) decided at a meeting: tracked until done, carried to the next meetings while open. */
@ObjectType()
@Entity({ name: 'meeting_action' })
@Index(['ownerId', 'status'])
@Index(['meetingId'])
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId: string | null;

  @ManyToOne(() => MeetingItem, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<MeetingItem> | null;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Field(() => ID)
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User>;

  @Field(() => LocalDateScalar)
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project> | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  @ManyToOne(() => CoordinationIssue, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Relation<CoordinationIssue> | null;

  @Field(() => ActionItemStatus)
  @Column({ type: 'varchar', length: 8, default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Field(() => LocalDateScalar)
  @Column({ name: 'created_on', type: 'date' })
  createdOn: string;

  @Field()
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A coordination issue closed out (销号) at a meeting, through the projects feature. */
@ObjectType()
@Entity({ name: 'meeting_issue_closure' })
@Index(['meetingId'])
export class MeetingIssueClosure {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<Meeting>;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'item_id', type: 'uuid', nullable: true })
  itemId: string | null;

  @ManyToOne(() => MeetingItem, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'item_id' })
  item?: Relation<MeetingItem> | null;

  @Field(() => ID)
  @Column({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @ManyToOne(() => CoordinationIssue, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Relation<CoordinationIssue>;

  @Field()
  @Column({ type: 'text' })
  resolution: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'closed_on', type: 'date' })
  closedOn: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

export const MEETING_ENTITIES = [Meeting, MeetingAttendee, MeetingItem, ActionItem, MeetingIssueClosure];
