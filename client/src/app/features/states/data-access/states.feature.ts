import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Locale, LocalizedText, Region, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import {
  NO_STATES_FILTER,
  RegionDialogActions,
  StatesApiActions,
  type StatesFilter,
  StatesPageActions,
} from './states.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface StatesState extends EntityState<State> {
  status: LoadStatus;
  error: ApiError | null;
  regions: Region[];
  regionsStatus: LoadStatus;
  filter: StatesFilter;
  /** States whose change (active, region) is being saved. */
  busyCodes: string[];
  /** The region dialog. */
  dialogStatus: SaveStatus;
  dialogError: ApiError | null;
}

export const statesAdapter = createEntityAdapter<State>({ selectId: (state) => state.code });

export const initialStatesState: StatesState = statesAdapter.getInitialState({
  status: 'idle',
  error: null,
  regions: [],
  regionsStatus: 'idle',
  filter: NO_STATES_FILTER,
  busyCodes: [],
  dialogStatus: 'idle',
  dialogError: null,
});

/** A state as the table shows it, in the active language. */
export interface StateRow {
  readonly code: string;
  readonly name: string;
  /** The name in the other working language. */
  readonly otherName: string;
  readonly region: string;
  readonly regionName: string;
  readonly active: boolean;
  readonly note: string | null;
}

/** A region as the regions panel shows it. */
export interface RegionView {
  readonly code: string;
  readonly name: string;
  readonly otherName: string;
  readonly names: LocalizedText;
  readonly stateCount: number;
  readonly activeCount: number;
}

const other = (locale: Locale): Locale => (locale === 'en' ? 'ru' : 'en');
const text = (value: LocalizedText, locale: Locale): string => value[locale] || value.en;

/** Lower case, without accents: "Türkiye" is found by "turk". */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function toStateRows(
  states: readonly State[],
  regions: readonly Region[],
  filter: StatesFilter,
  locale: Locale,
): StateRow[] {
  const regionNames = new Map(regions.map((region) => [region.code, text(region.name, locale)]));
  const needle = fold(filter.text.trim());
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return states
    .filter((state) => filter.region === null || state.region === filter.region)
    .filter(
      (state) =>
        needle === '' ||
        [state.code, state.name.en, state.name.ru].some((candidate) =>
          fold(candidate).includes(needle),
        ),
    )
    .map((state) => ({
      code: state.code,
      name: text(state.name, locale),
      otherName: text(state.name, other(locale)),
      region: state.region,
      regionName: regionNames.get(state.region) ?? state.region,
      active: state.active,
      note: state.note ?? null,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function toRegionViews(
  regions: readonly Region[],
  states: readonly State[],
  locale: Locale,
): RegionView[] {
  return regions.map((region) => {
    const members = states.filter((state) => state.region === region.code);
    return {
      code: region.code,
      name: text(region.name, locale),
      otherName: text(region.name, other(locale)),
      names: region.name,
      stateCount: members.length,
      activeCount: members.filter((state) => state.active).length,
    };
  });
}

const notBusy = (state: StatesState, code: string): string[] =>
  state.busyCodes.filter((busy) => busy !== code);

export const statesFeature = createFeature({
  name: 'states',
  reducer: createReducer(
    initialStatesState,
    on(StatesPageActions.opened, (state): StatesState => ({
      ...state,
      status: 'loading',
      error: null,
      regionsStatus: 'loading',
    })),
    on(StatesPageActions.filterChanged, (state, { filter }): StatesState => ({ ...state, filter })),
    on(StatesApiActions.statesLoaded, (state, { states }): StatesState => ({
      ...statesAdapter.setAll(states, state),
      status: 'loaded',
    })),
    on(StatesApiActions.statesLoadFailed, (state, { error }): StatesState => ({
      ...state,
      status: 'failed',
      error,
    })),
    on(StatesApiActions.regionsLoaded, (state, { regions }): StatesState => ({
      ...state,
      regions,
      regionsStatus: 'loaded',
    })),
    on(StatesApiActions.regionsLoadFailed, (state, { error }): StatesState => ({
      ...state,
      regionsStatus: 'failed',
      error,
    })),
    on(
      StatesPageActions.activeChangeConfirmed,
      StatesPageActions.regionChosen,
      (state, { code }): StatesState => ({ ...state, busyCodes: [...notBusy(state, code), code] }),
    ),
    on(StatesApiActions.stateSaved, (state, { state: saved }): StatesState => ({
      ...statesAdapter.upsertOne(saved, state),
      busyCodes: notBusy(state, saved.code),
    })),
    on(StatesApiActions.stateSaveFailed, (state, { code }): StatesState => ({
      ...state,
      busyCodes: notBusy(state, code),
    })),
    on(RegionDialogActions.opened, (state): StatesState => ({
      ...state,
      dialogStatus: 'idle',
      dialogError: null,
    })),
    on(
      RegionDialogActions.createSubmitted,
      RegionDialogActions.renameSubmitted,
      (state): StatesState => ({ ...state, dialogStatus: 'saving', dialogError: null }),
    ),
    on(StatesApiActions.regionCreated, (state, { region }): StatesState => ({
      ...state,
      regions: [...state.regions.filter((known) => known.code !== region.code), region],
      dialogStatus: 'saved',
    })),
    on(StatesApiActions.regionRenamed, (state, { region }): StatesState => ({
      ...state,
      regions: state.regions.map((known) => (known.code === region.code ? region : known)),
      dialogStatus: 'saved',
    })),
    on(StatesApiActions.regionSaveFailed, (state, { error }): StatesState => ({
      ...state,
      dialogStatus: 'failed',
      dialogError: error,
    })),
  ),
  extraSelectors: ({ selectStatesState, selectRegions, selectFilter }) => {
    const { selectAll } = statesAdapter.getSelectors(selectStatesState);
    return {
      selectAllStates: selectAll,
      selectStateRows: createSelector(
        selectAll,
        selectRegions,
        selectFilter,
        selectLocale,
        toStateRows,
      ),
      selectRegionViews: createSelector(selectRegions, selectAll, selectLocale, toRegionViews),
      selectIsFiltered: createSelector(
        selectFilter,
        (filter) => filter.region !== null || filter.text.trim() !== '',
      ),
    };
  },
});

export const {
  selectStatus: selectStatesStatus,
  selectError: selectStatesError,
  selectRegionsStatus,
  selectFilter: selectStatesFilter,
  selectBusyCodes,
  selectDialogStatus: selectRegionDialogStatus,
  selectDialogError: selectRegionDialogError,
  selectAllStates,
  selectStateRows,
  selectRegionViews,
  selectIsFiltered,
} = statesFeature;
