import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';

import { toApiError } from '../../../core/http';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import { AUDIT_PAGE_SIZE, AuditApi } from './audit.api';
import { selectAuditEntity, selectNextBefore } from './audit.feature';

/** The newest page, on opening and on each change of the filter. */
export const loadFirstPage = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api: Pick<AuditApi, 'list'> = inject(AuditApi),
  ) => {
    return actions$.pipe(
      ofType(AuditPageActions.opened, AuditPageActions.entityFilterChanged),
      concatLatestFrom(() => store.select(selectAuditEntity)),
      switchMap(([, entity]) =>
        api.list({ entity, limit: AUDIT_PAGE_SIZE, before: null }).pipe(
          map(({ entries, nextBefore }) =>
            AuditApiActions.pageLoaded({ entries, nextBefore, append: false }),
          ),
          catchError((error: unknown) =>
            of(AuditApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The next older page, below what is shown; a second click while it loads does nothing. */
export const loadNextPage = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api: Pick<AuditApi, 'list'> = inject(AuditApi),
  ) => {
    return actions$.pipe(
      ofType(AuditPageActions.loadMoreClicked),
      concatLatestFrom(() => [store.select(selectAuditEntity), store.select(selectNextBefore)]),
      filter(([, , before]) => before !== null),
      exhaustMap(([, entity, before]) =>
        api.list({ entity, limit: AUDIT_PAGE_SIZE, before }).pipe(
          map(({ entries, nextBefore }) =>
            AuditApiActions.pageLoaded({ entries, nextBefore, append: true }),
          ),
          catchError((error: unknown) =>
            of(AuditApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The names of cycles, states, regions, areas and actions, once per visit of the page. */
export const loadNames = createEffect(
  (actions$ = inject(Actions), api: Pick<AuditApi, 'names'> = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(AuditPageActions.opened),
      switchMap(() =>
        api.names().pipe(
          map((names) => AuditApiActions.namesLoaded({ names })),
          catchError((error: unknown) =>
            of(AuditApiActions.namesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
