import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';

import { toApiError } from '../../../core/http';
import { AuthApiActions, HOME_URL } from '../../../core/session';
import { AccountLinksApi } from './account-links.api';
import {
  AccountLinksApiActions,
  ForgotPasswordFormActions,
  SetPasswordPageActions,
} from './auth-pages.actions';

export const requestPasswordReset = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<AccountLinksApi, 'requestPasswordReset'> = inject(AccountLinksApi),
  ) => {
    return actions$.pipe(
      ofType(ForgotPasswordFormActions.submitted),
      exhaustMap(({ email }) =>
        api.requestPasswordReset(email).pipe(
          map(() => AccountLinksApiActions.resetRequested()),
          catchError((error: unknown) =>
            of(AccountLinksApiActions.resetRequestFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const describeLink = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<AccountLinksApi, 'describe'> = inject(AccountLinksApi),
  ) => {
    return actions$.pipe(
      ofType(SetPasswordPageActions.opened),
      switchMap(({ secret }) =>
        api.describe(secret).pipe(
          map((link) => AccountLinksApiActions.linkDescribed({ link })),
          catchError((error: unknown) =>
            of(AccountLinksApiActions.linkDescriptionFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const setPassword = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<AccountLinksApi, 'setPassword'> = inject(AccountLinksApi),
  ) => {
    return actions$.pipe(
      ofType(SetPasswordPageActions.submitted),
      exhaustMap(({ secret, password }) =>
        api.setPassword(secret, password).pipe(
          map((user) => AuthApiActions.passwordSet({ user })),
          catchError((error: unknown) =>
            of(AuthApiActions.passwordSetFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** With the password set the person is signed in: on to the overview. */
export const navigateAfterPasswordSet = createEffect(
  (actions$ = inject(Actions), router: Pick<Router, 'navigateByUrl'> = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.passwordSet),
      tap(() => void router.navigateByUrl(HOME_URL)),
    );
  },
  { functional: true, dispatch: false },
);
