import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert, PageLoading } from '@chainboard/web-ui';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth-context';

export interface LoginRedirectState {
  /** Where to go back to after signing in. */
  from?: string;
}

/** Route guard: renders its children (or the nested routes) for a signed-in user, otherwise goes to /login. */
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
  return <>{children ?? <Outlet />}</>;
}
