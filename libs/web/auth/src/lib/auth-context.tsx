import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { configureApiClient, request, tokenStore } from '@chainboard/web-graphql';
import type { CurrentUser } from './actor';
import { meQuery } from './documents';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export interface Session {
  token: string;
  user: CurrentUser;
}

export interface AuthContextValue {
  /** The bearer token; null when signed out. */
  token: string | null;
  /** The signed-in user, once the `me` query (or sign-in) has told us; null before that or when signed out. */
  user: CurrentUser | null;
  /** Why the current user could not be loaded, if it could not. */
  error: unknown;
  /** How the last session ended: signed out on purpose, or refused by the API (e.g. the token expired). */
  ended: SessionEnd | null;
  /** Starts a session from a successful sign-in. */
  startSession: (session: Session) => void;
  /** Ends the session: forgets the token and every cached answer. */
  signOut: () => void;
}

export type SessionEnd = 'signedOut' | 'expired';

const AuthContext = createContext<AuthContextValue | null>(null);

/** Holds the session: the token (kept in localStorage) and the current user (the `me` query). */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(() => tokenStore.get());
  const [ended, setEnded] = useState<SessionEnd | null>(null);

  const forget = useCallback(
    (reason: SessionEnd) => {
      setToken(null);
      setEnded(reason);
      queryClient.clear();
    },
    [queryClient],
  );

  // The API client drops the token itself when the API answers UNAUTHENTICATED; the app then forgets the user
  // and the route guard sends them to the sign-in page.
  useEffect(() => {
    configureApiClient({ onUnauthenticated: () => forget('expired') });
  }, [forget]);

  const me = useQuery({
    queryKey: authKeys.me,
    queryFn: async () => (await request(meQuery)).me,
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });

  const startSession = useCallback(
    (session: Session) => {
      tokenStore.set(session.token);
      queryClient.setQueryData(authKeys.me, session.user);
      setToken(session.token);
      setEnded(null);
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    tokenStore.clear();
    forget('signedOut');
  }, [forget]);

  const value = useMemo<AuthContextValue>(
    () => ({
      token,
      user: token ? (me.data ?? null) : null,
      error: token ? me.error : null,
      ended,
      startSession,
      signOut,
    }),
    [token, me.data, me.error, ended, startSession, signOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
