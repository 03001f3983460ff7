/** Where the bearer token is kept between visits. */
export const TOKEN_STORAGE_KEY = 'chainboard.token';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Access to localStorage can throw (e.g. disabled storage); the session then lasts the page only.
    return null;
  }
}

let memoryToken: string | null = null;

export const tokenStore = {
  get(): string | null {
    return storage()?.getItem(TOKEN_STORAGE_KEY) ?? memoryToken;
  },
  set(token: string): void {
    memoryToken = token;
    storage()?.setItem(TOKEN_STORAGE_KEY, token);
  },
  clear(): void {
    memoryToken = null;
    storage()?.removeItem(TOKEN_STORAGE_KEY);
  },
};
