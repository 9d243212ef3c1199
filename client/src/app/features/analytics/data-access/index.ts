export {
  AnalyticsApiActions,
  AnalyticsPageActions,
  type AnalyticsReference,
} from './analytics.actions';
export { AnalyticsApi, type ExportView, exportUrl } from './analytics.api';
export * as analyticsEffects from './analytics.effects';
export * from './analytics.feature';
export * from './analytics.models';
export * from './analytics.selectors';
export * from './analytics-query';
export { type BoardRow } from './board-view';
export {
  CELL_KINDS,
  CELL_LETTERS,
  type CellKind,
  type CoverageMapping,
  type CoverageView,
} from './coverage-view';
export { type ActionFigures, type EntryView } from './drill-down-view';
export { type FigureSlot, mayChooseBasis } from './figure-requests';
export { type Names } from './names';
export { type Kpi, type OverviewKpis, SUBMISSION_ORDER } from './overview-view';
export { type Pairing, type PeerAction, type PeerLearning, type PeerState } from './peer-view';
export { type ProfileComparison } from './profile-view';
export { IMPLEMENTATION_ORDER } from './scores';
