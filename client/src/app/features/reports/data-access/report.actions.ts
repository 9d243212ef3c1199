import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ActionPlanView, Cycle, LocalizedText, MissingAnswer, ReportView } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { StoredDraft } from './draft-storage';
import type { ConflictChoice, EditableField, EntryPatch, SentChanges } from './entry-edits';
import type { ReportKey, ReturnBody } from './reports.api';

/** What an action still lacks for a submission, as the server listed it. */
export interface SubmissionProblem {
  readonly actionCode: string;
  readonly missing: readonly MissingAnswer[];
}

/** Why an evidence file did not arrive. */
export type UploadProblem =
  'too_large' | 'report_too_large' | 'unsupported_type' | 'empty' | 'offline' | 'locked' | 'failed';

/** A file on its way, as the store knows it (the `File` itself waits in `PendingUploads`). */
export interface UploadRequest {
  readonly id: string;
  readonly actionCode: string;
  readonly fileName: string;
  readonly size: number;
  /** The type it is sent as (see `evidenceContentType`). */
  readonly contentType: string;
}

/** Everything the report page shows besides the report. */
export interface ReportContext {
  readonly cycle: Cycle;
  readonly plan: ActionPlanView;
  /** The state's name in both languages, null when unknown. */
  readonly stateName: LocalizedText | null;
}

/** Events from the report page (the editor, or the read-only view). */
export const ReportPageActions = createActionGroup({
  source: 'Report Page',
  events: {
    Opened: props<{ key: ReportKey }>(),
    'Reload Clicked': emptyProps(),
    /** The person left the page: whatever is unsaved goes to the server now. */
    Left: emptyProps(),
    'Save Clicked': emptyProps(),
    /** A text field lost the focus. */
    'Field Blurred': emptyProps(),
    'Area Selected': props<{ areaCode: string }>(),
    'Submit Confirmed': emptyProps(),
    'Problems Dismissed': emptyProps(),
    'Notice Dismissed': emptyProps(),
    /** Edits kept on this device that can no longer be saved (the report is locked). */
    'Local Edits Discarded': emptyProps(),
  },
});

/** Events from the entry cards. */
export const ReportEditorActions = createActionGroup({
  source: 'Report Editor',
  events: {
    'Entry Changed': props<{ actionCode: string; patch: EntryPatch }>(),
    /** A carried-over entry confirmed as still valid. */
    'Entry Reviewed': props<{ actionCode: string }>(),
    'File Chosen': props<{ upload: UploadRequest }>(),
    /** Refused before sending (type or size). */
    'File Refused': props<{ upload: UploadRequest; problem: UploadProblem }>(),
    'Upload Dismissed': props<{ id: string }>(),
    'File Removal Confirmed': props<{ actionCode: string; fileId: string }>(),
  },
});

/** Events of the autosave machinery. */
export const AutosaveActions = createActionGroup({
  source: 'Report Autosave',
  events: {
    /** Nothing was typed for a while. */
    'Typing Paused': emptyProps(),
    /** The browser is back online. */
    'Came Online': emptyProps(),
    /** A save that could not reach the server is due again. */
    'Retry Due': emptyProps(),
  },
});

/** The person's decisions in the dialog that compares their edits with a colleague's. */
export const ConflictDialogActions = createActionGroup({
  source: 'Report Conflict Dialog',
  events: {
    Resolved: props<{
      choices: { actionCode: string; field: EditableField; choice: ConflictChoice }[];
    }>(),
  },
});

/** Events from the Secretariat's review page. */
export const ReviewPageActions = createActionGroup({
  source: 'Report Review Page',
  events: {
    Opened: props<{ key: ReportKey }>(),
    'Return Submitted': props<{ body: ReturnBody }>(),
    'Approve Confirmed': emptyProps(),
    'Reopen Submitted': props<{ comment: string }>(),
    'Notice Dismissed': emptyProps(),
  },
});

/** Answers of the reports API. */
export const ReportsApiActions = createActionGroup({
  source: 'Reports API',
  events: {
    'Report Loaded': props<{
      key: ReportKey;
      report: ReportView;
      context: ReportContext;
      /** Edits this person kept on this device for this report, if any. */
      draft: StoredDraft | null;
    }>(),
    'Report Load Failed': props<{ key: ReportKey; error: ApiError }>(),
    /** A fresh copy of the report (after it was found locked). */
    'Report Refreshed': props<{ report: ReportView }>(),
    'Save Started': props<{ sent: SentChanges }>(),
    'Save Succeeded': props<{ report: ReportView; sent: SentChanges; at: string }>(),
    /** 409 `stale_version`: someone saved in between; here is the report as it is now. */
    'Save Conflicted': props<{ report: ReportView; sent: SentChanges }>(),
    /** Network errors come as `network_error`: the edits wait on this device. */
    'Save Failed': props<{ error: ApiError }>(),
    'Upload Progressed': props<{ id: string; percent: number }>(),
    'Upload Succeeded': props<{ id: string; report: ReportView }>(),
    'Upload Failed': props<{ id: string; problem: UploadProblem }>(),
    'File Removed': props<{ report: ReportView }>(),
    'File Removal Failed': props<{ error: ApiError }>(),
    'Submit Refused': props<{ problems: SubmissionProblem[] }>(),
    'Transition Succeeded': props<{
      report: ReportView;
      transition: 'submit' | 'return' | 'approve' | 'reopen';
    }>(),
    'Transition Failed': props<{ error: ApiError }>(),
  },
});
