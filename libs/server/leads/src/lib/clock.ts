// The clock lives in core so that every feature reads the same one; re-exported for the leads feature's callers.
export { CLOCK, Clock, ClockModule, SystemClock, todayOf } from '@chainboard/server-core';
