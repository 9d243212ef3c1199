import { HttpEventType } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  type Observable,
  EMPTY,
  catchError,
  concatMap,
  exhaustMap,
  filter,
  forkJoin,
  map,
  mergeMap,
  of,
  switchMap,
  take,
  tap,
  withLatestFrom,
} from 'rxjs';

import { ErrorNotifier, toApiError } from '../../../core/http';
import {
  EvaluationEditorActions,
  EvaluationsApiActions,
  EvaluationsPageActions,
  NewEvaluationDialogActions,
} from './evaluations.actions';
import { EvaluationsApi } from './evaluations.api';
import type { Reply } from './evaluation.model';
import {
  type EditorSnapshot,
  downloadKey,
  selectEditorSnapshot,
  selectReplies,
} from './evaluations.feature';
import { SAVE_FILE, type SaveFile, fileNameFrom } from './file-saver';

export const loadEvaluations = createEffect(
  (actions$ = inject(Actions), api: Pick<EvaluationsApi, 'list'> = inject(EvaluationsApi)) => {
    return actions$.pipe(
      ofType(EvaluationsPageActions.opened),
      switchMap(() =>
        api.list().pipe(
          map((evaluations) => EvaluationsApiActions.evaluationsLoaded({ evaluations })),
          catchError((error: unknown) =>
            of(EvaluationsApiActions.evaluationsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Names of cycles, areas, states and regions, fetched again on each visit. */
export const loadReference = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'cycles' | 'plan' | 'states' | 'regions'> = inject(EvaluationsApi),
  ) => {
    return actions$.pipe(
      ofType(EvaluationsPageActions.opened, EvaluationEditorActions.opened),
      switchMap(() =>
        forkJoin({
          cycles: api.cycles(),
          plan: api.plan(),
          states: api.states(),
          regions: api.regions(),
        }).pipe(
          map((reference) => EvaluationsApiActions.referenceLoaded(reference)),
          catchError((error: unknown) =>
            of(EvaluationsApiActions.referenceLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createEvaluation = createEffect(
  (actions$ = inject(Actions), api: Pick<EvaluationsApi, 'create'> = inject(EvaluationsApi)) => {
    return actions$.pipe(
      ofType(NewEvaluationDialogActions.createSubmitted),
      exhaustMap(({ evaluation }) =>
        api.create(evaluation).pipe(
          map((created) => EvaluationsApiActions.evaluationCreated({ evaluation: created })),
          catchError((error: unknown) =>
            of(EvaluationsApiActions.evaluationCreateFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A new evaluation opens in the editor at once. */
export const openCreated = createEffect(
  (actions$ = inject(Actions), router: Pick<Router, 'navigate'> = inject(Router)) => {
    return actions$.pipe(
      ofType(EvaluationsApiActions.evaluationCreated),
      tap(({ evaluation }) => void router.navigate(['/evaluations', evaluation.id])),
    );
  },
  { functional: true, dispatch: false },
);

export const loadEvaluation = createEffect(
  (actions$ = inject(Actions), api: Pick<EvaluationsApi, 'get'> = inject(EvaluationsApi)) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.opened),
      switchMap(({ evaluationId }) =>
        api.get(evaluationId).pipe(
          map((evaluation) => EvaluationsApiActions.evaluationLoaded({ evaluation })),
          catchError((error: unknown) =>
            of(
              EvaluationsApiActions.evaluationLoadFailed({
                evaluationId,
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadEvidence = createEffect(
  (actions$ = inject(Actions), api: Pick<EvaluationsApi, 'evidence'> = inject(EvaluationsApi)) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.opened),
      switchMap(({ evaluationId }) =>
        api.evidence(evaluationId).pipe(
          map((evidence) => EvaluationsApiActions.evidenceLoaded({ evaluationId, evidence })),
          catchError((error: unknown) =>
            of(
              EvaluationsApiActions.evidenceLoadFailed({ evaluationId, error: toApiError(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Saves the texts with the version they were written on. Saves go in order (`concatMap`), and
 * each reads the store when its turn comes: the version the previous save produced.
 */
export const saveTexts = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'save'> = inject(EvaluationsApi),
    current$: Observable<EditorSnapshot> = inject(Store).select(selectEditorSnapshot),
  ) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.saveRequested, EvaluationEditorActions.conflictResolved),
      filter((action) => !('keep' in action) || action.keep === 'mine'),
      concatMap(() =>
        current$.pipe(
          take(1),
          concatMap(({ evaluation, texts }) =>
            !evaluation || !texts
              ? EMPTY
              : api.save(evaluation.id, evaluation.version, texts).pipe(
                  map((saved) => EvaluationsApiActions.saveSucceeded({ evaluation: saved, texts })),
                  catchError((error: unknown) =>
                    of(EvaluationsApiActions.saveFailed({ error: toApiError(error) })),
                  ),
                ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A 409: someone saved meanwhile. Their version is fetched to show beside the kept draft. */
export const loadNewerVersion = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'get'> = inject(EvaluationsApi),
    current$: Observable<EditorSnapshot> = inject(Store).select(selectEditorSnapshot),
  ) => {
    return actions$.pipe(
      ofType(EvaluationsApiActions.saveFailed),
      filter(({ error }) => error.status === 409),
      withLatestFrom(current$),
      switchMap(([, { evaluation }]) =>
        !evaluation
          ? EMPTY
          : api.get(evaluation.id).pipe(
              map((newer) => EvaluationsApiActions.newerVersionLoaded({ evaluation: newer })),
              catchError((error: unknown) =>
                of(
                  EvaluationsApiActions.evaluationLoadFailed({
                    evaluationId: evaluation.id,
                    error: toApiError(error),
                  }),
                ),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

export const finalise = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'finalize'> = inject(EvaluationsApi),
    current$: Observable<EditorSnapshot> = inject(Store).select(selectEditorSnapshot),
  ) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.finaliseConfirmed),
      withLatestFrom(current$),
      exhaustMap(([, { evaluation }]) =>
        !evaluation
          ? EMPTY
          : api.finalize(evaluation.id, evaluation.version).pipe(
              map((finalised) =>
                EvaluationsApiActions.finaliseSucceeded({ evaluation: finalised }),
              ),
              catchError((error: unknown) =>
                of(EvaluationsApiActions.finaliseFailed({ error: toApiError(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

/**
 * A report file: the server makes it (the button spins), then sends it (a bar fills when the
 * size is known), and the browser saves it under the server's file name.
 */
export const download = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'download'> = inject(EvaluationsApi),
    current$: Observable<EditorSnapshot> = inject(Store).select(selectEditorSnapshot),
    saveFile: SaveFile = inject(SAVE_FILE),
  ) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.downloadRequested),
      withLatestFrom(current$),
      mergeMap(([{ file }, { evaluation }]) => {
        const key = downloadKey(file);
        if (!evaluation) {
          return EMPTY;
        }
        const fallback = `evaluation-${file.version ?? 'draft'}-${file.lang}.${file.format}`;
        return api.download(evaluation.id, file).pipe(
          mergeMap((event) => {
            if (event.type === HttpEventType.DownloadProgress) {
              return of(
                EvaluationsApiActions.downloadProgressed({
                  key,
                  loaded: event.loaded,
                  total: event.total ?? null,
                }),
              );
            }
            if (event.type === HttpEventType.Response && event.body) {
              saveFile(
                event.body,
                fileNameFrom(event.headers.get('Content-Disposition'), fallback),
              );
              return of(EvaluationsApiActions.downloadFinished({ key }));
            }
            return EMPTY;
          }),
          catchError((error: unknown) =>
            of(EvaluationsApiActions.downloadFailed({ key, error: toApiError(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const changeReplyWindow = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'openReplyWindow' | 'closeReplyWindow'> = inject(EvaluationsApi),
    current$: Observable<EditorSnapshot> = inject(Store).select(selectEditorSnapshot),
  ) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.replyWindowOpened, EvaluationEditorActions.replyWindowClosed),
      withLatestFrom(current$),
      exhaustMap(([action, { evaluation }]) =>
        !evaluation
          ? EMPTY
          : ('closesOn' in action
              ? api.openReplyWindow(evaluation.id, evaluation.version, action.closesOn)
              : api.closeReplyWindow(evaluation.id)
            ).pipe(
              map((changed) => EvaluationsApiActions.replyWindowChanged({ evaluation: changed })),
              catchError((error: unknown) =>
                of(EvaluationsApiActions.replyWindowChangeFailed({ error: toApiError(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

/** The replies of an evaluation whose window was ever opened. */
export const loadReplies = createEffect(
  (actions$ = inject(Actions), api: Pick<EvaluationsApi, 'replies'> = inject(EvaluationsApi)) => {
    return actions$.pipe(
      ofType(EvaluationsApiActions.evaluationLoaded, EvaluationsApiActions.replyWindowChanged),
      filter(({ evaluation }) => evaluation.replyWindow !== null),
      switchMap(({ evaluation }) =>
        api.replies(evaluation.id).pipe(
          map((replies) =>
            EvaluationsApiActions.repliesLoaded({ evaluationId: evaluation.id, replies }),
          ),
          catchError((error: unknown) =>
            of(
              EvaluationsApiActions.repliesLoadFailed({
                evaluationId: evaluation.id,
                error: toApiError(error),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const handleReply = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'handleReply'> = inject(EvaluationsApi),
    current$: Observable<EditorSnapshot> = inject(Store).select(selectEditorSnapshot),
    replies$: Observable<Reply[]> = inject(Store).select(selectReplies),
  ) => {
    return actions$.pipe(
      ofType(EvaluationEditorActions.replyHandled),
      withLatestFrom(current$, replies$),
      concatMap(([{ replyId, outcome, note }, { evaluation }, replies]) => {
        const reply = replies.find((item) => item.id === replyId);
        return !evaluation || !reply
          ? EMPTY
          : api.handleReply(evaluation.id, reply, outcome, note).pipe(
              map((saved) => EvaluationsApiActions.replyHandlingSaved({ reply: saved })),
              catchError((error: unknown) =>
                of(
                  EvaluationsApiActions.replyHandlingFailed({ replyId, error: toApiError(error) }),
                ),
              ),
            );
      }),
    );
  },
  { functional: true },
);

/** Failures without a place on the page are told in the snackbar. */
export const tellFailures = createEffect(
  (actions$ = inject(Actions), notifier: Pick<ErrorNotifier, 'notify'> = inject(ErrorNotifier)) => {
    return actions$.pipe(
      ofType(
        EvaluationsApiActions.downloadFailed,
        EvaluationsApiActions.replyWindowChangeFailed,
        EvaluationsApiActions.replyHandlingFailed,
      ),
      tap(({ type }) => {
        void notifier.notify(
          type === EvaluationsApiActions.downloadFailed.type
            ? 'evaluations.errors.downloadFailed'
            : 'evaluations.errors.changeFailed',
        );
      }),
    );
  },
  { functional: true, dispatch: false },
);
