import type { TFunction } from 'i18next';
import { ApiError } from '@chainboard/web-graphql';

/**
 * The text to show for an error: the API's own message (already in the user's language) when there is one,
 * otherwise a translated fallback for a network failure or anything unexpected.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    return error.code === 'NETWORK' ? t('errors.network') : t('errors.unknown');
  }
  return t('errors.unknown');
}
