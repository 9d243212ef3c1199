import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type {
  CycleChanges,
  ReportEvent,
  RevisionComparison,
  RevisionSummary,
  ThreadComment,
} from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { ReportPageActions, ReportsApiActions, ReviewPageActions } from './report.actions';
import type { ReportKey } from './reports.api';
import { ReportWorkingsActions, WorkingsApiActions, type WorkingsPart } from './workings.actions';
import type { LoadStatus } from './report.feature';

export const commentsAdapter = createEntityAdapter<ThreadComment>({
  // Oldest first, as threads read.
  sortComparer: (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
});

export interface WorkingsState {
  key: ReportKey | null;
  timeline: ReportEvent[] | null;
  history: RevisionSummary[] | null;
  comparison: RevisionComparison | null;
  changes: CycleChanges | null;
  comments: EntityState<ThreadComment>;
  /** Per part, whether it is being read, there, or failed. */
  status: Record<WorkingsPart, LoadStatus>;
  error: ApiError | null;
  /** The thread a message is on its way to. */
  sendingCommentFor: string | null;
  commentError: { actionCode: string; error: ApiError } | null;
}

const idle: Record<WorkingsPart, LoadStatus> = {
  timeline: 'idle',
  history: 'idle',
  comparison: 'idle',
  changes: 'idle',
  comments: 'idle',
};

export const initialWorkingsState: WorkingsState = {
  key: null,
  timeline: null,
  history: null,
  comparison: null,
  changes: null,
  comments: commentsAdapter.getInitialState(),
  status: idle,
  error: null,
  sendingCommentFor: null,
  commentError: null,
};

const withStatus = (
  state: WorkingsState,
  part: WorkingsPart,
  status: LoadStatus,
): WorkingsState => ({ ...state, status: { ...state.status, [part]: status } });

export const reportWorkingsFeature = createFeature({
  name: 'reportWorkings',
  reducer: createReducer(
    initialWorkingsState,
    on(ReportPageActions.opened, ReviewPageActions.opened, (state, { key }): WorkingsState =>
      state.key?.cycleId === key.cycleId && state.key.stateCode === key.stateCode
        ? state
        : { ...initialWorkingsState, key },
    ),
    on(ReviewPageActions.opened, (state): WorkingsState => withStatus(state, 'changes', 'loading')),
    on(ReportsApiActions.reportLoaded, (state): WorkingsState =>
      withStatus(state, 'comments', 'loading'),
    ),
    on(ReportWorkingsActions.timelineOpened, (state): WorkingsState =>
      withStatus(state, 'timeline', 'loading'),
    ),
    on(ReportWorkingsActions.historyOpened, (state): WorkingsState =>
      withStatus(state, 'history', 'loading'),
    ),
    on(ReportWorkingsActions.revisionsCompared, (state): WorkingsState =>
      withStatus(state, 'comparison', 'loading'),
    ),
    on(ReportWorkingsActions.comparisonClosed, (state): WorkingsState => ({
      ...withStatus(state, 'comparison', 'idle'),
      comparison: null,
    })),
    on(ReportWorkingsActions.changesOpened, (state): WorkingsState =>
      withStatus(state, 'changes', 'loading'),
    ),
    on(WorkingsApiActions.timelineLoaded, (state, { events }): WorkingsState => ({
      ...withStatus(state, 'timeline', 'loaded'),
      timeline: events,
    })),
    on(WorkingsApiActions.historyLoaded, (state, { revisions }): WorkingsState => ({
      ...withStatus(state, 'history', 'loaded'),
      history: revisions,
    })),
    on(WorkingsApiActions.comparisonLoaded, (state, { comparison }): WorkingsState => ({
      ...withStatus(state, 'comparison', 'loaded'),
      comparison,
    })),
    on(WorkingsApiActions.changesLoaded, (state, { changes }): WorkingsState => ({
      ...withStatus(state, 'changes', 'loaded'),
      changes,
    })),
    on(WorkingsApiActions.commentsLoaded, (state, { comments }): WorkingsState => ({
      ...withStatus(state, 'comments', 'loaded'),
      comments: commentsAdapter.setAll(comments, state.comments),
    })),
    on(WorkingsApiActions.loadFailed, (state, { part, error }): WorkingsState => ({
      ...withStatus(state, part, 'failed'),
      error,
    })),
    on(ReportWorkingsActions.commentSubmitted, (state, { actionCode }): WorkingsState => ({
      ...state,
      sendingCommentFor: actionCode,
      commentError: null,
    })),
    on(WorkingsApiActions.commentAdded, (state, { comment }): WorkingsState => ({
      ...state,
      comments: commentsAdapter.upsertOne(comment, state.comments),
      sendingCommentFor: null,
    })),
    on(WorkingsApiActions.commentFailed, (state, { actionCode, error }): WorkingsState => ({
      ...state,
      sendingCommentFor: null,
      commentError: { actionCode, error },
    })),
  ),
  extraSelectors: ({ selectComments }) => {
    const { selectAll } = commentsAdapter.getSelectors();
    const selectAllComments = createSelector(selectComments, selectAll);
    return {
      selectAllComments,
      /** Each entry's thread, by action code. */
      selectThreads: createSelector(selectAllComments, (comments) => {
        const threads: Partial<Record<string, ThreadComment[]>> = {};
        for (const comment of comments) {
          (threads[comment.actionCode] ??= []).push(comment);
        }
        return threads;
      }),
    };
  },
});

export const {
  selectTimeline,
  selectHistory,
  selectComparison,
  selectChanges,
  selectStatus: selectWorkingsStatus,
  selectError: selectWorkingsError,
  selectSendingCommentFor,
  selectCommentError,
  selectAllComments,
  selectThreads,
} = reportWorkingsFeature;
