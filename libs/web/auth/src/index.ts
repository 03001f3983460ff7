export { AuthProvider, useAuth, authKeys } from './lib/auth-context';
export type { AuthContextValue, Session } from './lib/auth-context';
export { RequireAuth } from './lib/RequireAuth';
export type { LoginRedirectState } from './lib/RequireAuth';
export { LoginPage, redirectTarget } from './lib/LoginPage';
export { useSignIn } from './lib/use-sign-in';
export { actorOf } from './lib/actor';
export type { CurrentUser } from './lib/actor';
