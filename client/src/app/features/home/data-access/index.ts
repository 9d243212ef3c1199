export {
  selectActionPlanOverview,
  summariseActionPlan,
  type ActionPlanOverview,
  type AreaSummary,
} from './action-plan-overview.selectors';
export { focusCycle } from './focus-cycle';
export { HomeApi } from './home.api';
export { HomeApiActions, HomePageActions } from './home.actions';
export * as homeEffects from './home.effects';
export {
  type HomeState,
  type LoadStatus,
  type Remote,
  homeFeature,
  initialHomeState,
} from './home.feature';
export {
  type ApprovedData,
  type AreaProgress,
  type EvaluationItem,
  type OwnReportHome,
  type OwnReportTask,
  type Part,
  type PeopleSummary,
  type ReturnedAction,
  type ReviewDesk,
  type SecretariatHome,
  type StateItem,
  type SubmissionFigures,
  daysLeft,
} from './home-views';
export {
  selectApprovedData,
  selectAreaProgress,
  selectEvaluationItems,
  selectFocusCycle,
  selectOwnReportHome,
  selectPeopleSummary,
  selectSecretariatHome,
  selectSubmissionFigures,
} from './home.selectors';
