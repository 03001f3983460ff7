export * from './lib/meeting.entity';
export * from './lib/meeting.types';
export * from './lib/meetings.service';
export * from './lib/meeting-loaders';
export * from './lib/meetings.module';
export * from './lib/meetings.seed';
export * from './lib/papers';
export * from './lib/dto/meeting.inputs';
export { ActionItemFieldsResolver, MeetingAttendeeFieldsResolver, MeetingItemFieldsResolver, MeetingsResolver } from './lib/meetings.resolver';
