import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, mergeMap, of, switchMap, tap } from 'rxjs';

import { ErrorNotifier, toApiError } from '../../../core/http';
import { RegionDialogActions, StatesApiActions, StatesPageActions } from './states.actions';
import { StatesApi } from './states.api';

export const loadStates = createEffect(
  (actions$ = inject(Actions), api: Pick<StatesApi, 'states'> = inject(StatesApi)) => {
    return actions$.pipe(
      ofType(StatesPageActions.opened),
      switchMap(() =>
        api.states().pipe(
          map((states) => StatesApiActions.statesLoaded({ states })),
          catchError((error: unknown) =>
            of(StatesApiActions.statesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadRegions = createEffect(
  (actions$ = inject(Actions), api: Pick<StatesApi, 'regions'> = inject(StatesApi)) => {
    return actions$.pipe(
      ofType(StatesPageActions.opened),
      switchMap(() =>
        api.regions().pipe(
          map((regions) => StatesApiActions.regionsLoaded({ regions })),
          catchError((error: unknown) =>
            of(StatesApiActions.regionsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Changes of different states run side by side; each state's row shows it is busy. */
export const saveState = createEffect(
  (actions$ = inject(Actions), api: Pick<StatesApi, 'updateState'> = inject(StatesApi)) => {
    return actions$.pipe(
      ofType(StatesPageActions.activeChangeConfirmed, StatesPageActions.regionChosen),
      mergeMap((action) => {
        const changes =
          action.type === StatesPageActions.activeChangeConfirmed.type
            ? { active: action.active }
            : { region: action.region };
        return api.updateState(action.code, changes).pipe(
          map((state) => StatesApiActions.stateSaved({ state })),
          catchError((error: unknown) =>
            of(StatesApiActions.stateSaveFailed({ code: action.code, error: toApiError(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const createRegion = createEffect(
  (actions$ = inject(Actions), api: Pick<StatesApi, 'createRegion'> = inject(StatesApi)) => {
    return actions$.pipe(
      ofType(RegionDialogActions.createSubmitted),
      exhaustMap(({ region }) =>
        api.createRegion(region).pipe(
          map((created) => StatesApiActions.regionCreated({ region: created })),
          catchError((error: unknown) =>
            of(StatesApiActions.regionSaveFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const renameRegion = createEffect(
  (actions$ = inject(Actions), api: Pick<StatesApi, 'renameRegion'> = inject(StatesApi)) => {
    return actions$.pipe(
      ofType(RegionDialogActions.renameSubmitted),
      exhaustMap(({ code, name }) =>
        api.renameRegion(code, name).pipe(
          map((region) => StatesApiActions.regionRenamed({ region })),
          catchError((error: unknown) =>
            of(StatesApiActions.regionSaveFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * A row change has no form to show its failure: the snackbar tells. (Offline, server
 * failures and refusals are told already by the `ErrorNotifier`'s interceptor.)
 */
export const tellStateSaveFailures = createEffect(
  (actions$ = inject(Actions), notifier: Pick<ErrorNotifier, 'notify'> = inject(ErrorNotifier)) => {
    return actions$.pipe(
      ofType(StatesApiActions.stateSaveFailed),
      tap(({ code, error }) => {
        if (error.status === 404) {
          void notifier.notify('states.errors.notFound', { code });
        } else if (error.status === 400) {
          void notifier.notify('states.errors.invalid', { code });
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);
