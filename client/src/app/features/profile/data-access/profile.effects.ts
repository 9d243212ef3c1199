import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { User } from '@ppm/shared';
import {
  type Observable,
  catchError,
  exhaustMap,
  filter,
  map,
  mergeMap,
  of,
  switchMap,
  take,
  tap,
  withLatestFrom,
} from 'rxjs';

import { toApiError } from '../../../core/http';
import { AuthApi, AuthApiActions, safeReturnUrl, selectUser } from '../../../core/session';
import { PersonalTokensApi } from './personal-tokens.api';
import {
  ChangePasswordPageActions,
  PersonalTokensApiActions,
  ProfilePageActions,
  StateNamesApiActions,
} from './profile.actions';
import { StateNamesApi } from './state-names.api';

export const saveDetails = createEffect(
  (actions$ = inject(Actions), api: Pick<AuthApi, 'updateProfile'> = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(ProfilePageActions.detailsSubmitted),
      exhaustMap(({ changes }) =>
        api.updateProfile(changes).pipe(
          map((user) => AuthApiActions.profileSaved({ user })),
          catchError((error: unknown) =>
            of(AuthApiActions.profileSaveFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const changePassword = createEffect(
  (actions$ = inject(Actions), api: Pick<AuthApi, 'changePassword'> = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(ProfilePageActions.passwordSubmitted, ChangePasswordPageActions.submitted),
      exhaustMap(({ change }) =>
        api.changePassword(change.currentPassword, change.newPassword).pipe(
          map((user) => AuthApiActions.passwordChanged({ user })),
          catchError((error: unknown) =>
            of(AuthApiActions.passwordChangeFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** After replacing a one-time password: on to the page the person wanted, or home. */
export const continueAfterPasswordChange = createEffect(
  (actions$ = inject(Actions), router: Pick<Router, 'navigateByUrl'> = inject(Router)) => {
    return actions$.pipe(
      ofType(ChangePasswordPageActions.submitted),
      switchMap(({ returnUrl }) =>
        actions$.pipe(
          ofType(AuthApiActions.passwordChanged, AuthApiActions.passwordChangeFailed),
          take(1),
          filter((answer) => answer.type === AuthApiActions.passwordChanged.type),
          tap(() => void router.navigateByUrl(safeReturnUrl(returnUrl))),
        ),
      ),
    );
  },
  { functional: true, dispatch: false },
);

export const loadTokens = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<PersonalTokensApi, 'list'> = inject(PersonalTokensApi),
  ) => {
    return actions$.pipe(
      ofType(ProfilePageActions.opened),
      switchMap(() =>
        api.list().pipe(
          map((tokens) => PersonalTokensApiActions.tokensLoaded({ tokens })),
          catchError((error: unknown) =>
            of(PersonalTokensApiActions.tokensLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createToken = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<PersonalTokensApi, 'create'> = inject(PersonalTokensApi),
  ) => {
    return actions$.pipe(
      ofType(ProfilePageActions.tokenCreateSubmitted),
      exhaustMap(({ token }) =>
        api.create(token).pipe(
          map((created) => PersonalTokensApiActions.tokenCreated({ token: created })),
          catchError((error: unknown) =>
            of(PersonalTokensApiActions.tokenCreateFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Revocations of different tokens run side by side. */
export const revokeToken = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<PersonalTokensApi, 'revoke'> = inject(PersonalTokensApi),
  ) => {
    return actions$.pipe(
      ofType(ProfilePageActions.tokenRevokeConfirmed),
      mergeMap(({ id }) =>
        api.revoke(id).pipe(
          map(() => PersonalTokensApiActions.tokenRevoked({ id })),
          catchError((error: unknown) =>
            of(PersonalTokensApiActions.tokenRevokeFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The profile names the person's state ("Georgia", "Грузия"), never just its code. */
export const loadStateName = createEffect(
  (
    actions$ = inject(Actions),
    user$: Observable<User | null> = inject(Store).select(selectUser),
    api: Pick<StateNamesApi, 'nameOf'> = inject(StateNamesApi),
  ) => {
    return actions$.pipe(
      ofType(ProfilePageActions.opened),
      withLatestFrom(user$),
      map(([, user]) => user?.stateCode ?? null),
      filter((code): code is string => code !== null),
      switchMap((code) =>
        api.nameOf(code).pipe(
          map((stateName) => StateNamesApiActions.stateNameLoaded({ stateName })),
          catchError((error: unknown) =>
            of(StateNamesApiActions.stateNameLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
