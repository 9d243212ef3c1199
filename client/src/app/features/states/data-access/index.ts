export { type StateChanges, StatesApi } from './states.api';
export {
  NO_STATES_FILTER,
  RegionDialogActions,
  type StatesFilter,
  StatesApiActions,
  StatesPageActions,
} from './states.actions';
export * as statesEffects from './states.effects';
export {
  type RegionView,
  type StateRow,
  type StatesState,
  initialStatesState,
  selectAllStates,
  selectBusyCodes,
  selectIsFiltered,
  selectRegionDialogError,
  selectRegionDialogStatus,
  selectRegionViews,
  selectRegionsStatus,
  selectStateRows,
  selectStatesError,
  selectStatesFilter,
  selectStatesStatus,
  statesAdapter,
  statesFeature,
  toRegionViews,
  toStateRows,
} from './states.feature';
