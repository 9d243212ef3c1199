import { HttpEventType } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import type { ImportPreview } from '@ppm/shared';
import {
  catchError,
  distinctUntilChanged,
  exhaustMap,
  filter,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';

import { UNKNOWN_ERROR, toApiError } from '../../../core/http';
import { ImportApiActions, ImportPageActions } from './action-plan.actions';
import { ActionPlanImportApi } from './action-plan-import.api';
import { ImportFiles } from './import-files';

/** Where the person lands after an import: the plan, with a note of success. */
const PLAN_URL = '/action-plan';

/** Sends the chosen file for a preview, telling how much of it has gone. */
export const previewImport = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<ActionPlanImportApi, 'preview'> = inject(ActionPlanImportApi),
    files: Pick<ImportFiles, 'take'> = inject(ImportFiles),
  ) => {
    return actions$.pipe(
      ofType(ImportPageActions.fileChosen),
      switchMap(({ file: chosen }) => {
        const file = files.take(chosen.id);
        if (!file) {
          return of(
            ImportApiActions.previewFailed({
              error: { status: 0, code: UNKNOWN_ERROR, message: 'The file is gone.', details: [] },
            }),
          );
        }
        return api.preview(file).pipe(
          // Each step is either how far the upload is (a percentage) or the preview.
          map((event): number | ImportPreview | null => {
            if (event.type === HttpEventType.UploadProgress) {
              const total = event.total ?? file.size;
              return total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0;
            }
            return event.type === HttpEventType.Response ? event.body : null;
          }),
          filter((step) => step !== null),
          distinctUntilChanged(),
          map((step) =>
            typeof step === 'number'
              ? ImportApiActions.uploadProgressed({ percent: step })
              : ImportApiActions.previewReceived({ preview: step }),
          ),
          catchError((error: unknown) =>
            of(ImportApiActions.previewFailed({ error: toApiError(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const applyImport = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<ActionPlanImportApi, 'apply'> = inject(ActionPlanImportApi),
  ) => {
    return actions$.pipe(
      ofType(ImportPageActions.applyConfirmed),
      exhaustMap(({ previewId, version }) =>
        api.apply(previewId, version).pipe(
          map((plan) => ImportApiActions.importApplied({ plan })),
          catchError((error: unknown) =>
            of(ImportApiActions.applyFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** After an import, back to the plan, which says it worked. */
export const showPlanAfterImport = createEffect(
  (actions$ = inject(Actions), router: Pick<Router, 'navigateByUrl'> = inject(Router)) => {
    return actions$.pipe(
      ofType(ImportApiActions.importApplied),
      tap(() => void router.navigateByUrl(PLAN_URL)),
    );
  },
  { functional: true, dispatch: false },
);
