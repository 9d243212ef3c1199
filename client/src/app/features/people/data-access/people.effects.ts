import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import {
  type Observable,
  catchError,
  exhaustMap,
  filter,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
} from 'rxjs';

import { ErrorNotifier, toApiError } from '../../../core/http';
import { PeopleApiActions, PeoplePageActions, PersonDialogActions } from './people.actions';
import { PeopleApi, type PeopleFilter } from './people.api';
import { type LoadStatus, selectFilter, selectStatesStatus } from './people.feature';

/** Lists the people matching the filter, on opening the page and on each filter change. */
export const loadPeople = createEffect(
  (
    actions$ = inject(Actions),
    filter$: Observable<PeopleFilter> = inject(Store).select(selectFilter),
    api: Pick<PeopleApi, 'list'> = inject(PeopleApi),
  ) => {
    return actions$.pipe(
      ofType(PeoplePageActions.opened, PeoplePageActions.filterChanged),
      concatLatestFrom(() => filter$),
      switchMap(([, peopleFilter]) =>
        api.list(peopleFilter).pipe(
          map((people) => PeopleApiActions.peopleLoaded({ people })),
          catchError((error: unknown) =>
            of(PeopleApiActions.peopleLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The states for the picker and the table, once per visit of the app. */
export const loadStates = createEffect(
  (
    actions$ = inject(Actions),
    statesStatus$: Observable<LoadStatus> = inject(Store).select(selectStatesStatus),
    api: Pick<PeopleApi, 'states'> = inject(PeopleApi),
  ) => {
    return actions$.pipe(
      ofType(PeoplePageActions.opened),
      concatLatestFrom(() => statesStatus$),
      filter(([, status]) => status !== 'loaded'),
      switchMap(() =>
        api.states().pipe(
          map((states) => PeopleApiActions.statesLoaded({ states })),
          catchError((error: unknown) =>
            of(PeopleApiActions.statesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const invitePerson = createEffect(
  (actions$ = inject(Actions), api: Pick<PeopleApi, 'invite'> = inject(PeopleApi)) => {
    return actions$.pipe(
      ofType(PersonDialogActions.inviteSubmitted),
      exhaustMap(({ person }) =>
        api.invite(person).pipe(
          map(({ user, inviteUrl }) =>
            PeopleApiActions.personInvited({ user, inviteUrl: inviteUrl ?? null }),
          ),
          catchError((error: unknown) =>
            of(PeopleApiActions.personInviteFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const editPerson = createEffect(
  (actions$ = inject(Actions), api: Pick<PeopleApi, 'update'> = inject(PeopleApi)) => {
    return actions$.pipe(
      ofType(PersonDialogActions.editSubmitted),
      exhaustMap(({ id, changes }) =>
        api.update(id, changes).pipe(
          map((user) => PeopleApiActions.personEdited({ user })),
          catchError((error: unknown) =>
            of(PeopleApiActions.personEditFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Deactivations and reactivations of different people run side by side. */
export const changeActive = createEffect(
  (actions$ = inject(Actions), api: Pick<PeopleApi, 'update'> = inject(PeopleApi)) => {
    return actions$.pipe(
      ofType(PeoplePageActions.activeChangeConfirmed),
      mergeMap(({ id, active }) =>
        api.update(id, { active }).pipe(
          map((user) => PeopleApiActions.activeChanged({ user })),
          catchError((error: unknown) =>
            of(PeopleApiActions.activeChangeFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const startPasswordReset = createEffect(
  (actions$ = inject(Actions), api: Pick<PeopleApi, 'startPasswordReset'> = inject(PeopleApi)) => {
    return actions$.pipe(
      ofType(PeoplePageActions.passwordResetConfirmed),
      mergeMap(({ id }) =>
        api.startPasswordReset(id).pipe(
          map(({ resetUrl }) =>
            PeopleApiActions.passwordResetStarted({ id, resetUrl: resetUrl ?? null }),
          ),
          catchError((error: unknown) =>
            of(PeopleApiActions.passwordResetFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const resendInvitation = createEffect(
  (actions$ = inject(Actions), api: Pick<PeopleApi, 'resendInvitation'> = inject(PeopleApi)) => {
    return actions$.pipe(
      ofType(PeoplePageActions.invitationResendClicked),
      mergeMap(({ id }) =>
        api.resendInvitation(id).pipe(
          map(({ user, inviteUrl }) =>
            PeopleApiActions.invitationResent({ user, inviteUrl: inviteUrl ?? null }),
          ),
          catchError((error: unknown) =>
            of(PeopleApiActions.invitationResendFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Row actions have no form to show their failures on: the snackbar tells. (Offline and
 * server failures are told already by the `ErrorNotifier`'s interceptor.)
 */
export const tellRowActionFailures = createEffect(
  (actions$ = inject(Actions), notifier: Pick<ErrorNotifier, 'notify'> = inject(ErrorNotifier)) => {
    return actions$.pipe(
      ofType(
        PeopleApiActions.activeChangeFailed,
        PeopleApiActions.passwordResetFailed,
        PeopleApiActions.invitationResendFailed,
      ),
      tap(({ error }) => {
        if (error.code === 'not_invited' || error.code === 'deactivated') {
          void notifier.notify('people.errors.notInvited');
        } else if (error.code === 'last_admin') {
          void notifier.notify('people.errors.lastAdmin');
        } else if (error.status === 404) {
          void notifier.notify('people.errors.notFound');
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);
