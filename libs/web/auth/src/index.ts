import { lazy } from 'react';

export { AuthProvider, useAuth, authKeys } from './lib/auth-context';
export type { AuthContextValue, Session, SessionEnd } from './lib/auth-context';
export { RequireAuth } from './lib/RequireAuth';
export type { LoginRedirectState } from './lib/RequireAuth';
export { redirectTarget } from './lib/redirect';
export { useSignIn } from './lib/use-sign-in';
export { actorOf } from './lib/actor';
export type { CurrentUser } from './lib/actor';

/** The sign-in page, loaded on first visit (render it inside <Suspense>). */
export const LoginPage = lazy(() => import('./lib/LoginPage').then((m) => ({ default: m.LoginPage })));
