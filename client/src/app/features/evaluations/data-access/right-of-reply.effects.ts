import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, forkJoin, map, of, switchMap } from 'rxjs';

import { toApiError } from '../../../core/http';
import { EvaluationsApi } from './evaluations.api';
import { RightOfReplyApiActions, RightOfReplyPageActions } from './right-of-reply.actions';

export const loadWindows = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'replyWindows'> = inject(EvaluationsApi),
  ) => {
    return actions$.pipe(
      ofType(RightOfReplyPageActions.windowsOpened),
      switchMap(() =>
        api.replyWindows().pipe(
          map((windows) => RightOfReplyApiActions.windowsLoaded({ windows })),
          catchError((error: unknown) =>
            of(RightOfReplyApiActions.windowsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The state's passages and the replies it already sent. */
export const loadPassages = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<EvaluationsApi, 'passages' | 'replies' | 'cycles' | 'plan'> = inject(EvaluationsApi),
  ) => {
    return actions$.pipe(
      ofType(RightOfReplyPageActions.passagesOpened),
      switchMap(({ evaluationId }) =>
        forkJoin({
          passages: api.passages(evaluationId),
          replies: api.replies(evaluationId),
          cycles: api.cycles(),
          plan: api.plan(),
        }).pipe(
          map((loaded) => RightOfReplyApiActions.passagesLoaded(loaded)),
          catchError((error: unknown) =>
            of(
              RightOfReplyApiActions.passagesLoadFailed({ evaluationId, error: toApiError(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const sendReply = createEffect(
  (actions$ = inject(Actions), api: Pick<EvaluationsApi, 'reply'> = inject(EvaluationsApi)) => {
    return actions$.pipe(
      ofType(RightOfReplyPageActions.replySubmitted),
      concatMap(({ evaluationId, target, text }) =>
        api.reply(evaluationId, target, text).pipe(
          map((reply) => RightOfReplyApiActions.replySent({ reply })),
          catchError((error: unknown) =>
            of(RightOfReplyApiActions.replySendFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
