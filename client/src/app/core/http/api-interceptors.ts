import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';

import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from '../session/paths';
import { SessionActions } from '../session/session.actions';
import { handlesOwnUnauthorized, isApiUrl } from './api';
import { toApiError } from './api-error';
import { ErrorNotifier } from './error-notifier';

/**
 * Watches every API answer for the end of the session. A 401 (other than from signing in,
 * the start-up check and the one-time links, which answer their callers) means the session
 * expired or was ended elsewhere: the store learns that the person is
 * signed out and the sign-in page opens, coming back here afterwards. A 403
 * `password_change_required` opens the password change page. The error still reaches the
 * caller.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  // The Router is asked for only when an answer needs it: the translations load over HTTP
  // while the Router is being built (its title strategy translates), so injecting it here
  // eagerly would be a circular dependency (NG0200).
  const injector = inject(Injector);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && isApiUrl(request.url)) {
        const router = injector.get(Router);
        if (error.status === 401 && !handlesOwnUnauthorized(request.method, request.url)) {
          store.dispatch(SessionActions.expired());
          const here = router.url;
          if (!here.startsWith(SIGN_IN_PATH)) {
            void router.navigate([SIGN_IN_PATH], { queryParams: { returnUrl: here } });
          }
        } else if (
          error.status === 403 &&
          toApiError(error).code === 'password_change_required' &&
          !router.url.startsWith(CHANGE_PASSWORD_PATH)
        ) {
          void router.navigateByUrl(CHANGE_PASSWORD_PATH);
        }
      }
      return throwError(() => error);
    }),
  );
};

/** Hands API errors that no form can show (offline, 5xx, 403) to the `ErrorNotifier`. */
export const errorNotificationInterceptor: HttpInterceptorFn = (request, next) => {
  const notifier = inject(ErrorNotifier);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (isApiUrl(request.url)) {
        void notifier.notifyApiError(toApiError(error));
      }
      return throwError(() => error);
    }),
  );
};
