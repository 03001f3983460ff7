import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { alignByKeys, requestLoader } from '@chainboard/server-core';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

/** The meetings feature's per-request loaders: a list of action items reads its meetings and issues in one batch each. */
@Injectable()
export class MeetingLoaders {
  constructor(private readonly service: MeetingsService) {}

  /** Meetings by id. */
  meeting(ctx: object): DataLoader<string, Meeting | null> {
    return requestLoader<string, Meeting | null>(ctx, 'meetings.meeting', async (ids) => alignByKeys(ids, await this.service.byIds(ids), (m) => m.id));
  }

  /** The titles of coordination issues by id, read through the projects feature. */
  issueTitle(ctx: object): DataLoader<string, string | null> {
    return requestLoader<string, string | null>(ctx, 'meetings.issueTitle', async (ids) =>
      alignByKeys(ids, await this.service.issuesByIds(ids), (i) => i.id).map((i) => i?.title ?? null),
    );
  }
}
