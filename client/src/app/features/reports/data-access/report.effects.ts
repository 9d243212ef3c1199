import { HttpEventType } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  type SchedulerLike,
  asyncScheduler,
  catchError,
  concat,
  concatMap,
  debounceTime,
  distinctUntilChanged,
  exhaustMap,
  filter,
  forkJoin,
  map,
  mergeMap,
  of,
  switchMap,
  take,
  takeUntil,
  tap,
  timer,
} from 'rxjs';

import { isTemporaryFailure, toApiError } from '../../../core/http';
import { selectUser } from '../../../core/session';
import { Connectivity } from './connectivity';
import { DraftStorage } from './draft-storage';
import { PendingUploads } from './pending-uploads';
import {
  AutosaveActions,
  ConflictDialogActions,
  ReportEditorActions,
  ReportPageActions,
  ReportsApiActions,
  ReviewPageActions,
} from './report.actions';
import {
  selectDraftToStore,
  selectPendingSave,
  selectReportKey,
  selectReportStatus,
  selectSubmitReadiness,
} from './report.feature';
import {
  OFFLINE_ERROR,
  staleReportOf,
  submissionProblemsOf,
  uploadProblemOf,
} from './report-errors';
import { EvidenceApi, type ReportKey, ReportsApi } from './reports.api';
import { AUTOSAVE_DELAY_MS, RETRY_DELAY_MS } from './save-timing';

type StoreReader = Pick<Store, 'select'>;

/**
 * Reads the report with what the page shows besides (cycle, plan titles, state name), and the
 * edits this person kept on this device for it. Again when coming back online after a failure.
 */
