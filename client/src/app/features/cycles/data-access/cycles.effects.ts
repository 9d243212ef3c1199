import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { Role } from '@ppm/shared';
import {
  type Observable,
  catchError,
  exhaustMap,
  filter,
  forkJoin,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';

import { ErrorNotifier, toApiError } from '../../../core/http';
import { selectRole } from '../../../core/session';
import { readsReports } from './cycle-views';
import {
  CycleDetailPageActions,
  CycleDialogActions,
  CyclesApiActions,
  CyclesPageActions,
  DeadlineDialogActions,
  StateReminderPageActions,
} from './cycles.actions';
import { CyclesApi } from './cycles.api';

/** How many review lists the cycles page fetches at once, for its counts. */
const SUMMARY_CONCURRENCY = 3;

export const loadCycles = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'cycles'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CyclesPageActions.opened),
      switchMap(() =>
        api.cycles().pipe(
          map((cycles) => CyclesApiActions.cyclesLoaded({ cycles })),
          catchError((error: unknown) =>
            of(CyclesApiActions.cyclesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Each cycle that has opened gets its counts from its review list, a few at a time (for those
 * who may read reports).
 */
export const loadCycleSummaries = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<CyclesApi, 'reviewList'> = inject(CyclesApi),
    role$: Observable<Role | null> = inject(Store).select(selectRole),
  ) => {
    return actions$.pipe(
      ofType(CyclesApiActions.cyclesLoaded),
      withLatestFrom(role$),
      filter(([, role]) => readsReports(role)),
      switchMap(([{ cycles }]) =>
        from(cycles.filter((cycle) => cycle.status !== 'planned')).pipe(
          mergeMap(
            (cycle) =>
              api.reviewList(cycle.id).pipe(
                map((rows) => CyclesApiActions.reviewListLoaded({ cycleId: cycle.id, rows })),
                catchError((error: unknown) =>
                  of(
                    CyclesApiActions.reviewListLoadFailed({
                      cycleId: cycle.id,
                      error: toApiError(error),
                    }),
                  ),
                ),
              ),
            SUMMARY_CONCURRENCY,
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Names of states and regions, fetched again on each visit (the Secretariat may change them). */
export const loadReference = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'states' | 'regions'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(
        CyclesPageActions.opened,
        CycleDetailPageActions.opened,
        StateReminderPageActions.opened,
      ),
      switchMap(() =>
        forkJoin({ states: api.states(), regions: api.regions() }).pipe(
          map(({ states, regions }) => CyclesApiActions.referenceLoaded({ states, regions })),
          catchError((error: unknown) =>
            of(CyclesApiActions.referenceLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadCycle = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'cycle'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CycleDetailPageActions.opened, StateReminderPageActions.opened),
      switchMap(({ cycleId }) =>
        api.cycle(cycleId).pipe(
          map((cycle) => CyclesApiActions.cycleLoaded({ cycle })),
          catchError((error: unknown) =>
            of(CyclesApiActions.cycleLoadFailed({ cycleId, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The cycle page's rows; again after a deadline extension, which changes a row. */
export const loadReviewList = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<CyclesApi, 'reviewList'> = inject(CyclesApi),
    role$: Observable<Role | null> = inject(Store).select(selectRole),
  ) => {
    return actions$.pipe(
      ofType(
        CycleDetailPageActions.opened,
        StateReminderPageActions.opened,
        CyclesApiActions.deadlineExtended,
      ),
      withLatestFrom(role$),
      filter(([, role]) => readsReports(role)),
      map(([action]) => ('cycleId' in action ? action.cycleId : action.cycle.id)),
      switchMap((cycleId) =>
        api.reviewList(cycleId).pipe(
          map((rows) => CyclesApiActions.reviewListLoaded({ cycleId, rows })),
          catchError((error: unknown) =>
            of(CyclesApiActions.reviewListLoadFailed({ cycleId, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createCycle = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'create'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CycleDialogActions.createSubmitted),
      exhaustMap(({ cycle }) =>
        api.create(cycle).pipe(
          map((created) => CyclesApiActions.cycleCreated({ cycle: created })),
          catchError((error: unknown) =>
            of(CyclesApiActions.cycleCreateFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeCycleStatus = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'changeStatus'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CycleDetailPageActions.statusChangeConfirmed),
      exhaustMap(({ cycleId, status }) =>
        api.changeStatus(cycleId, status).pipe(
          map((cycle) => CyclesApiActions.cycleStatusChanged({ cycle })),
          catchError((error: unknown) =>
            of(CyclesApiActions.cycleStatusChangeFailed({ cycleId, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const extendDeadline = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'extendDeadline'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(DeadlineDialogActions.submitted),
      exhaustMap(({ cycleId, extension }) =>
        api.extendDeadline(cycleId, extension).pipe(
          map((cycle) => CyclesApiActions.deadlineExtended({ cycle })),
          catchError((error: unknown) =>
            of(CyclesApiActions.deadlineExtensionFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * A refused status change has no form to show it: the snackbar tells (offline, server failures
 * and "not allowed" are told already by the `ErrorNotifier`'s interceptor).
 */
export const tellStatusChangeFailures = createEffect(
  (actions$ = inject(Actions), notifier: Pick<ErrorNotifier, 'notify'> = inject(ErrorNotifier)) => {
    return actions$.pipe(
      ofType(CyclesApiActions.cycleStatusChangeFailed),
      tap(({ error }) => {
        if (error.status === 409) {
          void notifier.notify(
            error.code === 'cycle_changed'
              ? 'cycles.errors.changedMeanwhile'
              : 'cycles.errors.transitionRefused',
          );
        } else if (error.status === 404) {
          void notifier.notify('cycles.errors.notFound');
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** After a conflict the page shows the cycle as it now is. */
export const reloadAfterConflict = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'cycle'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CyclesApiActions.cycleStatusChangeFailed),
      filter(({ error }) => error.status === 409),
      switchMap(({ cycleId }) =>
        api.cycle(cycleId).pipe(
          map((cycle) => CyclesApiActions.cycleLoaded({ cycle })),
          catchError((error: unknown) =>
            of(CyclesApiActions.cycleLoadFailed({ cycleId, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The not-started page's facts: the report's status and when the state was last reminded. */
export const loadReminder = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'reminder'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(StateReminderPageActions.opened),
      switchMap(({ cycleId, stateCode }) =>
        api.reminder(cycleId, stateCode).pipe(
          map((reminder) => CyclesApiActions.reminderLoaded({ reminder })),
          catchError((error: unknown) =>
            of(CyclesApiActions.reminderLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** "Remind": one at a time (a second click while it is on its way does nothing). */
export const sendReminder = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'remind'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(StateReminderPageActions.remindClicked),
      exhaustMap(({ cycleId, stateCode }) =>
        api.remind(cycleId, stateCode).pipe(
          map((reminder) => CyclesApiActions.reminderSent({ reminder })),
          catchError((error: unknown) =>
            of(
              CyclesApiActions.reminderSendFailed({ cycleId, stateCode, error: toApiError(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A refused reminder (e.g. sent by a colleague meanwhile): the page shows the facts as they now are. */
export const reloadReminderAfterRefusal = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'reminder'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CyclesApiActions.reminderSendFailed),
      filter(({ error }) => error.status === 409),
      switchMap(({ cycleId, stateCode }) =>
        api.reminder(cycleId, stateCode).pipe(
          map((reminder) => CyclesApiActions.reminderLoaded({ reminder })),
          catchError((error: unknown) =>
            of(CyclesApiActions.reminderLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** "Remind overdue states": once at a time; the page shows what it did. */
export const remindOverdueStates = createEffect(
  (actions$ = inject(Actions), api: Pick<CyclesApi, 'remindOverdue'> = inject(CyclesApi)) => {
    return actions$.pipe(
      ofType(CycleDetailPageActions.remindOverdueConfirmed),
      exhaustMap(({ cycleId }) =>
        api.remindOverdue(cycleId).pipe(
          map((result) => CyclesApiActions.overdueReminded({ cycleId, result })),
          catchError((error: unknown) =>
            of(CyclesApiActions.overdueRemindFailed({ cycleId, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
