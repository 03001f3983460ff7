import { lazy } from 'react';

export { AuthProvider, useAuth, authKeys } from './lib/auth-context';
export type { AuthContextValue, Session, SessionEnd } from './lib/auth-context';
export { RequireAuth } from './lib/RequireAuth';
export type { LoginRedirectState } from './lib/RequireAuth';
export { redirectTarget } from './lib/redirect';
export { useSignIn } from './lib/use-sign-in';
export { useChangePassword } from './lib/use-change-password';
export { ChangePasswordForm, CHANGE_PASSWORD_FIELDS } from './lib/ChangePasswordForm';
export type { ChangePasswordValues } from './lib/ChangePasswordForm';
export { ForcedPasswordChange } from './lib/ForcedPasswordChange';
export { actorOf } from './lib/actor';
export type { CurrentUser } from './lib/actor';

/** The sign-in page, loaded on first visit (render it inside <Suspense>). */
export const LoginPage = lazy(() => import('./lib/LoginPage').then((m) => ({ default: m.LoginPage })));

/** The signed-in user's change-password page (render it inside <Suspense>). */
export const ChangePasswordPage = lazy(() => import('./lib/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));
