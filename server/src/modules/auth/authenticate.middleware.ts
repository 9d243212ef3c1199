import type { RequestHandler, Response } from 'express';
import { AppError } from '../../platform/http/app-error.js';
import type { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'ppm_session';
/** Angular's HttpClient reads this cookie and echoes it in X-XSRF-TOKEN on unsafe requests. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookies(
  res: Response,
  session: { secret: string; csrfToken: string; expiresAt: Date },
  secure: boolean,
) {
  const common = { sameSite: 'lax' as const, secure, path: '/', expires: session.expiresAt };
  res.cookie(SESSION_COOKIE, session.secret, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, { path: '/', sameSite: 'lax', secure, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure });
}

/**
 * Identifies the caller by bearer token or session cookie and sets `req.auth`. A bad bearer
 * token is a 401 (a program should know); a stale cookie just means "not signed in". Unsafe
 * requests made with the cookie must carry the session's CSRF token.
 */
export function authenticate(auth: AuthService, secureCookies: boolean): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([\w-]{20,200})$/.exec(header);
      const found = match?.[1] ? await auth.authenticate(match[1], ['access_token', 'personal_token']) : null;
      if (!found) throw new AppError(401, 'invalid_token', 'The bearer token is not valid or has expired.');
      req.auth = { user: found.user, via: 'token', credentialId: found.credentialId };
      next();
      return;
    }
    const cookies = req.cookies as Record<string, unknown> | undefined;
    const secret = cookies?.[SESSION_COOKIE];
    if (typeof secret !== 'string') {
      next();
      return;
    }
    const found = await auth.authenticate(secret, ['session']);
    if (!found) {
      clearSessionCookies(res, secureCookies);
      next();
      return;
    }
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== found.csrfToken) {
      throw new AppError(
        403,
        'csrf_failed',
        'This request is missing its security token. Reload the page and try again.',
      );
    }
    req.auth = { user: found.user, via: 'session', credentialId: found.credentialId };
    next();
  };
}
