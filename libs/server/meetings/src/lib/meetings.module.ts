import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainsModule } from '@chainboard/server-chains';
import { ClockModule } from '@chainboard/server-core';
import { LeadsModule } from '@chainboard/server-leads';
import { ProjectsModule } from '@chainboard/server-projects';
import { MEETING_ENTITIES } from './meeting.entity';
import { ActionItemFieldsResolver, MeetingAttendeeFieldsResolver, MeetingItemFieldsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingLoaders } from './meeting-loaders';
import { MeetingsService } from './meetings.service';

/**
 * The weekly progress meeting (项目推进会): meetings, their agenda built from the pipeline, what is recorded at
 * them, action items tracked until done, and the papers (minutes .docx, ledger .xlsx) frozen when a meeting is held.
 */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), ChainsModule, ClockModule, LeadsModule, ProjectsModule],
  providers: [MeetingsService, MeetingLoaders, MeetingsResolver, MeetingAttendeeFieldsResolver, MeetingItemFieldsResolver, ActionItemFieldsResolver],
  exports: [MeetingsService],
})
export class MeetingsModule {}
