export {
  type AreaTab,
  type EditorView,
  type EntryView,
  inLocale,
  toEditorView,
} from './report-view-model';
export {
  areaOfAction as areaOf,
  completenessByArea,
  completenessOf,
  missingAnswers,
} from '@ppm/shared/rules';
export { Connectivity } from './connectivity';
export { DraftStorage, type DraftKey, type StoredDraft, draftStorageKey } from './draft-storage';
export {
  type ConflictChoice,
  type ConflictField,
  EDITABLE_FIELDS,
  type EditableField,
  type EditableValues,
  type EntryPatch,
  type ReportEdits,
  isCompleteIndicator,
  isCompleteLink,
  isWebAddress,
  sameValue,
} from './entry-edits';
export {
  MyReportApiActions,
  MyReportPageActions,
  myReportFeature,
  selectMyReportStatus,
  selectOpenCycles,
  selectPastCycles,
} from './my-report';
export * as myReportEffects from './my-report.effects';
export { PendingUploads } from './pending-uploads';
export {
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
export * as reportEffects from './report.effects';
export {
  type LoadStatus,
  type ReportNotice,
  type ReportState,
  type SaveIndicator,
  type SaveStatus,
  type SubmitReadiness,
  type UploadView,
  initialReportState,
  reportFeature,
  selectCanEdit,
  selectCanSubmit,
  selectCompleteness,
  selectConflicts,
  selectEditCount,
  selectEditorView,
  selectEntries,
  selectFileError,
  selectHeldBack,
  selectMaySeeWorkings,
  selectNotice,
  selectProblems,
  selectReport,
  selectReportContext,
  selectReportError,
  selectReportKey,
  selectReportStatus,
  selectRestoredCount,
  selectSaveError,
  selectSaveIndicator,
  selectSaveStatus,
  selectSubmitReadiness,
  selectTransitionError,
  selectTransitionStatus,
  selectUnsavedAnswers,
  selectUploadsByAction,
} from './report.feature';
export {
  EVIDENCE_ACCEPT,
  IMPLEMENTATION_STATUSES,
  MAX_FILE_BYTES,
  MAX_INDICATORS_PER_ENTRY,
  MAX_LINKS_PER_ENTRY,
  MAX_TEXT_LENGTH,
  PARTICIPATION_VALUES,
  SUPPORT_CATEGORIES,
  evidenceContentType,
} from './reporting-rules';
export {
  EvidenceApi,
  type ReportKey,
  ReportsApi,
  type ReturnBody,
  evidenceFileUrl,
  reportUrl,
} from './reports.api';
export { provideReportsHttp } from './reports-http';
export { ReportWorkingsActions, WorkingsApiActions, type WorkingsPart } from './workings.actions';
export * as workingsEffects from './workings.effects';
export {
  reportWorkingsFeature,
  selectAllComments,
  selectChanges,
  selectCommentError,
  selectComparison,
  selectHistory,
  selectSendingCommentFor,
  selectThreads,
  selectTimeline,
  selectWorkingsError,
  selectWorkingsStatus,
} from './workings.feature';
export { provideReportData } from './provide-reports';
