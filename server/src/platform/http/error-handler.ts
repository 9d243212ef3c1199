import { isDuplicateKey } from '../database/insert-once.js';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { isDatabaseUnavailable, type DatabaseOutage } from '../database/database-outage.js';
import mongoose from 'mongoose';
import { ZodError } from 'zod';
import { AppError, type ErrorBody, type FieldError } from './app-error.js';
import { MALFORMED_URL_MESSAGE } from './malformed-url.js';

/** Errors raised by express.json() carry a `type` such as "entity.too.large". */
interface BodyParserError extends Error {
  type: string;
  status: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as Partial<BodyParserError>).type === 'string' && 'status' in error;
}

/** Express, its router and its parsers mark request errors with a 4xx `status` (or `statusCode`). */
function clientErrorStatus(error: unknown): number | null {
  if (!(error instanceof Error)) return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : null;
}

const CODE_OF_STATUS: Record<number, string> = {
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
};

function isDuplicateKeyError(error: unknown): error is Error & { keyValue?: Record<string, unknown> } {
  return error instanceof Error && isDuplicateKey(error);
}

export function zodIssuesToFieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Maps whatever was thrown to the AppError a person should see; unknown errors become null. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return AppError.badRequest('The request is not valid.', zodIssuesToFieldErrors(error));
  }
  if (isBodyParserError(error)) {
    switch (error.type) {
      case 'entity.too.large':
        return new AppError(
          413,
          'payload_too_large',
          `The request body is larger than the limit of ${error.limit ?? '?'} bytes.`,
        );
      case 'entity.parse.failed':
        return new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
      default:
        return new AppError(
          error.status >= 400 && error.status < 500 ? error.status : 400,
          'bad_request',
          error.message,
        );
    }
  }
  const requestErrorStatus = clientErrorStatus(error);
  if (requestErrorStatus !== null) {
    // The router's decode failure names the raw parameter, which is enough for whoever sent it.
    const message =
      error instanceof URIError ? MALFORMED_URL_MESSAGE : (error as Error).message || 'The request is not valid.';
    return new AppError(requestErrorStatus, CODE_OF_STATUS[requestErrorStatus] ?? 'bad_request', message);
  }
  if (error instanceof mongoose.Error.ValidationError) {
    const details = Object.entries(error.errors).map(([path, problem]) => ({ path, message: problem.message }));
    return AppError.badRequest('The request is not valid.', details);
  }
  if (error instanceof mongoose.Error.CastError) {
    return AppError.badRequest(`"${String(error.value)}" is not a valid value for ${error.path}.`, [
      { path: error.path, message: `must be a valid ${error.kind}` },
    ]);
  }
  if (isDuplicateKeyError(error)) {
    const fields = Object.keys(error.keyValue ?? {});
    return AppError.conflict('duplicate', `A record with the same ${fields.join(', ') || 'key'} already exists.`, {
      fields,
    });
  }
  return null;
}

/** How long a client should wait before trying again while the database does not answer. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function databaseUnavailable(): AppError {
  return new AppError(
    503,
    'database_unavailable',
    'The service is briefly unavailable: its database is not answering. Please try again in a few seconds.',
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  );
}

/** Writes the common error body, with Retry-After when the error says how long to wait. */
export function sendError(res: Response, appError: AppError): void {
  const retryAfter = (appError.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if ((appError.status === 429 || appError.status === 503) && typeof retryAfter === 'number') {
    res.setHeader('Retry-After', String(retryAfter));
  }
  const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details) body.error.details = appError.details;
  res.status(appError.status).json(body);
}

/**
 * The single place that turns errors into responses: `{ error: { code, message, details? } }`.
 * A database that does not answer is a 503, logged once per outage by `outage`, not per request.
 */
export function errorHandler(outage?: DatabaseOutage): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      // The request deadline already answered 503; the handler's late failure has no one to tell.
      if (res.locals[ANSWERED_BY_DEADLINE] === true) return;
      next(error);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      outage?.noticed(error);
      sendError(res, databaseUnavailable());
      return;
    }
    const known = toAppError(error);
    if (known) {
      req.log.info({ code: known.code, status: known.status }, known.message);
    } else {
      req.log.error({ err: error }, 'Unhandled error');
    }
    sendError(
      res,
      known ?? new AppError(500, 'internal_error', 'Something went wrong on our side. Please try again later.'),
    );
  };
}

/** Set in `res.locals` when the request deadline answered before the handler did. */
export const ANSWERED_BY_DEADLINE = 'answeredByDeadline';

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`There is no API endpoint ${req.method} ${req.originalUrl}.`));
};
