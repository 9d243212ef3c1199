import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, filter, map, of, switchMap, tap } from 'rxjs';

import { toApiError } from '../../../core/http';
import { selectUser } from '../../../core/session';
import { MyReportApiActions, MyReportPageActions } from './my-report';
import { ReportsApi } from './reports.api';

export const loadMyCycles = createEffect(
  (actions$ = inject(Actions), api: Pick<ReportsApi, 'cycles'> = inject(ReportsApi)) => {
    return actions$.pipe(
      ofType(MyReportPageActions.opened, MyReportPageActions.retryClicked),
      switchMap(() =>
        api.cycles().pipe(
          map((cycles) => MyReportApiActions.cyclesLoaded({ cycles })),
          catchError((error: unknown) =>
            of(MyReportApiActions.cyclesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** With exactly one open cycle, there is nothing to choose: straight to its report. */
export const openTheOnlyOpenReport = createEffect(
  (
    actions$ = inject(Actions),
    store: Pick<Store, 'select'> = inject(Store),
    router: Pick<Router, 'navigate'> = inject(Router),
  ) => {
    return actions$.pipe(
      ofType(MyReportApiActions.cyclesLoaded),
      concatLatestFrom(() => store.select(selectUser)),
      map(([{ cycles }, user]) => ({
        open: cycles.filter((cycle) => cycle.status === 'open'),
        stateCode: user?.stateCode ?? null,
      })),
      filter(({ open, stateCode }) => open.length === 1 && stateCode !== null),
      tap(({ open, stateCode }) => {
        void router.navigate(['/reports', open[0].id, stateCode], { replaceUrl: true });
      }),
    );
  },
  { functional: true, dispatch: false },
);
