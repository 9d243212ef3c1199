import { createFeature, createReducer, on } from '@ngrx/store';
import type { ActionPlanView, Cycle, OpenReplyWindow, StatePassages } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { Reply } from './evaluation.model';
import type { LoadStatus, SaveStatus } from './evaluation-views';
import { RightOfReplyApiActions, RightOfReplyPageActions } from './right-of-reply.actions';

/** A focal point's view while reply windows are open: its own state's passages only. */
export interface RightOfReplyState {
  windows: OpenReplyWindow[];
  windowsStatus: LoadStatus;
  evaluationId: string | null;
  passages: StatePassages | null;
  /** Names of cycles and areas. */
  cycles: Cycle[];
  plan: ActionPlanView | null;
  /** The state's own replies to the open evaluation. */
  replies: Reply[];
  passagesStatus: LoadStatus;
  passagesError: ApiError | null;
  sendStatus: SaveStatus;
  sendError: ApiError | null;
}

export const initialRightOfReplyState: RightOfReplyState = {
  windows: [],
  windowsStatus: 'idle',
  evaluationId: null,
  passages: null,
  cycles: [],
  plan: null,
  replies: [],
  passagesStatus: 'idle',
  passagesError: null,
  sendStatus: 'idle',
  sendError: null,
};

export const rightOfReplyFeature = createFeature({
  name: 'rightOfReply',
  reducer: createReducer(
    initialRightOfReplyState,
    on(RightOfReplyPageActions.windowsOpened, (state): RightOfReplyState => ({
      ...state,
      windowsStatus: 'loading',
    })),
    on(RightOfReplyApiActions.windowsLoaded, (state, { windows }): RightOfReplyState => ({
      ...state,
      windows,
      windowsStatus: 'loaded',
    })),
    on(RightOfReplyApiActions.windowsLoadFailed, (state): RightOfReplyState => ({
      ...state,
      windowsStatus: 'failed',
    })),
    on(RightOfReplyPageActions.passagesOpened, (state, { evaluationId }): RightOfReplyState => ({
      ...state,
      evaluationId,
      passages: state.evaluationId === evaluationId ? state.passages : null,
      replies: state.evaluationId === evaluationId ? state.replies : [],
      passagesStatus: 'loading',
      passagesError: null,
      sendStatus: 'idle',
    })),
    on(RightOfReplyApiActions.passagesLoaded, (state, loaded): RightOfReplyState =>
      state.evaluationId === loaded.passages.evaluationId
        ? { ...state, ...loaded, passagesStatus: 'loaded' }
        : state,
    ),
    on(
      RightOfReplyApiActions.passagesLoadFailed,
      (state, { evaluationId, error }): RightOfReplyState =>
        state.evaluationId === evaluationId
          ? { ...state, passagesStatus: 'failed', passagesError: error }
          : state,
    ),
    on(RightOfReplyPageActions.replySubmitted, (state): RightOfReplyState => ({
      ...state,
      sendStatus: 'saving',
      sendError: null,
    })),
    on(RightOfReplyApiActions.replySent, (state, { reply }): RightOfReplyState => ({
      ...state,
      replies: [...state.replies, reply],
      sendStatus: 'saved',
    })),
    on(RightOfReplyApiActions.replySendFailed, (state, { error }): RightOfReplyState => ({
      ...state,
      sendStatus: 'failed',
      sendError: error,
    })),
  ),
});

export const {
  selectWindows: selectReplyWindows,
  selectWindowsStatus: selectReplyWindowsStatus,
  selectPassages,
  selectCycles: selectReplyCycles,
  selectPlan: selectReplyPlan,
  selectReplies: selectOwnReplies,
  selectPassagesStatus,
  selectPassagesError,
  selectSendStatus,
  selectSendError,
} = rightOfReplyFeature;
