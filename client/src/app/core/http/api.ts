/** Where the server's JSON API lives, on our own origin. */
export const API_BASE = '/api/v1';

/** True for a request to our API (not, say, a translation file). */
export function isApiUrl(url: string): boolean {
  return url === API_BASE || url.startsWith(`${API_BASE}/`) || url.startsWith(`${API_BASE}?`);
}

/**
 * The `/auth` calls whose 401 is an answer for their caller, not the end of a session:
 * signing in or out, asking at start-up who is signed in, one-time links and reset requests.
 * (A 401 from `/auth/tokens` or a profile change does mean the session ended.)
 */
const OWN_401_ANSWERS: readonly RegExp[] = [
  /^\/auth\/(login|logout|token|password-reset)$/,
  /^\/auth\/links\//,
];

/** True when the caller itself handles a 401 from this call. */
export function handlesOwnUnauthorized(method: string, url: string): boolean {
  if (!url.startsWith(`${API_BASE}/auth/`)) {
    return false;
  }
  const path = url.slice(API_BASE.length).split('?')[0];
  return (
    (method === 'GET' && path === '/auth/me') ||
    OWN_401_ANSWERS.some((pattern) => pattern.test(path))
  );
}
