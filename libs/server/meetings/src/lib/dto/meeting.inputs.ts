import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { MEETING_LIMITS, MeetingRefKind, MeetingStatus } from '@chainboard/domain';
import { compose, DateInput, EnumInput, FlagInput, IdInput, LocalDateScalar, msg, TextInput, TextListInput } from '@chainboard/server-core';

@InputType({ description: 'An attendee: a user, or a named guest with their unit' })
export class MeetingAttendeeInput {
  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: MEETING_LIMITS.guest, nullable: true, allowBlank: true })
  guestName?: string | null;

  @Field(() => String, { nullable: true })
  @TextInput({ max: MEETING_LIMITS.place, nullable: true, allowBlank: true })
  guestUnit?: string | null;
}

const AttendeesInput = (): PropertyDecorator =>
  compose(IsOptional(), IsArray(msg('input.badFormat')), ArrayMaxSize(MEETING_LIMITS.attendees, msg('input.badFormat')), ValidateNested({ each: true }), Type(() => MeetingAttendeeInput));

@InputType({ description: 'A new progress meeting; its agenda is built for the period since the scope held its previous one' })
export class CreateMeetingInput {
  @Field()
  @TextInput({ max: MEETING_LIMITS.title })
  title: string;

  @Field(() => LocalDateScalar, { description: 'The day it is held: today or later' })
  @DateInput()
  heldOn: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: MEETING_LIMITS.place, nullable: true, allowBlank: true })
  place?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'The meeting covers every chain' })
  @FlagInput()
  allChains?: boolean;

  @Field(() => [ID], { nullable: true, description: 'The chains it covers (when not all)' })
  @IsOptional()
  @IsArray(msg('input.badFormat'))
  @IsUUID('all', msg('input.badId', {}, true))
  chainIds?: string[];

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  chairId?: string | null;

  @Field(() => [MeetingAttendeeInput], { nullable: true })
  @AttendeesInput()
  attendees?: MeetingAttendeeInput[];
}

@InputType({ description: 'The next meeting of a scope: same scope, chair, place and people as the previous one' })
export class CreateMeetingFromPreviousInput {
  @Field(() => ID)
  @IdInput()
  previousMeetingId: string;

  @Field(() => LocalDateScalar)
  @DateInput()
  heldOn: string;

  @Field(() => String, { nullable: true, description: "The previous meeting's title by default" })
  @TextInput({ max: MEETING_LIMITS.title, nullable: true, allowBlank: true })
  title?: string | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  @IdInput()
  meetingId: string;

  @Field({ nullable: true })
  @TextInput({ max: MEETING_LIMITS.title, optional: true })
  title?: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: MEETING_LIMITS.place, nullable: true, allowBlank: true })
  place?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  chairId?: string | null;

  @Field(() => [MeetingAttendeeInput], { nullable: true })
  @AttendeesInput()
  attendees?: MeetingAttendeeInput[];
}

@InputType({ description: 'An item the secretary adds to the agenda: a topic of its own, or one linking a record' })
export class AddMeetingItemInput {
  @Field(() => ID)
  @IdInput()
  meetingId: string;

  @Field()
  @TextInput({ max: MEETING_LIMITS.itemTitle })
  title: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: MEETING_LIMITS.note, nullable: true, allowBlank: true })
  summary?: string | null;

  @Field(() => MeetingRefKind, { nullable: true })
  @EnumInput(MeetingRefKind, { nullable: true })
  refKind?: MeetingRefKind | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  refId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The project the item is about' })
  @IdInput({ nullable: true })
  projectId?: string | null;
}

@InputType()
export class ReorderMeetingItemsInput {
  @Field(() => ID)
  @IdInput()
  meetingId: string;

  @Field(() => [ID], { description: "Every item of the meeting, in the new order" })
  @IsArray(msg('input.badFormat'))
  @IsUUID('all', msg('input.badId', {}, true))
  itemIds: string[];
}

@InputType({ description: 'What was said and decided on an item' })
export class RecordMeetingItemInput {
  @Field(() => ID)
  @IdInput()
  itemId: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: MEETING_LIMITS.note, nullable: true, allowBlank: true })
  discussion?: string | null;

  @Field(() => [String], { nullable: true, description: 'The decisions, replacing those recorded' })
  @TextListInput({ max: MEETING_LIMITS.decision, maxItems: MEETING_LIMITS.decisions })
  decisions?: string[];
}

@InputType({ description: 'An action item (督办事项): what, who, by when, about which project or issue' })
export class AddActionItemInput {
  @Field(() => ID)
  @IdInput()
  meetingId: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  itemId?: string | null;

  @Field()
  @TextInput({ max: MEETING_LIMITS.action })
  text: string;

  @Field(() => ID, { nullable: true, description: 'Required: the user responsible' })
  @IdInput({ nullable: true })
  ownerId?: string | null;

  @Field(() => LocalDateScalar)
  @DateInput()
  dueOn: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  issueId?: string | null;
}

@InputType({ description: 'Closes out (销号) a coordination issue at the meeting, with its resolution' })
export class CloseOutIssueInput {
  @Field(() => ID)
  @IdInput()
  meetingId: string;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  itemId?: string | null;

  @Field(() => ID)
  @IdInput()
  issueId: string;

  @Field()
  @TextInput({ max: MEETING_LIMITS.note })
  resolution: string;
}

@InputType()
export class SetMeetingStatusInput {
  @Field(() => ID)
  @IdInput()
  meetingId: string;

  @Field(() => MeetingStatus)
  @EnumInput(MeetingStatus)
  status: MeetingStatus;
}
