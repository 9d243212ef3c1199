import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { type Observable, retry, throwError, timer } from 'rxjs';

import { isApiUrl } from './api';
import { toApiError } from './api-error';

/** Reads are tried this many more times while the server answers 503. */
export const UNAVAILABLE_RETRIES = 3;
/** Longest wait between two tries, whatever Retry-After says. */
export const MAX_RETRY_DELAY_MS = 5000;

/** How long to wait before try number `attempt` (1, 2, …) after `error`: Retry-After, else growing. */
export function retryDelayMs(error: unknown, attempt: number): number {
  const seconds = toApiError(error).retryAfterSeconds;
  const delay = seconds === undefined ? 1000 * 2 ** (attempt - 1) : seconds * 1000;
  return Math.min(delay, MAX_RETRY_DELAY_MS);
}

/**
 * Tries a read (GET) again while the API answers 503 (its database is briefly away), waiting as
 * Retry-After says, so a short outage passes unnoticed. Writes are not repeated here: the page
 * that made them keeps what the person entered and tries again itself (the report editor keeps
 * its changes on the device).
 */
export const retryUnavailableInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.method !== 'GET' || !isApiUrl(request.url)) {
    return next(request);
  }
  return next(request).pipe(
    retry({
      count: UNAVAILABLE_RETRIES,
      delay: (error: unknown, attempt: number): Observable<number> =>
        error instanceof HttpErrorResponse && error.status === 503
          ? timer(retryDelayMs(error, attempt))
          : throwError(() => error),
    }),
  );
};
