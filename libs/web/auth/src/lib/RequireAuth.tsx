import { Suspense, lazy, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

// The forced password change (a form, a card) is shown to few users and once: it loads only when needed, so the
// first page of everyone else does not carry antd's forms.
const ForcedPasswordChange = lazy(() => import('./ForcedPasswordChange').then((m) => ({ default: m.ForcedPasswordChange })));

export interface LoginRedirectState {
  /** Where to go back to after signing in. */
  from?: string;
}

/**
 * Route guard: renders its children (or the nested routes) for a signed-in user, otherwise goes to /login; a user who
 * must change their password sees only that until it is done.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { token, user, error, ended } = useAuth();
  const location = useLocation();

  if (!token) {
    // Come back here after signing in, unless the user signed out on purpose (the next one starts afresh).
    const state: LoginRedirectState | undefined = ended === 'signedOut' ? undefined : { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!user) {
    return error ? <ErrorAlert error={error} /> : <PageLoading tip={t('auth.checking')} />;
  }
  // A password set by an admin (or the seed) must be changed before anything else: nothing else is shown.
  if (user.mustChangePassword) {
    return (
      <Suspense fallback={<PageLoading />}>
        <ForcedPasswordChange />
      </Suspense>
    );
  }
  return <>{children ?? <Outlet />}</>;
}