export const loadReport = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<ReportsApi, 'get' | 'cycle' | 'plan' | 'states'> = inject(ReportsApi),
    drafts: Pick<DraftStorage, 'read'> = inject(DraftStorage),
  ) => {
    return actions$.pipe(
      ofType(
        ReportPageActions.opened,
        ReviewPageActions.opened,
        ReportPageActions.reloadClicked,
        AutosaveActions.cameOnline,
      ),
      concatLatestFrom(() => [
        store.select(selectReportKey),
        store.select(selectReportStatus),
        store.select(selectUser),
      ]),
      filter(
        ([action, , status]) =>
          action.type !== AutosaveActions.cameOnline.type || status === 'failed',
      ),
      switchMap(([action, currentKey, , user]) => {
        const key: ReportKey | null = 'key' in action ? action.key : currentKey;
        if (!key) {
          return EMPTY;
        }
        return forkJoin({
          report: api.get(key),
          cycle: api.cycle(key.cycleId),
          plan: api.plan(),
          // The state's name is a nicety: its code will do.
          states: api.states().pipe(catchError(() => of([]))),
        }).pipe(
          map(({ report, cycle, plan, states }) =>
            ReportsApiActions.reportLoaded({
              key,
              report,
              context: {
                cycle,
                plan,
                stateName: states.find((state) => state.code === key.stateCode)?.name ?? null,
              },
              draft: user ? drafts.read({ ...key, userId: user.id }) : null,
            }),
          ),
          catchError((error: unknown) =>
            of(ReportsApiActions.reportLoadFailed({ key, error: toApiError(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

/** Saves by itself once the person stops typing for a moment. */
export const autosaveWhenTypingPauses = createEffect(
  (actions$ = inject(Actions), scheduler: SchedulerLike = asyncScheduler) => {
    return actions$.pipe(
      ofType(ReportEditorActions.entryChanged, ReportEditorActions.entryReviewed),
      debounceTime(AUTOSAVE_DELAY_MS, scheduler),
      map(() => AutosaveActions.typingPaused()),
    );
  },
  { functional: true },
);

/**
 * Sends the changed entries, one save after another (never two in flight), each with the
 * version its edits were based on, reading what to send when its turn comes. A 409
 * `stale_version` brings the current report for re-basing; a save that cannot reach the
 * server leaves the edits on this device.
 */
export const saveReport = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<ReportsApi, 'save'> = inject(ReportsApi),
    connectivity: Pick<Connectivity, 'isOnline'> = inject(Connectivity),
    now: () => Date = () => new Date(),
  ) => {
    return actions$.pipe(
      ofType(
        ReportPageActions.saveClicked,
        ReportPageActions.fieldBlurred,
        ReportPageActions.areaSelected,
        ReportPageActions.left,
        ReportPageActions.submitConfirmed,
        AutosaveActions.typingPaused,
        AutosaveActions.cameOnline,
        AutosaveActions.retryDue,
        ConflictDialogActions.resolved,
        // After re-basing on the current report (no conflict): the edits go again on top.
        ReportsApiActions.saveConflicted,
        // Edits restored from this device go to the server at once.
        ReportsApiActions.reportLoaded,
      ),
      concatMap(() =>
        store.select(selectPendingSave).pipe(
          take(1),
          concatMap((pending) => {
            if (!pending) {
              return EMPTY;
            }
            if (!connectivity.isOnline()) {
              return of(ReportsApiActions.saveFailed({ error: OFFLINE_ERROR }));
            }
            const { key, body, sent } = pending;
            return concat(
              of(ReportsApiActions.saveStarted({ sent })),
              api.save(key, body).pipe(
                map((report) =>
                  ReportsApiActions.saveSucceeded({ report, sent, at: now().toISOString() }),
                ),
                catchError((error: unknown) => {
                  const current = staleReportOf(error);
                  return of(
                    current
                      ? ReportsApiActions.saveConflicted({ report: current, sent })
                      : ReportsApiActions.saveFailed({ error: toApiError(error) }),
                  );
                }),
              ),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** A save that could not reach the server, or found it briefly unavailable (503), is tried again after a while… */
export const retryOfflineSave = createEffect(
  (actions$ = inject(Actions), scheduler: SchedulerLike = asyncScheduler) => {
    return actions$.pipe(
      ofType(ReportsApiActions.saveFailed),
      filter(({ error }) => isTemporaryFailure(error)),
      switchMap(() =>
        timer(RETRY_DELAY_MS, scheduler).pipe(
          takeUntil(
            actions$.pipe(ofType(ReportsApiActions.saveSucceeded, ReportPageActions.opened)),
          ),
          map(() => AutosaveActions.retryDue()),
        ),
      ),
    );
  },
  { functional: true },
);

/** …and as soon as the browser is back online. */
export const noticeComingOnline = createEffect(
  (connectivity: Pick<Connectivity, 'cameOnline$'> = inject(Connectivity)) => {
    return connectivity.cameOnline$.pipe(map(() => AutosaveActions.cameOnline()));
  },
  { functional: true },
);

/**
 * Keeps the unconfirmed edits on this device after every change to them, and forgets them
 * once the server has them all.
 */
export const keepEditsOnDevice = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    drafts: Pick<DraftStorage, 'write' | 'clear'> = inject(DraftStorage),
    now: () => Date = () => new Date(),
  ) => {
    return actions$.pipe(
      ofType(
        ReportsApiActions.reportLoaded,
        ReportsApiActions.reportRefreshed,
        ReportEditorActions.entryChanged,
        ReportEditorActions.entryReviewed,
        ReportsApiActions.saveSucceeded,
        ReportsApiActions.saveConflicted,
        ConflictDialogActions.resolved,
        ReportsApiActions.uploadSucceeded,
        ReportsApiActions.fileRemoved,
        ReportsApiActions.transitionSucceeded,
        ReportPageActions.localEditsDiscarded,
      ),
      concatLatestFrom(() => store.select(selectDraftToStore)),
      tap(([, draft]) => {
        if (!draft) {
          return;
        }
        if (Object.keys(draft.edits).length === 0) {
          drafts.clear(draft.key);
        } else {
          drafts.write(draft.key, {
            version: draft.version,
            savedAt: now().toISOString(),
            edits: draft.edits,
          });
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** A save found the report locked (submitted meanwhile, cycle closed): show it as it is now. */
export const refreshLockedReport = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<ReportsApi, 'get'> = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportsApiActions.saveFailed, ReportsApiActions.transitionFailed),
      filter(
        ({ error }) => error.code === 'report_locked' || error.code === 'transition_not_allowed',
      ),
      concatLatestFrom(() => store.select(selectReportKey)),
      switchMap(([, key]) =>
        key
          ? api.get(key).pipe(
              map((report) => ReportsApiActions.reportRefreshed({ report })),
              catchError(() => EMPTY),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);

/** Sends a chosen evidence file, telling how far it has gone. Several may travel at once. */
export const uploadFile = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<EvidenceApi, 'upload'> = inject(EvidenceApi),
    files: Pick<PendingUploads, 'take'> = inject(PendingUploads),
  ) => {
    return actions$.pipe(
      ofType(ReportEditorActions.fileChosen),
      concatLatestFrom(() => store.select(selectReportKey)),
      mergeMap(([{ upload }, key]) => {
        const file = files.take(upload.id);
        if (!file || !key) {
          return of(ReportsApiActions.uploadFailed({ id: upload.id, problem: 'failed' }));
        }
        return api.upload(key, upload.actionCode, file, upload.fileName, upload.contentType).pipe(
          map((event) => {
            if (event.type === HttpEventType.UploadProgress) {
              const total = event.total ?? upload.size;
              const percent =
                total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0;
              return ReportsApiActions.uploadProgressed({ id: upload.id, percent });
            }
            return event.type === HttpEventType.Response && event.body
              ? ReportsApiActions.uploadSucceeded({ id: upload.id, report: event.body.report })
              : null;
          }),
          filter((action) => action !== null),
          distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
          catchError((error: unknown) =>
            of(
              ReportsApiActions.uploadFailed({
                id: upload.id,
                problem: uploadProblemOf(toApiError(error)),
              }),
            ),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const removeFile = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<EvidenceApi, 'remove'> = inject(EvidenceApi),
  ) => {
    return actions$.pipe(
      ofType(ReportEditorActions.fileRemovalConfirmed),
      concatLatestFrom(() => store.select(selectReportKey)),
      mergeMap(([{ actionCode, fileId }, key]) =>
        key
          ? api.remove(key, actionCode, fileId).pipe(
              map((report) => ReportsApiActions.fileRemoved({ report })),
              catchError((error: unknown) =>
                of(ReportsApiActions.fileRemovalFailed({ error: toApiError(error) })),
              ),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);

/**
 * Submits once the last edits are saved (the page asks for that save along with the
 * submission); refuses when they cannot be saved. A 422 lists what is missing per action.
 */
export const submitReport = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<ReportsApi, 'submit'> = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(ReportPageActions.submitConfirmed),
      exhaustMap(() =>
        store.select(selectSubmitReadiness).pipe(
          filter((readiness) => readiness !== 'waiting'),
          take(1),
          concatLatestFrom(() => store.select(selectReportKey)),
          switchMap(([readiness, key]) => {
            if (!key) {
              return EMPTY;
            }
            if (readiness === 'blocked') {
              return of(
                ReportsApiActions.transitionFailed({
                  error: {
                    status: 0,
                    code: 'unsaved_changes',
                    message: 'Some changes are not saved yet.',
                    details: [],
                  },
                }),
              );
            }
            return api.submit(key).pipe(
              map((report) =>
                ReportsApiActions.transitionSucceeded({ report, transition: 'submit' }),
              ),
              catchError((error: unknown) => {
                const problems = submissionProblemsOf(error);
                return of(
                  problems
                    ? ReportsApiActions.submitRefused({ problems })
                    : ReportsApiActions.transitionFailed({ error: toApiError(error) }),
                );
              }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** The Secretariat's moves: return with comments, approve, reopen with a reason. */
export const reviewReport = createEffect(
  (
    actions$ = inject(Actions),
    store: StoreReader = inject(Store),
    api: Pick<ReportsApi, 'returnForRevision' | 'approve' | 'reopen'> = inject(ReportsApi),
  ) => {
    return actions$.pipe(
      ofType(
        ReviewPageActions.returnSubmitted,
        ReviewPageActions.approveConfirmed,
        ReviewPageActions.reopenSubmitted,
      ),
      concatLatestFrom(() => store.select(selectReportKey)),
      exhaustMap(([action, key]) => {
        if (!key) {
          return EMPTY;
        }
        const move =
          action.type === ReviewPageActions.returnSubmitted.type
            ? { call: api.returnForRevision(key, action.body), transition: 'return' as const }
            : action.type === ReviewPageActions.reopenSubmitted.type
              ? { call: api.reopen(key, action.comment), transition: 'reopen' as const }
              : { call: api.approve(key), transition: 'approve' as const };
        return move.call.pipe(
          map((report) =>
            ReportsApiActions.transitionSucceeded({ report, transition: move.transition }),
          ),
          catchError((error: unknown) =>
            of(ReportsApiActions.transitionFailed({ error: toApiError(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);
