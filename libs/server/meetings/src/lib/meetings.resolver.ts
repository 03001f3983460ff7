import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChainRef } from '@chainboard/server-chains';
import { AuditedExport, IdPipe, PageArgs } from '@chainboard/server-core';
import { Project, ProjectLoaders } from '@chainboard/server-projects';
import { Allow, CurrentUser, User, UserLoaders } from '@chainboard/server-users';
import {
  AddActionItemInput,
  AddMeetingItemInput,
  CloseOutIssueInput,
  CreateMeetingFromPreviousInput,
  CreateMeetingInput,
  RecordMeetingItemInput,
  ReorderMeetingItemsInput,
  SetMeetingStatusInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs';
import { ActionItem, Meeting, MeetingAttendee, MeetingIssueClosure, MeetingItem } from './meeting.entity';
import { MeetingFigures, MeetingPage, MeetingPaper } from './meeting.types';
import { MeetingLoaders } from './meeting-loaders';
import { MeetingsService, MY_ACTIONS_LIMIT_MAX } from './meetings.service';

/** The progress meeting's queries and mutations, and the fields of a meeting. */
@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly users: UserLoaders,
  ) {}

  @Allow('meeting.read')
  @Query(() => MeetingPage, { description: 'One page of the progress meetings (项目推进会), latest first, with the total; with a chain, those covering it' })
  meetings(
    @Args('chainId', { type: () => ID, nullable: true }, new IdPipe('chainId', { optional: true })) chainId?: string,
    @Args('page', { type: () => PageArgs, nullable: true }) page?: PageArgs,
  ): Promise<MeetingPage> {
    return this.service.page({ ...page, chainId: chainId ?? null });
  }

  @Allow('meeting.read')
  @Query(() => Meeting)
  meeting(@Args('id', { type: () => ID }, new IdPipe('meetingId')) id: string): Promise<Meeting> {
    return this.service.get(id);
  }

  @Allow('meeting.read')
  @Query(() => [MeetingFigures], { description: 'The figures of the held meetings covering a chain (or every meeting), oldest first' })
  meetingTrend(@CurrentUser() user: User, @Args('chainId', { type: () => ID, nullable: true }, new IdPipe('chainId', { optional: true })) chainId?: string): Promise<MeetingFigures[]> {
    return this.service.trend(user, chainId ?? null);
  }

  @AuditedExport('meetingMinutes')
  @Allow('meeting.read')
  @Query(() => MeetingPaper, { description: 'The minutes (会议纪要) as .docx: as frozen when the meeting was held, else as of now' })
  meetingMinutes(@CurrentUser() user: User, @Args('meetingId', { type: () => ID }, new IdPipe('meetingId')) meetingId: string): Promise<MeetingPaper> {
    return this.service.minutes(user, meetingId);
  }

  @AuditedExport('meetingLedger')
  @Allow('meeting.read')
  @Query(() => MeetingPaper, { description: "The ledger of the meeting's scope (调度表) as .xlsx: as frozen when held, else as of now" })
  meetingLedger(@CurrentUser() user: User, @Args('meetingId', { type: () => ID }, new IdPipe('meetingId')) meetingId: string): Promise<MeetingPaper> {
    return this.service.ledger(user, meetingId);
  }

  @Query(() => [ActionItem], { description: 'Your action items (督办事项): open ones, earliest due first (done ones too when asked); the first `limit` when given' })
  myActionItems(
    @CurrentUser() user: User,
    @Args('includeDone', { nullable: true, defaultValue: false }) includeDone: boolean,
    @Args('limit', { type: () => Int, nullable: true, description: `At most this many (1 to ${MY_ACTIONS_LIMIT_MAX}); a list that asks one more than it shows knows there are more` })
    limit?: number | null,
  ): Promise<ActionItem[]> {
    return this.service.myActions(user, includeDone, limit ?? null);
  }

  @Allow('meeting.manage')
  @Mutation(() => Meeting, { description: 'Plans a meeting; its agenda is built for the period since the scope held its previous one' })
  createMeeting(@CurrentUser() user: User, @Args('input') input: CreateMeetingInput): Promise<Meeting> {
    return this.service.create(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => Meeting, { description: 'Plans the next meeting of a scope with the same scope, chair, place and people' })
  createMeetingFromPrevious(@CurrentUser() user: User, @Args('input') input: CreateMeetingFromPreviousInput): Promise<Meeting> {
    return this.service.createFromPrevious(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => Meeting)
  updateMeeting(@CurrentUser() user: User, @Args('input') input: UpdateMeetingInput): Promise<Meeting> {
    return this.service.update(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => Meeting, { description: "Rebuilds a planned meeting's built items for its period up to today; added and recorded items stay" })
  refreshMeetingAgenda(@CurrentUser() user: User, @Args('meetingId', { type: () => ID }, new IdPipe('meetingId')) meetingId: string): Promise<Meeting> {
    return this.service.refreshAgenda(user, meetingId);
  }

  @Allow('meeting.manage')
  @Mutation(() => MeetingItem, { description: 'Adds an item to a planned meeting, at the end' })
  addMeetingItem(@CurrentUser() user: User, @Args('input') input: AddMeetingItemInput): Promise<MeetingItem> {
    return this.service.addItem(user, input);
  }

  @Allow('meeting.manage')
  @Mutation(() => Meeting, { description: 'Drops an item from a planned meeting' })
  removeMeetingItem(@CurrentUser() user: User, @Args('itemId', { type: () => ID }, new IdPipe('itemId')) itemId: string): Promise<Meeting> {
    return this.service.removeItem(user, itemId);
  }

  @Allow('meeting.manage')
  @Mutation(() => Meeting, { description: "Puts a planned meeting's items in a new order" })
  reorderMeetingItems(@CurrentUser() user: User, @Args('input') input: ReorderMeetingItemsInput): Promise<Meeting> {
    return this.service.reorderItems(user, input);
  }

  @Allow('meeting.record')
  @Mutation(() => MeetingItem, { description: 'Records the discussion and decisions of an item' })
  recordMeetingItem(@CurrentUser() user: User, @Args('input') input: RecordMeetingItemInput): Promise<MeetingItem> {
    return this.service.recordItem(user, input);
  }

  @Allow('meeting.record')
  @Mutation(() => ActionItem, { description: 'Adds an action item (督办事项) decided at the meeting' })
  addActionItem(@CurrentUser() user: User, @Args('input') input: AddActionItemInput): Promise<ActionItem> {
    return this.service.addAction(user, input);
  }

  @Mutation(() => ActionItem, { description: 'Ticks an action item off: its owner, or those who may edit actions on the meeting’s chains' })
  completeActionItem(@CurrentUser() user: User, @Args('actionId', { type: () => ID }, new IdPipe('actionId')) actionId: string): Promise<ActionItem> {
    return this.service.completeAction(user, actionId);
  }

  @Allow('meeting.record')
  @Mutation(() => MeetingIssueClosure, { description: 'Closes out (销号) a coordination issue at the meeting' })
  closeOutIssueAtMeeting(@CurrentUser() user: User, @Args('input') input: CloseOutIssueInput): Promise<MeetingIssueClosure> {
    return this.service.closeOutIssue(user, input);
  }

  @Allow('meeting.record')
  @Mutation(() => Meeting, { description: 'Moves a meeting on (planned → in progress → held); marking it held freezes its agenda and papers' })
  setMeetingStatus(@CurrentUser() user: User, @Args('input') input: SetMeetingStatusInput): Promise<Meeting> {
    return this.service.setStatus(user, input);
  }

  @ResolveField(() => [ChainRef], { description: 'The chains it covers (every chain when it covers all)' })
  async chains(@Parent() meeting: Meeting, @CurrentUser() user: User): Promise<ChainRef[]> {
    return this.service.scopeChains(user, meeting);
  }

  @ResolveField(() => User, { nullable: true })
  async chair(@Parent() meeting: Meeting, @Context() ctx: object): Promise<User | null> {
    return meeting.chairId ? this.users.user(ctx).load(meeting.chairId) : null;
  }

  @ResolveField(() => [MeetingAttendee])
  attendees(@Parent() meeting: Meeting): Promise<MeetingAttendee[]> {
    return this.service.attendees(meeting.id);
  }

  @ResolveField(() => [MeetingItem], { description: 'The agenda, in order' })
  items(@Parent() meeting: Meeting): Promise<MeetingItem[]> {
    return this.service.items(meeting.id);
  }

  @ResolveField(() => [ActionItem], { description: 'The action items decided at it' })
  actions(@Parent() meeting: Meeting): Promise<ActionItem[]> {
    return this.service.actions(meeting.id);
  }

  @ResolveField(() => [MeetingIssueClosure], { description: 'Issues closed out at it' })
  closures(@Parent() meeting: Meeting): Promise<MeetingIssueClosure[]> {
    return this.service.closures(meeting.id);
  }

  @ResolveField(() => MeetingFigures, { description: 'Frozen when held, live before' })
  figures(@Parent() meeting: Meeting, @CurrentUser() user: User): Promise<MeetingFigures> {
    return this.service.figures(user, meeting);
  }

  @ResolveField(() => Boolean, { description: 'Its agenda and papers are frozen (held)' })
  frozen(@Parent() meeting: Meeting): boolean {
    return meeting.status === 'HELD';
  }

  @ResolveField(() => Boolean, { description: 'You may prepare it: its agenda, people and place' })
  canManage(@Parent() meeting: Meeting, @CurrentUser() user: User): Promise<boolean> {
    return this.service.mayOn(user, 'meeting.manage', meeting);
  }

  @ResolveField(() => Boolean, { description: 'You may record notes, decisions, actions and close-outs at it' })
  canRecord(@Parent() meeting: Meeting, @CurrentUser() user: User): Promise<boolean> {
    return this.service.mayOn(user, 'meeting.record', meeting);
  }
}

/** The fields of an agenda item, an attendee and an action item. */
@Resolver(() => MeetingAttendee)
export class MeetingAttendeeFieldsResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => User, { nullable: true })
  async user(@Parent() a: MeetingAttendee, @Context() ctx: object): Promise<User | null> {
    return a.userId ? this.users.user(ctx).load(a.userId) : null;
  }
}

