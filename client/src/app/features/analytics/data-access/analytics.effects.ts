import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  type Observable,
  catchError,
  exhaustMap,
  filter,
  forkJoin,
  from,
  groupBy,
  map,
  mergeMap,
  of,
  switchMap,
  withLatestFrom,
} from 'rxjs';

import { toApiError } from '../../../core/http';
import { AnalyticsApiActions, AnalyticsPageActions, type FigureAnswer } from './analytics.actions';
import { AnalyticsApi } from './analytics.api';
import {
  type LoadStatus,
  selectCyclesStatus,
  selectMissingRequests,
  selectReferenceStatus,
} from './analytics.feature';
import type { FigureRequest } from './figure-requests';

/** The cycles, once per visit of the dashboard (again after a retry or a publication). */
export const loadCycles = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<AnalyticsApi, 'cycles'> = inject(AnalyticsApi),
    status$: Observable<LoadStatus> = inject(Store).select(selectCyclesStatus),
  ) => {
    return actions$.pipe(
      ofType(
        AnalyticsPageActions.opened,
        AnalyticsPageActions.retryClicked,
        AnalyticsApiActions.publicationChanged,
      ),
      withLatestFrom(status$),
      filter(
        ([action, status]) =>
          action.type !== AnalyticsPageActions.opened.type || status !== 'loaded',
      ),
      switchMap(() =>
        api.cycles().pipe(
          map((cycles) => AnalyticsApiActions.cyclesLoaded({ cycles })),
          catchError((error: unknown) =>
            of(AnalyticsApiActions.cyclesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Names of areas, actions, states and regions, once per visit. */
export const loadReference = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<AnalyticsApi, 'plan' | 'states' | 'regions'> = inject(AnalyticsApi),
    status$: Observable<LoadStatus> = inject(Store).select(selectReferenceStatus),
  ) => {
    return actions$.pipe(
      ofType(AnalyticsPageActions.opened, AnalyticsPageActions.retryClicked),
      withLatestFrom(status$),
      filter(([, status]) => status !== 'loaded'),
      switchMap(() =>
        forkJoin({ plan: api.plan(), states: api.states(), regions: api.regions() }).pipe(
          map((reference) => AnalyticsApiActions.referenceLoaded({ reference })),
          catchError((error: unknown) =>
            of(AnalyticsApiActions.referenceLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Whenever the filters or the cycles change, asks for the answers the page lacks (answers it
 * already holds for the same request are shown again without a call).
 */
export const requestFigures = createEffect(
  (
    actions$ = inject(Actions),
    missing$: Observable<FigureRequest[]> = inject(Store).select(selectMissingRequests),
  ) => {
    return actions$.pipe(
      ofType(
        AnalyticsPageActions.opened,
        AnalyticsPageActions.retryClicked,
        AnalyticsApiActions.cyclesLoaded,
      ),
      withLatestFrom(missing$),
      map(([, requests]) => requests),
      filter((requests) => requests.length > 0),
      map((requests) => AnalyticsApiActions.figuresRequested({ requests })),
    );
  },
  { functional: true },
);

/** Fetches requested figures; a newer request for the same slot cancels the older one. */
export const loadFigures = createEffect(
  (actions$ = inject(Actions), api: Pick<AnalyticsApi, 'figure'> = inject(AnalyticsApi)) => {
    return actions$.pipe(
      ofType(AnalyticsApiActions.figuresRequested),
      mergeMap(({ requests }) => from(requests)),
      groupBy((request) => request.slot),
      mergeMap((slot$) =>
        slot$.pipe(
          switchMap((request) =>
            api.figure<FigureAnswer['data']>(request).pipe(
              map((data) =>
                AnalyticsApiActions.figureLoaded({
                  answer: { slot: request.slot, key: request.key, data } as FigureAnswer,
                }),
              ),
              catchError((error: unknown) =>
                of(
                  AnalyticsApiActions.figureLoadFailed({
                    slot: request.slot,
                    key: request.key,
                    error: toApiError(error),
                  }),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The Secretariat publishes a closed cycle's approved reports to every state (or takes it back). */
export const changePublication = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<AnalyticsApi, 'setPublication'> = inject(AnalyticsApi),
  ) => {
    return actions$.pipe(
      ofType(AnalyticsPageActions.publicationConfirmed),
      exhaustMap(({ cycleId, published }) =>
        api.setPublication(cycleId, published).pipe(
          map(() => AnalyticsApiActions.publicationChanged({ cycleId, published })),
          catchError((error: unknown) =>
            of(AnalyticsApiActions.publicationChangeFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
