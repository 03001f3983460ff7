import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { configureApiClient, request, tokenStore } from '@chainboard/web-graphql';
import type { CurrentUser } from './actor';
import { meQuery, signOutMutation } from './documents';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** A session as a sign-in (or a password change) starts it. */
export interface Session {
  token: string;
  /** Renews the short-lived access token; absent in tests that set a token alone. */
  refreshToken?: string | null;
  /** When the access token expires (ISO time). */
  expiresAt?: string | null;
  user: CurrentUser;
}

export interface AuthContextValue {
  /** The access token; null when signed out. */
  token: string | null;
  /** The signed-in user, once the `me` query (or sign-in) has told us; null before that or when signed out. */
  user: CurrentUser | null;
  /** Why the current user could not be loaded, if it could not. */
  error: unknown;
  /** How the last session ended: signed out on purpose, or refused by the API (e.g. it ended on the server). */
  ended: SessionEnd | null;
  /** Starts a session from a successful sign-in or password change. */
  startSession: (session: Session) => void;
  /** Ends the session on the server, then forgets the tokens and every cached answer. */
  signOut: () => Promise<void>;
}

export type SessionEnd = 'signedOut' | 'expired';

const AuthContext = createContext<AuthContextValue | null>(null);

/** Holds the session: the tokens (kept in localStorage) and the current user (the `me` query). */
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

  // The API client renews the session itself and drops the tokens when the session has ended; the app then forgets
  // the user and the route guard sends them to the sign-in page. When the API asks for a password change first, the
  // user is read again, and the app shows the change-password screen only.
  useEffect(() => {
    configureApiClient({
      onUnauthenticated: () => forget('expired'),
      onRenewed: (renewed) => setToken(renewed),
      onPasswordChangeRequired: () => void queryClient.invalidateQueries({ queryKey: authKeys.me }),
    });
  }, [forget, queryClient]);

  const me = useQuery({
    queryKey: authKeys.me,
    queryFn: async () => (await request(meQuery)).me,
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });

  const startSession = useCallback(
    (session: Session) => {
      tokenStore.setSession(session);
      queryClient.setQueryData(authKeys.me, session.user);
      setToken(session.token);
      setEnded(null);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      // Ends the session on the server: its tokens stop working at once, wherever a copy is.
      if (tokenStore.get()) await request(signOutMutation);
    } catch {
      // Signed out here all the same (the session may have ended already, or the network is down).
    }
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
