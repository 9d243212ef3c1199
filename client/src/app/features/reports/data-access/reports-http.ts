import {
  HttpBackend,
  HttpContextToken,
  type HttpInterceptorFn,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { type EnvironmentProviders, type Provider, inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';

import {
  ErrorNotifier,
  XSRF_COOKIE,
  XSRF_HEADER,
  isApiUrl,
  isTemporaryFailure,
  retryUnavailableInterceptor,
  sessionInterceptor,
  toApiError,
} from '../../../core/http';

/**
 * Marks a request whose failure to reach the server (or the server's 503) the page shows by
 * itself (autosave says "Offline — kept on this device" and retries), so no snackbar repeats it
 * on every attempt.
 */
export const QUIET_WHEN_OFFLINE = new HttpContextToken<boolean>(() => false);

/**
 * Marks a read whose refusal (403) the page shows by itself: the report page's "cannot be
 * opened" page says why, so a snackbar saying the same would only repeat it.
 */
export const PAGE_SHOWS_REFUSAL = new HttpContextToken<boolean>(() => false);

/**
 * The app's error notifications (offline, 5xx, 403), except a network failure of a request
 * marked `QUIET_WHEN_OFFLINE` and a refusal of one marked `PAGE_SHOWS_REFUSAL`.
 */
export const reportsErrorNotificationInterceptor: HttpInterceptorFn = (request, next) => {
  const notifier = inject(ErrorNotifier);
  return next(request).pipe(
    catchError((error: unknown) => {
      const problem = toApiError(error);
      const quiet =
        (request.context.get(QUIET_WHEN_OFFLINE) && isTemporaryFailure(problem)) ||
        (request.context.get(PAGE_SHOWS_REFUSAL) && problem.status === 403);
      if (isApiUrl(request.url) && !quiet) {
        void notifier.notifyApiError(problem);
      }
      return throwError(() => error);
    }),
  );
};

/**
 * HttpClient for the report pages: the app's XSRF and session handling, on XMLHttpRequest
 * (fetch cannot report upload progress of evidence files), with quiet autosave failures.
 */
export function provideReportsHttp(): (EnvironmentProviders | Provider)[] {
  return [
    provideHttpClient(
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
      withInterceptors([
        sessionInterceptor,
        reportsErrorNotificationInterceptor,
        retryUnavailableInterceptor,
      ]),
    ),
    { provide: HttpBackend, useExisting: HttpXhrBackend },
  ];
}
