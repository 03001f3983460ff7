import type { LoginRedirectState } from './RequireAuth';

/** Where to go after signing in: back to the page that sent the user here, never off the app. */
export function redirectTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login')
    ? from
    : '/';
}
