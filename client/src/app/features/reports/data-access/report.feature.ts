import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ReportEntry, ReportView } from '@ppm/shared';

import { type ApiError, NETWORK_ERROR } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import { AuthApiActions, SessionActions, selectUser } from '../../../core/session';
import { completenessByArea, completenessOf } from '@ppm/shared/rules';
import {
  type ConflictField,
  type EditableField,
  type ReportEdits,
  type SentChanges,
  applyPatch,
  changesToSend,
  countEdits,
  heldBackFields,
  markReviewed,
  mergeEntry,
  rebase,
  resolveConflicts,
} from './entry-edits';
import {
  AutosaveActions,
  ConflictDialogActions,
  type ReportContext,
  ReportEditorActions,
  ReportPageActions,
  ReportsApiActions,
  ReviewPageActions,
  type SubmissionProblem,
  type UploadProblem,
  type UploadRequest,
} from './report.actions';
import { toEditorView } from './report-view-model';
import type { ReportKey, SaveBody } from './reports.api';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * The last save: under way, confirmed, or why not (`offline`: the server could not be reached;
 * `locked`: the report can no longer be changed; `failed`: the server refused it).
 */
export type SaveStatus =
  'idle' | 'saving' | 'saved' | 'offline' | 'unavailable' | 'locked' | 'failed';

/** A workflow move, or something the page tells once. */
export type ReportNotice = 'restored' | 'submitted' | 'returned' | 'approved' | 'reopened';

/** An evidence file on its way, or one that did not arrive. */
export interface UploadView {
  readonly id: string;
  readonly actionCode: string;
  readonly fileName: string;
  readonly size: number;
  readonly percent: number;
  readonly problem: UploadProblem | null;
}

export interface ReportState {
  key: ReportKey | null;
  status: LoadStatus;
  error: ApiError | null;
  /** The report exactly as the server last confirmed it. */
  report: ReportView | null;
  context: ReportContext | null;
  /** The person's edits the server has not confirmed yet. */
  edits: ReportEdits;
  /** What the save under way sent. */
  sending: SentChanges | null;
  saveStatus: SaveStatus;
  saveError: ApiError | null;
  /** When the server last confirmed a save, ISO. */
  lastSavedAt: string | null;
  /** Fields the person and a colleague both changed: the person decides. */
  conflicts: ConflictField[];
  notice: ReportNotice | null;
  /** How many edits were restored from this device when the report opened. */
  restoredCount: number;
  transitionStatus: 'idle' | 'working' | 'failed';
  transitionError: ApiError | null;
  /** What the server said blocks a submission. */
  problems: SubmissionProblem[] | null;
  uploads: UploadView[];
  fileError: ApiError | null;
}

export const initialReportState: ReportState = {
  key: null,
  status: 'idle',
  error: null,
  report: null,
  context: null,
  edits: {},
  sending: null,
  saveStatus: 'idle',
  saveError: null,
  lastSavedAt: null,
  conflicts: [],
  notice: null,
  restoredCount: 0,
  transitionStatus: 'idle',
  transitionError: null,
  problems: null,
  uploads: [],
  fileError: null,
};

function sameKey(a: ReportKey | null, b: ReportKey | null): boolean {
  return a !== null && b !== null && a.cycleId === b.cycleId && a.stateCode === b.stateCode;
}

function isOurs(state: ReportState, report: ReportView): boolean {
  return sameKey(state.key, report);
}

/**
 * Takes a report the server sent (after a save, an upload, a move) and re-bases the edits on
 * it. An answer older than what we hold (answers can cross) keeps the newer report.
 */
function accept(
  state: ReportState,
  report: ReportView,
  sent: SentChanges | null = state.sending,
): ReportState {
  if (!isOurs(state, report)) {
    return state;
  }
  const current = state.report;
  const server = !current || report.version >= current.version ? report : current;
  const { edits, conflicts } = rebase(state.edits, server.entries, sent);
  return {
    ...state,
    report: server,
    edits,
    conflicts,
    saveStatus: lockedOr(server, edits, state.saveStatus),
  };
}

