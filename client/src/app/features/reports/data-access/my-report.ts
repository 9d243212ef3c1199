import {
  createActionGroup,
  createFeature,
  createReducer,
  createSelector,
  emptyProps,
  on,
  props,
} from '@ngrx/store';
import type { Cycle } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { LoadStatus } from './report.feature';

/*
 * `/my-report`: the open cycle's report of the person's state. With one open cycle the page
 * goes straight to it; otherwise it lists the cycles to choose from.
 */

export const MyReportPageActions = createActionGroup({
  source: 'My Report Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});

export const MyReportApiActions = createActionGroup({
  source: 'My Report API',
  events: {
    'Cycles Loaded': props<{ cycles: Cycle[] }>(),
    'Cycles Load Failed': props<{ error: ApiError }>(),
  },
});

export interface MyReportState {
  cycles: Cycle[];
  status: LoadStatus;
  error: ApiError | null;
}

export const initialMyReportState: MyReportState = { cycles: [], status: 'idle', error: null };

export const myReportFeature = createFeature({
  name: 'myReport',
  reducer: createReducer(
    initialMyReportState,
    on(MyReportPageActions.opened, MyReportPageActions.retryClicked, (state): MyReportState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(MyReportApiActions.cyclesLoaded, (_state, { cycles }): MyReportState => ({
      cycles,
      status: 'loaded',
      error: null,
    })),
    on(MyReportApiActions.cyclesLoadFailed, (state, { error }): MyReportState => ({
      ...state,
      status: 'failed',
      error,
    })),
  ),
  extraSelectors: ({ selectCycles }) => ({
    /** Cycles open for reporting now (the server lists only those the state reports in). */
    selectOpenCycles: createSelector(selectCycles, (cycles) =>
      cycles.filter((cycle) => cycle.status === 'open'),
    ),
    /** Earlier cycles, newest first, whose reports the person may look back at. */
    selectPastCycles: createSelector(selectCycles, (cycles) =>
      cycles.filter((cycle) => cycle.status === 'closed'),
    ),
  }),
});

export const {
  selectStatus: selectMyReportStatus,
  selectOpenCycles,
  selectPastCycles,
} = myReportFeature;
