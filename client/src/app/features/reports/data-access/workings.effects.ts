import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { EMPTY, type Observable, catchError, concatMap, map, of, switchMap } from 'rxjs';

import { toApiError } from '../../../core/http';
import { ReportsApiActions, ReviewPageActions } from './report.actions';
import { selectMaySeeWorkings, selectReportKey } from './report.feature';
import { type ReportKey, ReportsApi } from './reports.api';
import { ReportWorkingsActions, WorkingsApiActions, type WorkingsPart } from './workings.actions';

type StoreReader = Pick<Store, 'select'>;
type WorkingsApi = Pick<ReportsApi, 'timeline' | 'history' | 'compare' | 'changes' | 'comments'>;

/** Reads one part for the current report, turning a failure into plain data. */
function read<T>(
  part: WorkingsPart,
  key: ReportKey | null,
  call: (key: ReportKey) => Observable<T>,
  loaded: (value: T) => ReturnType<(typeof WorkingsApiActions)[keyof typeof WorkingsApiActions]>,
) {
  if (!key) {
    return EMPTY;
  }
  return call(key).pipe(
    map(loaded),
    catchError((error: unknown) =>
      of(WorkingsApiActions.loadFailed({ part, error: toApiError(error) })),
    ),
  );
}

export const loadTimeline = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: WorkingsApi = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportWorkingsActions.timelineOpened),
      concatLatestFrom(() => store.select(selectReportKey)),
      switchMap(([, key]) =>
        read(
          'timeline',
          key,
          (k) => api.timeline(k),
          (events) => WorkingsApiActions.timelineLoaded({ events }),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadHistory = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: WorkingsApi = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportWorkingsActions.historyOpened),
      concatLatestFrom(() => store.select(selectReportKey)),
      switchMap(([, key]) =>
        read(
          'history',
          key,
          (k) => api.history(k),
          (revisions) => WorkingsApiActions.historyLoaded({ revisions }),
        ),
      ),
    );
  },
  { functional: true },
);

export const compareRevisions = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: WorkingsApi = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportWorkingsActions.revisionsCompared),
      concatLatestFrom(() => store.select(selectReportKey)),
      switchMap(([{ from, to }, key]) =>
        read(
          'comparison',
          key,
          (k) => api.compare(k, Math.min(from, to), Math.max(from, to)),
          (comparison) => WorkingsApiActions.comparisonLoaded({ comparison }),
        ),
      ),
    );
  },
  { functional: true },
);

/** "Changes since the previous cycle": on its panel, and on the review page. */
export const loadChanges = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: WorkingsApi = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportWorkingsActions.changesOpened, ReviewPageActions.opened),
      concatLatestFrom(() => store.select(selectReportKey)),
      switchMap(([action, current]) =>
        read(
          'changes',
          'key' in action ? action.key : current,
          (k) => api.changes(k),
          (changes) => WorkingsApiActions.changesLoaded({ changes }),
        ),
      ),
    );
  },
  { functional: true },
);

/** Every entry's thread, once the report is there (the state's people and the Secretariat). */
export const loadComments = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: WorkingsApi = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportsApiActions.reportLoaded),
      concatLatestFrom(() => store.select(selectMaySeeWorkings)),
      switchMap(([{ key }, maySee]) =>
        maySee
          ? read(
              'comments',
              key,
              (k) => api.comments(k),
              (comments) => WorkingsApiActions.commentsLoaded({ comments }),
            )
          : of(WorkingsApiActions.commentsLoaded({ comments: [] })),
      ),
    );
  },
  { functional: true },
);

export const addComment = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<ReportsApi, 'addComment'> = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportWorkingsActions.commentSubmitted),
      concatLatestFrom(() => store.select(selectReportKey)),
      concatMap(([{ actionCode, text, lang }, key]) =>
        key
          ? api.addComment(key, { actionCode, text, lang }).pipe(
              map((comment) => WorkingsApiActions.commentAdded({ comment })),
              catchError((error: unknown) =>
                of(WorkingsApiActions.commentFailed({ actionCode, error: toApiError(error) })),
              ),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);
