/** Where the access token is kept between visits. */
export const TOKEN_STORAGE_KEY = 'chainboard.token';
/** Where the refresh token that renews it is kept. */
export const REFRESH_STORAGE_KEY = 'chainboard.refresh';
/** When the access token stops being accepted (ISO time). */
export const EXPIRY_STORAGE_KEY = 'chainboard.expires';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Access to localStorage can throw (e.g. disabled storage); the session then lasts the page only.
    return null;
  }
}

/** The tokens of a session as the API hands them out (sign-in, renewal, password change). */
export interface StoredSession {
  token: string;
  refreshToken?: string | null;
  expiresAt?: string | null;
}

const memory: { token: string | null; refreshToken: string | null; expiresAt: string | null } = { token: null, refreshToken: null, expiresAt: null };

function read(key: string, fallback: string | null): string | null {
  const store = storage();
  return store ? store.getItem(key) : fallback;
}

function write(key: string, value: string | null): void {
  const store = storage();
  if (!store) return;
  if (value === null) store.removeItem(key);
  else store.setItem(key, value);
}

/**
 * The session's tokens, in localStorage (shared by the app's tabs) or, where that is not available, in memory: the
 * short-lived access token, the refresh token that renews it, and the access token's expiry.
 */
export const tokenStore = {
  get(): string | null {
    return read(TOKEN_STORAGE_KEY, memory.token);
  },
  /** Keeps an access token alone (no renewal possible). */
  set(token: string): void {
    this.setSession({ token });
  },
  setSession(session: StoredSession): void {
    memory.token = session.token;
    memory.refreshToken = session.refreshToken ?? null;
    memory.expiresAt = session.expiresAt ?? null;
    write(TOKEN_STORAGE_KEY, session.token);
    write(REFRESH_STORAGE_KEY, memory.refreshToken);
    write(EXPIRY_STORAGE_KEY, memory.expiresAt);
  },
  refreshToken(): string | null {
    return read(REFRESH_STORAGE_KEY, memory.refreshToken);
  },
  /** When the access token expires (ms since the epoch), or null when unknown. */
  expiresAt(): number | null {
    const value = read(EXPIRY_STORAGE_KEY, memory.expiresAt);
    const time = value ? Date.parse(value) : NaN;
    return Number.isFinite(time) ? time : null;
  },
  clear(): void {
    memory.token = null;
    memory.refreshToken = null;
    memory.expiresAt = null;
    write(TOKEN_STORAGE_KEY, null);
    write(REFRESH_STORAGE_KEY, null);
    write(EXPIRY_STORAGE_KEY, null);
  },
};
