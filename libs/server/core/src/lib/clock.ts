import { Injectable, Module } from '@nestjs/common';
import { districtDate } from '@chainboard/domain';

/** The Nest provider token of the clock that time rules read (lead deadlines, project health lights, export stamps). */
export const CLOCK = 'CLOCK';

export interface Clock {
  now(): Date;
}

/**
 * The real clock. Test-only hook: `app.get<SystemClock>(CLOCK).pin('2025-11-27T09:00:00+08:00')` makes `now()`
 * answer that instant for the rest of the test (pin(null) lets it run again). Nothing else calls pin().
 */
@Injectable()
export class SystemClock implements Clock {
  private pinned: Date | null = null;

  now(): Date {
    return this.pinned ? new Date(this.pinned.getTime()) : new Date();
  }

  /** Test-only: fixes the time `now()` answers, or releases it with null. */
  pin(at: Date | string | null): void {
    this.pinned = at === null ? null : new Date(at);
  }
}

/** Today's date in the district's calendar (Asia/Shanghai), by the given clock. */
export function todayOf(clock: Clock): string {
  return districtDate(clock.now());
}

/** The one clock of the app: every feature module that reads the time imports this module, so all read the same instance. */
@Module({
  providers: [{ provide: CLOCK, useClass: SystemClock }],
  exports: [CLOCK],
})
export class ClockModule {}
