import { isStateRole, type Role, type User } from '@ppm/shared';
import type { RequestHandler } from 'express';
import { AppError } from '../http/app-error.js';

const PASSWORD_CHANGE_ALLOWED = new Set(['/api/v1/auth/me', '/api/v1/auth/logout', '/api/v1/auth/password']);

/**
 * 401 without credentials. A person who must change a one-time password can do only that
 * (and read or end their session) until they do.
 */
export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.auth) {
    next(new AppError(401, 'unauthenticated', 'Please sign in.'));
    return;
  }
  if (req.auth.user.mustChangePassword && !PASSWORD_CHANGE_ALLOWED.has(req.baseUrl + req.path)) {
    next(new AppError(403, 'password_change_required', 'Please change your one-time password first.'));
    return;
  }
  next();
};

/** 401 without credentials, 403 for any role not listed. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, res, next) => {
    requireUser(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      if (!roles.includes(req.auth!.user.role)) {
        next(new AppError(403, 'forbidden', 'Your role does not allow this.'));
        return;
      }
      next();
    });
  };
}

/** Focal points and contributors reach only their own state; other roles are checked by role. */
export function assertStateAccess(user: User, stateCode: string): void {
  if (isStateRole(user.role) && user.stateCode !== stateCode) {
    throw new AppError(403, 'forbidden', 'You can only reach the data of your own state.');
  }
}
