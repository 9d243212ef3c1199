export { type ActionChanges, ActionPlanApi, type AreaChanges } from './action-plan.api';
export {
  ActionPlanImportApi,
  type TemplateFormat,
  templateUrl,
  uploadType,
} from './action-plan-import.api';
export {
  ActionDialogActions,
  ActionPlanApiActions,
  ActionPlanPageActions,
  AreaDialogActions,
  ImportApiActions,
  ImportPageActions,
  OverviewPageActions,
} from './action-plan.actions';
export * as actionPlanEffects from './action-plan.effects';
export * as actionPlanImportEffects from './action-plan-import.effects';
export {
  type ActionPlanState,
  type PlanNotice,
  type PlanStatus,
  type SaveStatus,
  actionPlanFeature,
  initialActionPlanState,
  selectActionPlanState,
  selectIsSaving,
  selectIsStale,
  selectNotice,
  selectPlan,
  selectPlanError,
  selectPlanStatus,
  selectPlanVersion,
  selectPlanView,
  selectSaveError,
  selectSaveStatus,
} from './action-plan.feature';
export {
  type ActionPlanImportState,
  type ImportStatus,
  type ImportSummary,
  actionPlanImportFeature,
  initialImportState,
  selectCanApply,
  selectImportError,
  selectImportFileName,
  selectImportFileSize,
  selectImportPreview,
  selectImportProgress,
  selectImportStatus,
  selectImportSummary,
  selectRowsWithErrors,
} from './action-plan-import.feature';
export { type ChosenFile, ImportFiles } from './import-files';
export {
  type ImportColumn,
  type ImportMessage,
  type ImportMessageParams,
  describeImportFailure,
  describeImportMessage,
} from './import-messages';
export { TITLE_MAX_LENGTH } from './limits';
export { inLocale, otherLocale } from './plan-text';
export {
  type ActionView,
  type AreaView,
  type PendingOrder,
  type PlanView,
  moveCode,
  toPlanView,
  withPendingOrder,
} from './plan-view';
export { provideActionPlanData } from './provide-action-plan';
