import dayjs, { type Dayjs } from 'dayjs';
import { districtDate } from '@chainboard/domain';

/** How dates travel between the pickers and the API: district calendar dates. */
export const LOCAL_DATE_FORMAT = 'YYYY-MM-DD';

/** Today in the district (Asia/Shanghai), as a date picker's value; `now` is injectable for tests. */
export function districtTodayValue(now: Date = new Date()): Dayjs {
  return dayjs(districtDate(now), LOCAL_DATE_FORMAT);
}

/** Whether a picked date lies after today in the district (moves, funds and milestones reached are not postdated). */
export function isAfterDistrictToday(date: Dayjs, now: Date = new Date()): boolean {
  return date.format(LOCAL_DATE_FORMAT) > districtDate(now);
}

/** A picker's value as YYYY-MM-DD, or null. */
export function dateText(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format(LOCAL_DATE_FORMAT) : null;
}

/** A YYYY-MM-DD date as a picker's value, or null. */
export function dateValue(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, LOCAL_DATE_FORMAT) : null;
}

/**
 * An amount as typed, for the API's exact decimals: full-width digits and point made half-width, spaces and
 * thousands separators dropped; null when empty. Whether it is a valid amount is the domain's and the API's call.
 */
export function normalizeAmount(value: string | null | undefined): string | null {
  const cleaned = (value ?? '').replace(/[\uFF10-\uFF19\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\s,\uFF0C]/g, '');
  return cleaned.length ? cleaned : null;
}

/** Trimmed text, or null when blank. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length ? trimmed : null;
}