/** Edits kept for a report that can no longer be changed cannot be saved: say so. */
function lockedOr(report: ReportView, edits: ReportEdits, status: SaveStatus): SaveStatus {
  return !report.editable && Object.keys(edits).length > 0 ? 'locked' : status;
}

const opened = (state: ReportState, { key }: { key: ReportKey }): ReportState =>
  sameKey(state.key, key)
    ? { ...state, status: 'loading', error: null, transitionStatus: 'idle', problems: null }
    : { ...initialReportState, key, status: 'loading' };

function uploadView(upload: UploadRequest): UploadView {
  return {
    id: upload.id,
    actionCode: upload.actionCode,
    fileName: upload.fileName,
    size: upload.size,
    percent: 0,
    problem: null,
  };
}

function withUpload(
  state: ReportState,
  id: string,
  change: (upload: UploadView) => UploadView,
): ReportState {
  return {
    ...state,
    uploads: state.uploads.map((upload) => (upload.id === id ? change(upload) : upload)),
  };
}

function saveStatusFor(error: ApiError): SaveStatus {
  if (error.code === NETWORK_ERROR || error.status === 0) {
    return 'offline';
  }
  if (error.status === 503) {
    // The server is briefly unavailable: kept on this device and tried again, like offline.
    return 'unavailable';
  }
  return error.code === 'report_locked' ? 'locked' : 'failed';
}

