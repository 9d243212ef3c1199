import type { User } from '@ppm/shared';
import type { Request } from 'express';
import { AppError } from '../http/app-error.js';

/** Who is calling and how: a browser session (cookie, CSRF-checked) or a bearer token. */
export interface AuthContext {
  user: User;
  via: 'session' | 'token';
  /** Id of the session or token record, to end or revoke it. */
  credentialId: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthContext;
  }
}

/** The signed-in user; only call behind `requireUser` (throws 401 otherwise). */
export function currentUser(req: Request): User {
  if (!req.auth) throw new AppError(401, 'unauthenticated', 'Please sign in.');
  return req.auth.user;
}
