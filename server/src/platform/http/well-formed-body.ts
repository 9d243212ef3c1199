import { ILL_FORMED_TEXT_MESSAGE, isWellFormedText } from '@ppm/shared';
import type { RequestHandler } from 'express';
import { AppError, type FieldError } from './app-error.js';

interface Pending {
  value: unknown;
  path: string;
  /** The `actionCode` of the nearest enclosing object, so a client can show the problem on that entry. */
  actionCode: string | undefined;
}

/** Every ill-formed string of a parsed body, keys included, named by path as zod names them. */
export function illFormedText(body: unknown): FieldError[] {
  const found: FieldError[] = [];
  const report = (path: string, actionCode: string | undefined) =>
    found.push({ path, message: ILL_FORMED_TEXT_MESSAGE, ...(actionCode ? { actionCode } : {}) });
  // Iterative, so a deeply nested body cannot overflow the stack.
  const pending: Pending[] = [{ value: body, path: '', actionCode: undefined }];
  while (pending.length > 0) {
    const { value, path, actionCode } = pending.pop()!;
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) report(path, actionCode);
    } else if (value !== null && typeof value === 'object') {
      const ownCode = (value as { actionCode?: unknown }).actionCode;
      const code = typeof ownCode === 'string' && isWellFormedText(ownCode) ? ownCode : actionCode;
      for (const [key, child] of Object.entries(value)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        if (!isWellFormedText(key)) report(childPath, code);
        pending.push({ value: child, path: childPath, actionCode: code });
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The net under the shared text schemas (`wellFormedString`): no JSON body with a lone surrogate
 * anywhere reaches a service, so what is stored is exactly what was acknowledged (the database
 * would keep U+FFFD instead). See docs/adr on hardening.
 */
export const refuseIllFormedText: RequestHandler = (req, _res, next) => {
  const problems = illFormedText(req.body);
  if (problems.length > 0) {
    throw AppError.badRequest('The request contains broken characters (a lone UTF-16 surrogate).', problems);
  }
  next();
};
