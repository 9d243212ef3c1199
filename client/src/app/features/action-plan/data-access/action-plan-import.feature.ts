import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ImportPreview } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { ImportApiActions, ImportPageActions } from './action-plan.actions';

/**
 * idle: nothing chosen yet · uploading: the file is on its way, then being checked ·
 * previewed: the server's verdict is shown · applying · failed: the upload or the apply
 * went wrong (`error` says why; a preview that was shown stays).
 */
export type ImportStatus = 'idle' | 'uploading' | 'previewed' | 'applying' | 'failed';

export interface ActionPlanImportState {
  status: ImportStatus;
  fileName: string | null;
  fileSize: number | null;
  /** Percent of the file sent; 100 while the server checks it; null when not uploading. */
  progress: number | null;
  preview: ImportPreview | null;
  error: ApiError | null;
}

export const initialImportState: ActionPlanImportState = {
  status: 'idle',
  fileName: null,
  fileSize: null,
  progress: null,
  preview: null,
  error: null,
};

/** What applying would do, counted for the summary chips. */
export interface ImportSummary {
  readonly added: number;
  readonly retired: number;
  readonly retitled: number;
  readonly restored: number;
  readonly unchanged: number;
}

export const actionPlanImportFeature = createFeature({
  name: 'actionPlanImport',
  reducer: createReducer(
    initialImportState,
    on(ImportPageActions.opened, (state): ActionPlanImportState =>
      // Coming back mid-upload keeps the upload; anything else starts afresh.
      state.status === 'uploading' || state.status === 'applying' ? state : initialImportState,
    ),
    on(ImportPageActions.previewDiscarded, (): ActionPlanImportState => initialImportState),
    on(ImportPageActions.fileChosen, (_state, { file }): ActionPlanImportState => ({
      ...initialImportState,
      status: 'uploading',
      fileName: file.name,
      fileSize: file.size,
      progress: 0,
    })),
    on(ImportApiActions.uploadProgressed, (state, { percent }): ActionPlanImportState => ({
      ...state,
      progress: percent,
    })),
    on(ImportApiActions.previewReceived, (state, { preview }): ActionPlanImportState => ({
      ...state,
      status: 'previewed',
      progress: null,
      preview,
      error: null,
    })),
    on(ImportApiActions.previewFailed, (state, { error }): ActionPlanImportState => ({
      ...state,
      status: 'failed',
      progress: null,
      preview: null,
      error,
    })),
    on(ImportPageActions.applyConfirmed, (state): ActionPlanImportState => ({
      ...state,
      status: 'applying',
      error: null,
    })),
    on(ImportApiActions.applyFailed, (state, { error }): ActionPlanImportState => ({
      ...state,
      status: 'failed',
      error,
    })),
    on(ImportApiActions.importApplied, (): ActionPlanImportState => initialImportState),
  ),
  extraSelectors: ({ selectPreview, selectStatus }) => ({
    selectImportSummary: createSelector(selectPreview, (preview): ImportSummary | null =>
      preview
        ? {
            added: preview.changes.added.length,
            retired: preview.changes.removed.length,
            retitled: preview.changes.retitled.length,
            restored: preview.changes.restored.length,
            unchanged: preview.changes.unchanged,
          }
        : null,
    ),
    /** Only a preview without any error, and not while applying it. */
    selectCanApply: createSelector(
      selectPreview,
      selectStatus,
      (preview, status) => preview?.valid === true && status !== 'applying',
    ),
    selectRowsWithErrors: createSelector(
      selectPreview,
      (preview) => preview?.rows.filter((row) => row.errors.length > 0).length ?? 0,
    ),
  }),
});

export const {
  selectStatus: selectImportStatus,
  selectFileName: selectImportFileName,
  selectFileSize: selectImportFileSize,
  selectProgress: selectImportProgress,
  selectPreview: selectImportPreview,
  selectError: selectImportError,
  selectImportSummary,
  selectCanApply,
  selectRowsWithErrors,
} = actionPlanImportFeature;