export const reportFeature = createFeature({
  name: 'report',
  reducer: createReducer(
    initialReportState,
    on(ReportPageActions.opened, ReviewPageActions.opened, opened),
    // Another person may sign in next on this browser: nothing of this one stays in memory
    // (their unsaved edits wait in storage under their own name).
    on(
      AuthApiActions.signOutSucceeded,
      SessionActions.expired,
      (): ReportState => initialReportState,
    ),
    on(ReportPageActions.reloadClicked, (state): ReportState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(ReportsApiActions.reportLoaded, (state, { key, report, context, draft }): ReportState => {
      if (!sameKey(state.key, key)) {
        return state;
      }
      const inMemory = Object.keys(state.edits).length > 0;
      const source = inMemory ? state.edits : (draft?.edits ?? {});
      const { edits, conflicts } = rebase(source, report.entries, state.sending);
      // Restored edits of a report that can be changed go to the server at once.
      const restoredCount = inMemory || !report.editable ? 0 : countEdits(edits);
      return {
        ...state,
        status: 'loaded',
        error: null,
        report,
        context,
        edits,
        conflicts,
        restoredCount: restoredCount || state.restoredCount,
        notice: restoredCount > 0 ? 'restored' : state.notice,
        saveStatus: lockedOr(report, edits, state.saveStatus),
      };
    }),
    on(ReportsApiActions.reportLoadFailed, (state, { key, error }): ReportState =>
      sameKey(state.key, key) ? { ...state, status: 'failed', error } : state,
    ),
    on(ReportsApiActions.reportRefreshed, (state, { report }): ReportState =>
      accept(state, report),
    ),
    on(ReportEditorActions.entryChanged, (state, { actionCode, patch }): ReportState => {
      const entry = state.report?.editable
        ? state.report.entries.find((candidate) => candidate.actionCode === actionCode)
        : undefined;
      if (!entry) {
        return state;
      }
      return {
        ...state,
        edits: applyPatch(state.edits, entry, patch),
        saveStatus: state.saveStatus === 'failed' ? 'failed' : state.saveStatus,
      };
    }),
    on(ReportEditorActions.entryReviewed, (state, { actionCode }): ReportState =>
      state.report?.editable ? { ...state, edits: markReviewed(state.edits, actionCode) } : state,
    ),
    on(ReportsApiActions.saveStarted, (state, { sent }): ReportState => ({
      ...state,
      sending: sent,
      saveStatus: 'saving',
    })),
    on(ReportsApiActions.saveSucceeded, (state, { report, sent, at }): ReportState => {
      const accepted = accept(state, report, sent);
      return accepted === state
        ? state
        : {
            ...accepted,
            sending: null,
            saveStatus: 'saved',
            saveError: null,
            lastSavedAt: at,
          };
    }),
    on(ReportsApiActions.saveConflicted, (state, { report }): ReportState => {
      if (!isOurs(state, report)) {
        return state;
      }
      if (state.report && report.version <= state.report.version) {
        // Nothing newer to compare with: stop rather than try again and again.
        return {
          ...state,
          sending: null,
          saveStatus: 'failed',
          saveError: {
            status: 409,
            code: 'stale_version',
            message: 'The report changed in between.',
            details: [],
          },
        };
      }
      return { ...accept(state, report, null), sending: null, saveStatus: 'idle' };
    }),
    on(ReportsApiActions.saveFailed, (state, { error }): ReportState => ({
      ...state,
      sending: null,
      saveStatus: saveStatusFor(error),
      saveError: error,
    })),
    on(ConflictDialogActions.resolved, (state, { choices }): ReportState => {
      if (!state.report) {
        return state;
      }
      const edits = resolveConflicts(state.edits, state.report.entries, choices);
      return { ...state, edits, conflicts: [], saveStatus: 'idle', saveError: null };
    }),
    on(ReportEditorActions.fileChosen, (state, { upload }): ReportState => ({
      ...state,
      uploads: [...state.uploads, { ...uploadView(upload), problem: null }],
    })),
    on(ReportEditorActions.fileRefused, (state, { upload, problem }): ReportState => ({
      ...state,
      uploads: [...state.uploads, { ...uploadView(upload), problem }],
    })),
    on(ReportsApiActions.uploadProgressed, (state, { id, percent }): ReportState =>
      withUpload(state, id, (upload) => ({ ...upload, percent })),
    ),
    on(ReportsApiActions.uploadSucceeded, (state, { id, report }): ReportState => {
      const accepted = accept(state, report);
      return {
        ...accepted,
        uploads: accepted.uploads.filter((upload) => upload.id !== id),
      };
    }),
    on(ReportsApiActions.uploadFailed, (state, { id, problem }): ReportState =>
      withUpload(state, id, (upload) => ({ ...upload, problem })),
    ),
    on(ReportEditorActions.uploadDismissed, (state, { id }): ReportState => ({
      ...state,
      uploads: state.uploads.filter((upload) => upload.id !== id),
    })),
    on(ReportEditorActions.fileRemovalConfirmed, (state): ReportState => ({
      ...state,
      fileError: null,
    })),
    on(ReportsApiActions.fileRemoved, (state, { report }): ReportState => accept(state, report)),
    on(ReportsApiActions.fileRemovalFailed, (state, { error }): ReportState => ({
      ...state,
      fileError: error,
    })),
    on(
      ReportPageActions.submitConfirmed,
      ReviewPageActions.returnSubmitted,
      ReviewPageActions.approveConfirmed,
      ReviewPageActions.reopenSubmitted,
      (state): ReportState => ({
        ...state,
        transitionStatus: 'working',
        transitionError: null,
        problems: null,
        notice: null,
        // A submission tries the last save again, and waits for its outcome.
        saveStatus:
          state.saveStatus === 'failed' ||
          state.saveStatus === 'offline' ||
          state.saveStatus === 'unavailable'
            ? 'idle'
            : state.saveStatus,
      }),
    ),
    on(ReportsApiActions.submitRefused, (state, { problems }): ReportState => ({
      ...state,
      transitionStatus: 'idle',
      problems,
    })),
    on(ReportsApiActions.transitionSucceeded, (state, { report, transition }): ReportState => {
      const accepted = accept(state, report);
      if (accepted === state) {
        return state;
      }
      const notices = {
        submit: 'submitted',
        return: 'returned',
        approve: 'approved',
        reopen: 'reopened',
      } as const;
      return { ...accepted, transitionStatus: 'idle', notice: notices[transition] };
    }),
    on(ReportsApiActions.transitionFailed, (state, { error }): ReportState => ({
      ...state,
      transitionStatus: 'failed',
      transitionError: error,
    })),
    on(ReportPageActions.problemsDismissed, (state): ReportState => ({ ...state, problems: null })),
    on(
      ReportPageActions.noticeDismissed,
      ReviewPageActions.noticeDismissed,
      (state): ReportState => ({ ...state, notice: null }),
    ),
    on(ReportPageActions.localEditsDiscarded, (state): ReportState => ({
      ...state,
      edits: {},
      conflicts: [],
      saveStatus: 'idle',
      saveError: null,
    })),
    on(AutosaveActions.cameOnline, (state): ReportState =>
      state.saveStatus === 'offline' ? { ...state, saveStatus: 'idle' } : state,
    ),
  ),
  extraSelectors: ({
    selectKey,
    selectReport,
    selectEdits,
    selectContext,
    selectConflicts,
    selectSending,
    selectStatus,
    selectSaveStatus,
    selectLastSavedAt,
    selectUploads,
  }) => {
    const selectEntries = createSelector(selectReport, selectEdits, mergedEntries);
    const selectCanEdit = createSelector(selectReport, selectUser, (report, user) => {
      if (!report?.editable || !user) {
        return false;
      }
      if (user.role === 'secretariat') {
        return true;
      }
      return (
        (user.role === 'focal_point' || user.role === 'contributor') &&
        user.stateCode === report.stateCode
      );
    });
    return {
      /** The entries as the person sees them: the server's answers with their edits on top. */
      selectEntries,
      selectCompleteness: createSelector(selectEntries, (entries) => ({
        overall: completenessOf(entries),
        byArea: completenessByArea(entries),
      })),
      /** Actions with edits the server has not confirmed. */
      selectDirtyCodes: createSelector(selectEdits, (edits) => Object.keys(edits)),
      selectEditCount: createSelector(selectEdits, countEdits),
      selectHeldBack: createSelector(selectEdits, heldBackFields),
      /** The person's unsaved answers, field by field, to show when they cannot be saved. */
      selectUnsavedAnswers: createSelector(selectEdits, (edits) =>
        Object.entries(edits).flatMap(([actionCode, edit]) =>
          (Object.keys(edit.values) as EditableField[]).map((field) => ({
            actionCode,
            field,
            value: edit.values[field],
          })),
        ),
      ),
      selectCanEdit,
      /** Only the focal point submits the state's report. */
      selectCanSubmit: createSelector(
        selectCanEdit,
        selectUser,
        (canEdit, user) => canEdit && user?.role === 'focal_point',
      ),
      /** History, timeline and threads: the state's people and the Secretariat. */
      selectMaySeeWorkings: createSelector(
        selectUser,
        (user) =>
          user?.role === 'secretariat' ||
          user?.role === 'focal_point' ||
          user?.role === 'contributor',
      ),
      /** What the next save sends; null when there is nothing to send or it must wait. */
      selectPendingSave: createSelector(
        selectKey,
        selectStatus,
        selectReport,
        selectEdits,
        selectConflicts,
        selectSending,
        (key, status, report, edits, conflicts, sending): PendingSave | null => {
          if (!key || status === 'failed' || !report?.editable) {
            return null;
          }
          if (conflicts.length > 0 || sending) {
            return null;
          }
          const changes = changesToSend(edits, report.entries);
          return changes
            ? {
                key,
                body: { version: report.version, entries: changes.entries },
                sent: changes.sent,
              }
            : null;
        },
      ),
      /** What the save indicator says. */
      selectSaveIndicator: createSelector(
        selectSaveStatus,
        selectEdits,
        selectConflicts,
        selectLastSavedAt,
        (status, edits, conflicts, lastSavedAt): SaveIndicator => {
          const dirty = Object.keys(edits).length > 0;
          if (status === 'saving') {
            return { state: 'saving', lastSavedAt };
          }
          if (conflicts.length > 0) {
            return { state: 'conflict', lastSavedAt };
          }
          if (dirty && (status === 'offline' || status === 'unavailable')) {
            return { state: status, lastSavedAt };
          }
          if (dirty && (status === 'failed' || status === 'locked')) {
            return { state: status, lastSavedAt };
          }
          if (dirty) {
            return { state: 'unsaved', lastSavedAt };
          }
          return { state: lastSavedAt ? 'saved' : 'idle', lastSavedAt };
        },
      ),
      /** Areas, cards and titles in the active language. */
      selectEditorView: createSelector(
        selectReport,
        selectEntries,
        selectEdits,
        selectContext,
        selectLocale,
        toEditorView,
      ),
      selectUploadsByAction: createSelector(selectUploads, (uploads) => {
        const byAction: Partial<Record<string, UploadView[]>> = {};
        for (const upload of uploads) {
          (byAction[upload.actionCode] ??= []).push(upload);
        }
        return byAction;
      }),
      /** What to keep on this device, for whom. */
      selectDraftToStore: createSelector(
        selectKey,
        selectStatus,
        selectReport,
        selectEdits,
        selectUser,
        (key, status, report, edits, user): DraftToStore | null =>
          key && user && report && status === 'loaded'
            ? {
                key: { cycleId: key.cycleId, stateCode: key.stateCode, userId: user.id },
                version: report.version,
                edits,
              }
            : null,
      ),
    };
  },
});

/** A save ready to go. */
export interface PendingSave {
  readonly key: ReportKey;
  readonly body: SaveBody;
  readonly sent: SentChanges;
}

export interface SaveIndicator {
  readonly state:
    | 'idle'
    | 'saved'
    | 'saving'
    | 'unsaved'
    | 'offline'
    | 'unavailable'
    | 'conflict'
    | 'failed'
    | 'locked';
  readonly lastSavedAt: string | null;
}

export interface DraftToStore {
  readonly key: { cycleId: string; stateCode: string; userId: string };
  readonly version: number;
  readonly edits: ReportEdits;
}

/*
 * Merged entries are cached per server entry: an entry whose edit did not change keeps its
 * object, so only the card being typed in renders again.
 */
const mergedCache = new WeakMap<ReportEntry, { edit: unknown; merged: ReportEntry }>();
/** Stands for "no edit" in the cache, so that a missing entry never matches. */
const NO_EDIT = {};

function mergedEntries(report: ReportView | null, edits: ReportEdits): ReportEntry[] {
  if (!report) {
    return [];
  }
  return report.entries.map((entry) => {
    const edit = Object.hasOwn(edits, entry.actionCode) ? edits[entry.actionCode] : undefined;
    const cached = mergedCache.get(entry);
    if (cached?.edit === (edit ?? NO_EDIT)) {
      return cached.merged;
    }
    const merged = mergeEntry(entry, edit);
    mergedCache.set(entry, { edit: edit ?? NO_EDIT, merged });
    return merged;
  });
}

export const {
  selectSending,
  selectReportState,
  selectKey: selectReportKey,
  selectReport,
  selectContext: selectReportContext,
  selectStatus: selectReportStatus,
  selectError: selectReportError,
  selectEdits,
  selectSaveStatus,
  selectSaveError,
  selectConflicts,
  selectNotice,
  selectRestoredCount,
  selectTransitionStatus,
  selectTransitionError,
  selectProblems,
  selectFileError,
  selectEntries,
  selectCompleteness,
  selectDirtyCodes,
  selectEditCount,
  selectHeldBack,
  selectUnsavedAnswers,
  selectCanEdit,
  selectCanSubmit,
  selectMaySeeWorkings,
  selectPendingSave,
  selectSaveIndicator,
  selectEditorView,
  selectUploadsByAction,
  selectDraftToStore,
} = reportFeature;

/** Whether the last edits are saved: `ready`, still `waiting`, or `blocked` (cannot be saved). */
export type SubmitReadiness = 'ready' | 'waiting' | 'blocked';

export const selectSubmitReadiness = createSelector(
  selectPendingSave,
  selectSending,
  selectConflicts,
  selectSaveStatus,
  (pending, sending, conflicts, status): SubmitReadiness => {
    if (conflicts.length > 0) {
      return 'blocked';
    }
    if (sending || status === 'saving') {
      return 'waiting';
    }
    if (!pending) {
      return 'ready';
    }
    return status === 'offline' ||
      status === 'unavailable' ||
      status === 'failed' ||
      status === 'locked'
      ? 'blocked'
      : 'waiting';
  },
);
