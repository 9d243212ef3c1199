import { createFeature, createReducer, on } from '@ngrx/store';
import type { Cycle, EvaluationSummary, ReportView, ReviewRow, State, User } from '@ppm/shared';
import type { ProgressGroup, SubmissionSummary } from '@ppm/shared/rules';

import type { ApiError } from '../../../core/http';
import { HomeApiActions, HomePageActions } from './home.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** One thing the page reads from the server, with how far that read has come. */
export interface Remote<T> {
  readonly status: LoadStatus;
  readonly data: T | null;
  readonly error: ApiError | null;
}

const idle = <T>(): Remote<T> => ({ status: 'idle', data: null, error: null });
const loading = <T>(): Remote<T> => ({ status: 'loading', data: null, error: null });
const loaded = <T>(data: T): Remote<T> => ({ status: 'loaded', data, error: null });
const failed = <T>(error: ApiError): Remote<T> => ({ status: 'failed', data: null, error });

export interface HomeState {
  /** When the page was opened (ISO instant); null before. */
  readonly now: string | null;
  readonly cycles: Remote<Cycle[]>;
  readonly states: Remote<State[]>;
  readonly reviewList: Remote<{ cycleId: string; rows: ReviewRow[] }>;
  readonly ownReport: Remote<ReportView>;
  readonly submissions: Remote<SubmissionSummary>;
  readonly progress: Remote<ProgressGroup[]>;
  readonly evaluations: Remote<EvaluationSummary[]>;
  readonly people: Remote<User[]>;
}

export const initialHomeState: HomeState = {
  now: null,
  cycles: idle(),
  states: idle(),
  reviewList: idle(),
  ownReport: idle(),
  submissions: idle(),
  progress: idle(),
  evaluations: idle(),
  people: idle(),
};

/**
 * What the home page has read. Every read starts as `loading` when the page opens, so each
 * part shows its own placeholder until its answer (or its failure) arrives; the effects skip
 * the reads a role does not make, and those parts are never shown.
 */
export const homeFeature = createFeature({
  name: 'home',
  reducer: createReducer(
    initialHomeState,
    on(HomePageActions.opened, HomePageActions.retryClicked, (_state, { now }): HomeState => ({
      now,
      cycles: loading(),
      states: loading(),
      reviewList: loading(),
      ownReport: loading(),
      submissions: loading(),
      progress: loading(),
      evaluations: loading(),
      people: loading(),
    })),
    on(HomeApiActions.cyclesLoaded, (state, { cycles }): HomeState => ({
      ...state,
      cycles: loaded(cycles),
    })),
    on(HomeApiActions.cyclesLoadFailed, (state, { error }): HomeState => ({
      ...state,
      cycles: failed(error),
    })),
    on(HomeApiActions.statesLoaded, (state, { states }): HomeState => ({
      ...state,
      states: loaded(states),
    })),
    on(HomeApiActions.statesLoadFailed, (state, { error }): HomeState => ({
      ...state,
      states: failed(error),
    })),
    on(HomeApiActions.reviewListLoaded, (state, { cycleId, rows }): HomeState => ({
      ...state,
      reviewList: loaded({ cycleId, rows }),
    })),
    on(HomeApiActions.reviewListLoadFailed, (state, { error }): HomeState => ({
      ...state,
      reviewList: failed(error),
    })),
    on(HomeApiActions.ownReportLoaded, (state, { report }): HomeState => ({
      ...state,
      ownReport: loaded(report),
    })),
    on(HomeApiActions.ownReportLoadFailed, (state, { error }): HomeState => ({
      ...state,
      ownReport: failed(error),
    })),
    on(HomeApiActions.submissionsLoaded, (state, { summary }): HomeState => ({
      ...state,
      submissions: loaded(summary),
    })),
    on(HomeApiActions.submissionsLoadFailed, (state, { error }): HomeState => ({
      ...state,
      submissions: failed(error),
    })),
    on(HomeApiActions.progressLoaded, (state, { groups }): HomeState => ({
      ...state,
      progress: loaded(groups),
    })),
    on(HomeApiActions.progressLoadFailed, (state, { error }): HomeState => ({
      ...state,
      progress: failed(error),
    })),
    on(HomeApiActions.evaluationsLoaded, (state, { evaluations }): HomeState => ({
      ...state,
      evaluations: loaded(evaluations),
    })),
    on(HomeApiActions.evaluationsLoadFailed, (state, { error }): HomeState => ({
      ...state,
      evaluations: failed(error),
    })),
    on(HomeApiActions.peopleLoaded, (state, { people }): HomeState => ({
      ...state,
      people: loaded(people),
    })),
    on(HomeApiActions.peopleLoadFailed, (state, { error }): HomeState => ({
      ...state,
      people: failed(error),
    })),
  ),
});
