import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, of, switchMap } from 'rxjs';

import { toApiError } from '../../../core/http';
import {
  ActionDialogActions,
  ActionPlanApiActions,
  ActionPlanPageActions,
  AreaDialogActions,
  ImportPageActions,
  OverviewPageActions,
} from './action-plan.actions';
import { ActionPlanApi } from './action-plan.api';

const editFailed = (error: unknown) =>
  of(ActionPlanApiActions.editFailed({ error: toApiError(error) }));

/** Reads the plan whenever a page that uses it opens, or the person asks again. */
export const loadPlan = createEffect(
  (actions$ = inject(Actions), api: Pick<ActionPlanApi, 'get'> = inject(ActionPlanApi)) => {
    return actions$.pipe(
      ofType(
        ActionPlanPageActions.opened,
        ActionPlanPageActions.reloadClicked,
        OverviewPageActions.opened,
        OverviewPageActions.retryClicked,
        // The import names the actions it would retire by their titles now.
        ImportPageActions.opened,
      ),
      switchMap(() =>
        api.get().pipe(
          map((plan) => ActionPlanApiActions.planLoaded({ plan })),
          catchError((error: unknown) =>
            of(ActionPlanApiActions.planLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/*
 * Edits are saved one after another, each with the version it was based on; the page allows
 * no new edit while one is being saved, and a stale version comes back as 409.
 */

export const saveArea = createEffect(
  (actions$ = inject(Actions), api: Pick<ActionPlanApi, 'updateArea'> = inject(ActionPlanApi)) => {
    return actions$.pipe(
      ofType(AreaDialogActions.submitted),
      concatMap(({ areaCode, version, changes }) =>
        api.updateArea(areaCode, version, changes).pipe(
          map((plan) => ActionPlanApiActions.areaSaved({ plan })),
          catchError(editFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const addAction = createEffect(
  (actions$ = inject(Actions), api: Pick<ActionPlanApi, 'addAction'> = inject(ActionPlanApi)) => {
    return actions$.pipe(
      ofType(ActionDialogActions.addSubmitted),
      concatMap(({ areaCode, version, title }) =>
        api.addAction(areaCode, version, title).pipe(
          map((plan) => ActionPlanApiActions.actionAdded({ plan })),
          catchError(editFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveAction = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<ActionPlanApi, 'updateAction'> = inject(ActionPlanApi),
  ) => {
    return actions$.pipe(
      ofType(
        ActionDialogActions.renameSubmitted,
        ActionPlanPageActions.retireConfirmed,
        ActionPlanPageActions.restoreConfirmed,
      ),
      concatMap((action) => {
        const changes =
          action.type === ActionDialogActions.renameSubmitted.type
            ? { title: action.title }
            : { retired: action.type === ActionPlanPageActions.retireConfirmed.type };
        return api.updateAction(action.actionCode, action.version, changes).pipe(
          map((plan) => ActionPlanApiActions.actionSaved({ plan })),
          catchError(editFailed),
        );
      }),
    );
  },
  { functional: true },
);

export const reorderActions = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<ActionPlanApi, 'reorderActions'> = inject(ActionPlanApi),
  ) => {
    return actions$.pipe(
      ofType(ActionPlanPageActions.actionMoved),
      concatMap(({ areaCode, version, actionCodes }) =>
        api.reorderActions(areaCode, version, actionCodes).pipe(
          map((plan) => ActionPlanApiActions.actionsReordered({ plan })),
          catchError(editFailed),
        ),
      ),
    );
  },
  { functional: true },
);
