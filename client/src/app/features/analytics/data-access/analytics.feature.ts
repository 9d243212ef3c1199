import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Cycle } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectRole, selectUser } from '../../../core/session';
import {
  AnalyticsApiActions,
  AnalyticsPageActions,
  type AnalyticsReference,
} from './analytics.actions';
import { type AnalyticsPage, type AnalyticsQuery, NO_QUERY } from './analytics-query';
import {
  FIGURE_SLOTS,
  type FigureData,
  type FigureSlot,
  defaultCycleId,
  figureRequests,
  mayChooseBasis,
} from './figure-requests';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** One answer of the API and the request (`key`) it answers. */
export interface Figure<T> {
  readonly status: LoadStatus;
  readonly key: string | null;
  readonly data: T | null;
  readonly error: ApiError | null;
}

export type Figures = { readonly [Slot in FigureSlot]: Figure<FigureData[Slot]> };

export interface AnalyticsState {
  /** The page on screen and the filters of its URL. */
  page: AnalyticsPage | null;
  query: AnalyticsQuery;
  cycles: Cycle[];
  cyclesStatus: LoadStatus;
  reference: AnalyticsReference | null;
  referenceStatus: LoadStatus;
  figures: Figures;
  publication: SaveStatus;
  publicationError: ApiError | null;
  /** Publication switches made here (the cycle list may not say yet). */
  published: Partial<Record<string, boolean>>;
}

const NO_FIGURE: Figure<never> = { status: 'idle', key: null, data: null, error: null };

export const initialAnalyticsState: AnalyticsState = {
  page: null,
  query: NO_QUERY,
  cycles: [],
  cyclesStatus: 'idle',
  reference: null,
  referenceStatus: 'idle',
  figures: Object.fromEntries(FIGURE_SLOTS.map((slot) => [slot, NO_FIGURE])) as unknown as Figures,
  publication: 'idle',
  publicationError: null,
  published: {},
};

const stillLoaded = (status: LoadStatus): LoadStatus =>
  status === 'loaded' ? 'loaded' : 'loading';

export const analyticsFeature = createFeature({
  name: 'analytics',
  reducer: createReducer(
    initialAnalyticsState,
    on(AnalyticsPageActions.opened, (state, { page, query }): AnalyticsState => ({
      ...state,
      page,
      query,
      cyclesStatus: stillLoaded(state.cyclesStatus),
      referenceStatus: stillLoaded(state.referenceStatus),
      publication: 'idle',
      publicationError: null,
    })),
    on(AnalyticsApiActions.cyclesLoaded, (state, { cycles }): AnalyticsState => ({
      ...state,
      cycles,
      cyclesStatus: 'loaded',
    })),
    on(AnalyticsApiActions.cyclesLoadFailed, (state): AnalyticsState => ({
      ...state,
      cyclesStatus: 'failed',
    })),
    on(AnalyticsApiActions.referenceLoaded, (state, { reference }): AnalyticsState => ({
      ...state,
      reference,
      referenceStatus: 'loaded',
    })),
    on(AnalyticsApiActions.referenceLoadFailed, (state): AnalyticsState => ({
      ...state,
      // Without names the figures still show, under codes.
      referenceStatus: state.reference ? 'loaded' : 'failed',
    })),
    on(AnalyticsApiActions.figuresRequested, (state, { requests }): AnalyticsState => ({
      ...state,
      figures: requests.reduce<Figures>(
        (figures, { slot, key }) => ({
          ...figures,
          [slot]: { status: 'loading', key, data: null, error: null },
        }),
        state.figures,
      ),
    })),
    on(AnalyticsApiActions.figureLoaded, (state, { answer }): AnalyticsState =>
      state.figures[answer.slot].key === answer.key
        ? {
            ...state,
            figures: {
              ...state.figures,
              [answer.slot]: { status: 'loaded', key: answer.key, data: answer.data, error: null },
            },
          }
        : state,
    ),
    on(AnalyticsApiActions.figureLoadFailed, (state, { slot, key, error }): AnalyticsState =>
      state.figures[slot].key === key
        ? {
            ...state,
            figures: { ...state.figures, [slot]: { status: 'failed', key, data: null, error } },
          }
        : state,
    ),
    on(AnalyticsPageActions.publicationConfirmed, (state): AnalyticsState => ({
      ...state,
      publication: 'saving',
      publicationError: null,
    })),
    on(AnalyticsApiActions.publicationChanged, (state, { cycleId, published }): AnalyticsState => ({
      ...state,
      publication: 'saved',
      published: { ...state.published, [cycleId]: published },
    })),
    on(AnalyticsApiActions.publicationChangeFailed, (state, { error }): AnalyticsState => ({
      ...state,
      publication: 'failed',
      publicationError: error,
    })),
  ),
  extraSelectors: ({ selectPage, selectQuery, selectCycles, selectFigures }) => {
    const selectOwnStateCode = createSelector(selectUser, (user) => user?.stateCode ?? null);
    const selectCycleId = createSelector(
      selectQuery,
      selectCycles,
      (query, cycles) => query.cycleId ?? defaultCycleId(cycles),
    );
    const selectCanChooseBasis = createSelector(selectRole, mayChooseBasis);
    /** The basis the figures are on: only the Secretariat (and admins) may leave "approved". */
    const selectBasis = createSelector(selectQuery, selectCanChooseBasis, (query, may) =>
      may ? query.basis : 'approved',
    );
    const selectFigureRequests = createSelector(
      selectPage,
      selectQuery,
      selectCycles,
      selectRole,
      selectOwnStateCode,
      (page, query, cycles, role, ownStateCode) =>
        figureRequests({ page, query, cycles, role, ownStateCode }),
    );
    /** The wanted requests whose answer the store does not hold (or failed): to fetch. */
    const selectMissingRequests = createSelector(
      selectFigureRequests,
      selectFigures,
      (requests, figures) =>
        requests.filter((request) => {
          const figure = figures[request.slot];
          return figure.key !== request.key || figure.status === 'failed';
        }),
    );
    return {
      selectOwnStateCode,
      selectCycleId,
      selectCanChooseBasis,
      selectBasis,
      selectFigureRequests,
      selectMissingRequests,
    };
  },
});

export const {
  selectAnalyticsState,
  selectPage,
  selectQuery,
  selectCycles,
  selectCyclesStatus,
  selectReference,
  selectReferenceStatus,
  selectFigures,
  selectPublication,
  selectPublicationError,
  selectPublished,
  selectOwnStateCode,
  selectCycleId,
  selectCanChooseBasis,
  selectBasis,
  selectFigureRequests,
  selectMissingRequests,
} = analyticsFeature;

/** The figure of a slot, as the current filters want it: "loading" while another key is held. */
export function selectFigure<Slot extends FigureSlot>(slot: Slot) {
  return createSelector(
    selectFigures,
    selectFigureRequests,
    (figures, requests): Figure<FigureData[Slot]> => {
      const wanted = requests.find((request) => request.slot === slot);
      const figure = figures[slot] as Figure<FigureData[Slot]>;
      if (!wanted) {
        return NO_FIGURE;
      }
      return figure.key === wanted.key ? figure : { ...NO_FIGURE, status: 'loading' };
    },
  );
}
