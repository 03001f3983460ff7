import type { TFunction } from 'i18next';
import { districtDate } from '@chainboard/domain';

/** An amount in 亿元 exactly as the API wrote it (a decimal string, never a float), or a dash when unknown. */
export function formatInvestment(value: string | null | undefined, t: TFunction): string {
  if (value === null || value === undefined || value.trim() === '') return t('common.none');
  return t('money.yi', { value });
}

/** An instant (the API's DateTime) as the district's calendar date, YYYY-MM-DD. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : districtDate(date);
}

/** Province and city in one line ("四川省 成都市"), or an empty string. */
export function formatRegion(province: string | null | undefined, city: string | null | undefined): string {
  return [province, city].filter((part) => part && part.trim()).join(' ');
}
