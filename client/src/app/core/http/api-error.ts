import { HttpErrorResponse } from '@angular/common/http';

/** A problem with one field of a request, as the server reports it. */
export interface FieldError {
  /** Dotted path of the field, e.g. "newPassword". */
  readonly path: string;
  /** English text for people, e.g. "must be at least 12 characters long". */
  readonly message: string;
  /** For a problem inside a report entry: the action it concerns. */
  readonly actionCode?: string;
}

/**
 * A failed API call, reduced to plain data so the store can hold it: the HTTP status
 * (0 when the server could not be reached), the server's stable `code`, its message and any
 * field problems.
 */
export interface ApiError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details: readonly FieldError[];
  /** For 429 answers: how long to wait before trying again. */
  readonly retryAfterSeconds?: number;
}

/** Code of an error that never reached the server (offline, DNS, CORS, aborted). */
export const NETWORK_ERROR = 'network_error';
/** Code of an answer that did not carry our error body. */
export const UNKNOWN_ERROR = 'unknown_error';

/**
 * Whether the call failed for a reason that passes by itself: the server could not be reached,
 * or it answered 503 (its database is briefly away). Such a call is worth trying again, and what
 * the person entered must be kept.
 */
export function isTemporaryFailure(error: ApiError): boolean {
  return error.status === 0 || error.code === NETWORK_ERROR || error.status === 503;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.path === 'string' && typeof candidate.message === 'string';
}

function retryAfter(response: HttpErrorResponse, details: unknown): number | undefined {
  const fromBody = (details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  if (typeof fromBody === 'number' && fromBody > 0) {
    return fromBody;
  }
  const fromHeader = Number(response.headers.get('Retry-After'));
  return Number.isFinite(fromHeader) && fromHeader > 0 ? fromHeader : undefined;
}

/** Turns whatever an HTTP call threw into an `ApiError`. */
export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: UNKNOWN_ERROR, message: String(error), details: [] };
  }
  if (error.status === 0) {
    return { status: 0, code: NETWORK_ERROR, message: error.message, details: [] };
  }
  const body = (error.error ?? null) as ErrorBody | null;
  const problem = body?.error;
  const details = problem?.details;
  const seconds = retryAfter(error, details);
  return {
    status: error.status,
    code: typeof problem?.code === 'string' ? problem.code : UNKNOWN_ERROR,
    message: typeof problem?.message === 'string' ? problem.message : error.message,
    details: Array.isArray(details) ? details.filter(isFieldError) : [],
    ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
  };
}
