const STORAGE_KEY = 'goodies.token';

/** Splits `token=…` out of a location hash such as `#token=abc` or `#/quick&token=abc`; pure for tests. */
export function splitTokenFromHash(hash: string): { token: string | null; hash: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts = body.split(/[&?]/);
  const tokenPart = parts.find((p) => p.startsWith('token='));
  if (!tokenPart) return { token: null, hash };
  const rest = parts.filter((p) => p !== tokenPart && p !== '');
  const token = decodeURIComponent(tokenPart.slice('token='.length));
  return { token: token || null, hash: rest.length ? `#${rest.join('&')}` : '' };
}

/**
 * Browser mode opens the page as `/#token=…`. The token is moved to sessionStorage and removed from the address bar
 * so it does not end up in history, bookmarks or screenshots; a reload of the same tab still finds it.
 */
export function readBrowserToken(location: Location, history: History, storage: Storage | null): string | null {
  const { token, hash } = splitTokenFromHash(location.hash);
  if (token) {
    try {
      storage?.setItem(STORAGE_KEY, token);
    } catch {
      // Storage may be disabled; the token still works for this page load.
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    return token;
  }
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
