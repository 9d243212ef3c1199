import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, ROOT_EFFECTS_INIT, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import type { Locale, User } from '@ppm/shared';
import { type Observable, catchError, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';

import { toApiError } from '../http/api-error';
import { LanguageDetectionActions, selectLocale } from '../i18n';
import { LOCALE_STORAGE, type LocaleStorage, readSavedLocale } from '../i18n/locale-detection';
import { AuthApi } from './data-access/auth.api';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from './paths';
import { safeReturnUrl } from './return-url';
import { AuthApiActions, SessionActions, ShellActions, SignInPageActions } from './session.actions';
import { selectUser } from './session.feature';

type Navigator = Pick<Router, 'navigateByUrl'>;

/** When the app starts, asks the server who (if anyone) is still signed in. */
export const restoreSession = createEffect(
  (actions$ = inject(Actions), api: Pick<AuthApi, 'me'> = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      switchMap(() =>
        api.me().pipe(
          map((user) => SessionActions.restored({ user })),
          catchError((error: unknown) => {
            const problem = toApiError(error);
            return of(
              problem.status === 401
                ? SessionActions.absent()
                : SessionActions.restoreFailed({ error: problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** Signs in; a second click while the first attempt runs is ignored. */
export const signIn = createEffect(
  (actions$ = inject(Actions), api: Pick<AuthApi, 'signIn'> = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(SignInPageActions.submitted),
      exhaustMap(({ credentials, returnUrl }) =>
        api.signIn(credentials).pipe(
          map((user) => AuthApiActions.signInSucceeded({ user, returnUrl })),
          catchError((error: unknown) =>
            of(AuthApiActions.signInFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * After signing in: the page asked for (when it is ours), else home; a person holding a
 * one-time password must replace it first.
 */
export const navigateAfterSignIn = createEffect(
  (actions$ = inject(Actions), router: Navigator = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signInSucceeded),
      tap(({ user, returnUrl }) => {
        const target = safeReturnUrl(returnUrl);
        void router.navigateByUrl(
          user.mustChangePassword
            ? `${CHANGE_PASSWORD_PATH}?returnUrl=${encodeURIComponent(target)}`
            : target,
        );
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), api: Pick<AuthApi, 'signOut'> = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(ShellActions.signOutClicked),
      exhaustMap(() =>
        api.signOut().pipe(
          map(() => AuthApiActions.signOutSucceeded()),
          catchError((error: unknown) =>
            of(AuthApiActions.signOutFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const navigateAfterSignOut = createEffect(
  (actions$ = inject(Actions), router: Navigator = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signOutSucceeded),
      tap(() => void router.navigateByUrl(SIGN_IN_PATH)),
    );
  },
  { functional: true, dispatch: false },
);

/**
 * Shows the interface in the account's language when this browser has no language chosen yet
 * (a first sign-in here), and after the person saves a language on the profile. The header's
 * switch is a view choice of this browser: a reload or a new sign-in keeps it.
 */
export const applyAccountLanguage = createEffect(
  (
    actions$ = inject(Actions),
    shown$: Observable<Locale> = inject(Store).select(selectLocale),
    storage: LocaleStorage | null = inject(LOCALE_STORAGE),
  ) => {
    return actions$.pipe(
      ofType(
        SessionActions.restored,
        AuthApiActions.signInSucceeded,
        AuthApiActions.passwordSet,
        AuthApiActions.profileSaved,
      ),
      filter(
        (action) =>
          action.type === AuthApiActions.profileSaved.type || readSavedLocale(storage) === null,
      ),
      concatLatestFrom(() => shown$),
      filter(([{ user }, shown]) => user.locale !== shown),
      map(([{ user }]) => LanguageDetectionActions.accountLanguageFound({ locale: user.locale })),
    );
  },
  { functional: true },
);

/** Saves the screen's language as the account's (emails, notifications) when the person says yes. */
export const saveLanguageToAccount = createEffect(
  (
    actions$ = inject(Actions),
    user$: Observable<User | null> = inject(Store).select(selectUser),
    api: Pick<AuthApi, 'updateProfile'> = inject(AuthApi),
  ) => {
    return actions$.pipe(
      ofType(ShellActions.accountLanguageAccepted),
      concatLatestFrom(() => user$),
      filter(([{ locale }, user]) => user !== null && user.locale !== locale),
      switchMap(([{ locale }]) =>
        api.updateProfile({ locale }).pipe(
          map((user) => AuthApiActions.languageSaved({ user })),
          catchError((error: unknown) =>
            of(AuthApiActions.languageSaveFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
