export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';

// Building a DateTimeFormat costs about half a millisecond (it loads the zone's rules), formatting with one a few
// microseconds: each format is built once, on first use, and kept.
let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** The calendar date (YYYY-MM-DD) of an instant in the district's time zone. */
export function districtDate(instant: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  dateFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return dateFormat.format(instant);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** An instant as the district's date and time to the minute, "YYYY-MM-DD HH:mm" (Asia/Shanghai). */
export function districtDateTime(instant: Date): string {
  const parts = Object.fromEntries(
    (dateTimeFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }))
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}