@Resolver(() => MeetingItem)
export class MeetingItemFieldsResolver {
  constructor(private readonly projects: ProjectLoaders) {}

  @ResolveField(() => Project, { nullable: true, description: 'The project as it is now (masked as for you)' })
  async project(@Parent() item: MeetingItem, @Context() ctx: object): Promise<Project | null> {
    return item.projectId ? this.projects.byId(ctx as never).load(item.projectId) : null;
  }
}

@Resolver(() => ActionItem)
export class ActionItemFieldsResolver {
  constructor(
    private readonly users: UserLoaders,
    private readonly projects: ProjectLoaders,
    private readonly meetings: MeetingLoaders,
    private readonly service: MeetingsService,
  ) {}

  @ResolveField(() => User, { nullable: true })
  async owner(@Parent() a: ActionItem, @Context() ctx: object): Promise<User | null> {
    return this.users.user(ctx).load(a.ownerId);
  }

  @ResolveField(() => Project, { nullable: true })
  async project(@Parent() a: ActionItem, @Context() ctx: object): Promise<Project | null> {
    return a.projectId ? this.projects.byId(ctx as never).load(a.projectId) : null;
  }

  @ResolveField(() => Meeting, { description: 'The meeting that decided it' })
  async meeting(@Parent() a: ActionItem, @Context() ctx: object): Promise<Meeting> {
    return (await this.meetings.meeting(ctx).load(a.meetingId)) ?? this.service.get(a.meetingId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The title of the coordination issue it is about' })
  async issueTitle(@Parent() a: ActionItem, @Context() ctx: object): Promise<string | null> {
    return a.issueId ? this.meetings.issueTitle(ctx).load(a.issueId) : null;
  }
}
