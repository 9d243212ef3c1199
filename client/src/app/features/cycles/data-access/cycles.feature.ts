import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Cycle, Region, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import {
  CycleDetailPageActions,
  CycleDialogActions,
  CyclesApiActions,
  CyclesPageActions,
  DeadlineDialogActions,
  StateReminderPageActions,
} from './cycles.actions';
import type { LateReminders, StateReminder } from './cycles.api';
import { toCycleCards, toCycleView, toStateGroups } from './cycle-views';
import {
  DEFAULT_REVIEW_SORT,
  type LoadStatus,
  NO_REVIEW_FILTER,
  type ReviewFilter,
  type ReviewList,
  type ReviewSort,
  type SaveStatus,
  filterReviewRows,
  regionOptions,
  sortReviewRows,
  summarizeReviewRows,
  toReviewRowViews,
} from './review-rows';

export interface CyclesState extends EntityState<Cycle> {
  /** The list of cycles. */
  status: LoadStatus;
  error: ApiError | null;
  /** The cycle whose page is open. */
  currentId: string | null;
  currentStatus: LoadStatus;
  currentError: ApiError | null;
  /** Review lists by cycle id: the rows of a cycle's page, and the counts of the list. */
  reviews: Record<string, ReviewList>;
  /** Names of states and regions. */
  states: State[];
  regions: Region[];
  referenceStatus: LoadStatus;
  filter: ReviewFilter;
  sort: ReviewSort;
  /** Opening, closing or reopening the current cycle. */
  statusChange: SaveStatus;
  /** The open dialog (new cycle, or deadline extension): one at a time. */
  dialogStatus: SaveStatus;
  dialogError: ApiError | null;
  /** The not-started page: one state's reminders, and sending one. */
  reminder: ReminderState;
  /** The cycle page's "remind overdue states": what it did, or why it failed. */
  overdueReminders: OverdueRemindersState;
}

export interface OverdueRemindersState {
  readonly status: SaveStatus;
  readonly result: LateReminders | null;
  readonly error: ApiError | null;
}

const NO_OVERDUE_REMINDERS: OverdueRemindersState = { status: 'idle', result: null, error: null };

export interface ReminderState {
  readonly stateCode: string | null;
  readonly status: LoadStatus;
  readonly view: StateReminder | null;
  readonly error: ApiError | null;
  readonly sending: SaveStatus;
  readonly sendError: ApiError | null;
}

const NO_REMINDER: ReminderState = {
  stateCode: null,
  status: 'idle',
  view: null,
  error: null,
  sending: 'idle',
  sendError: null,
};

/** Newest period first, as the server lists them. */
export const cyclesAdapter = createEntityAdapter<Cycle>({
  sortComparer: (a, b) => b.periodTo.localeCompare(a.periodTo) || b.id.localeCompare(a.id),
});

export const initialCyclesState: CyclesState = cyclesAdapter.getInitialState({
  status: 'idle',
  error: null,
  currentId: null,
  currentStatus: 'idle',
  currentError: null,
  reviews: {},
  states: [],
  regions: [],
  referenceStatus: 'idle',
  filter: NO_REVIEW_FILTER,
  sort: DEFAULT_REVIEW_SORT,
  statusChange: 'idle',
  dialogStatus: 'idle',
  dialogError: null,
  reminder: NO_REMINDER,
  overdueReminders: NO_OVERDUE_REMINDERS,
});

const EMPTY_REVIEW: ReviewList = { status: 'idle', rows: [], error: null };

function withReview(
  state: CyclesState,
  cycleId: string,
  change: Partial<ReviewList>,
): Record<string, ReviewList> {
  return {
    ...state.reviews,
    [cycleId]: { ...(state.reviews[cycleId] ?? EMPTY_REVIEW), ...change },
  };
}

/** Rows stay on screen while a newer list is on its way. */
function reviewLoading(state: CyclesState, cycleId: string): Record<string, ReviewList> {
  return withReview(state, cycleId, { status: 'loading', error: null });
}

const referenceLoading = (state: CyclesState): LoadStatus =>
  state.referenceStatus === 'loaded' ? 'loaded' : 'loading';

export const cyclesFeature = createFeature({
  name: 'cycles',
  reducer: createReducer(
    initialCyclesState,
    on(CyclesPageActions.opened, (state): CyclesState => ({
      ...state,
      status: 'loading',
      error: null,
      referenceStatus: referenceLoading(state),
    })),
    on(StateReminderPageActions.opened, (state, { stateCode }): CyclesState => ({
      ...state,
      reminder: { ...NO_REMINDER, stateCode, status: 'loading' },
    })),
    on(StateReminderPageActions.remindClicked, (state): CyclesState => ({
      ...state,
      reminder: { ...state.reminder, sending: 'saving', sendError: null },
    })),
    on(CyclesApiActions.reminderLoaded, (state, { reminder }): CyclesState => ({
      ...state,
      reminder: { ...state.reminder, status: 'loaded', view: reminder, error: null },
    })),
    on(CyclesApiActions.reminderLoadFailed, (state, { error }): CyclesState => ({
      ...state,
      reminder: { ...state.reminder, status: 'failed', error },
    })),
    on(CyclesApiActions.reminderSent, (state, { reminder }): CyclesState => ({
      ...state,
      reminder: { ...state.reminder, status: 'loaded', view: reminder, sending: 'saved' },
    })),
    on(CyclesApiActions.reminderSendFailed, (state, { error }): CyclesState => ({
      ...state,
      reminder: { ...state.reminder, sending: 'failed', sendError: error },
    })),
    on(
      CycleDetailPageActions.opened,
      StateReminderPageActions.opened,
      (state, { cycleId }): CyclesState => {
        const sameCycle = state.currentId === cycleId;
        return {
          ...state,
          currentId: cycleId,
          currentStatus: sameCycle && state.currentStatus === 'loaded' ? 'loaded' : 'loading',
          currentError: null,
          reviews: reviewLoading(state, cycleId),
          referenceStatus: referenceLoading(state),
          filter: sameCycle ? state.filter : NO_REVIEW_FILTER,
          statusChange: 'idle',
          overdueReminders: NO_OVERDUE_REMINDERS,
        };
      },
    ),
    on(CycleDetailPageActions.filterChanged, (state, { filter }): CyclesState => ({
      ...state,
      filter,
    })),
    on(CycleDetailPageActions.sortChanged, (state, { sort }): CyclesState => ({ ...state, sort })),
    on(CycleDetailPageActions.statusChangeConfirmed, (state): CyclesState => ({
      ...state,
      statusChange: 'saving',
    })),
    on(CycleDetailPageActions.remindOverdueConfirmed, (state): CyclesState => ({
      ...state,
      overdueReminders: { status: 'saving', result: null, error: null },
    })),
    on(CyclesApiActions.overdueReminded, (state, { result }): CyclesState => ({
      ...state,
      overdueReminders: { status: 'saved', result, error: null },
    })),
    on(CyclesApiActions.overdueRemindFailed, (state, { error }): CyclesState => ({
      ...state,
      overdueReminders: { status: 'failed', result: null, error },
    })),
    on(CyclesApiActions.cyclesLoaded, (state, { cycles }): CyclesState => ({
      ...cyclesAdapter.setAll(cycles, state),
      status: 'loaded',
      // The effects fetch the review list of every cycle that has opened, for its counts.
      reviews: cycles
        .filter((cycle) => cycle.status !== 'planned')
        .reduce<Record<string, ReviewList>>(
          (reviews, cycle) => ({
            ...reviews,
            [cycle.id]: { ...(reviews[cycle.id] ?? EMPTY_REVIEW), status: 'loading', error: null },
          }),
          state.reviews,
        ),
    })),
    on(CyclesApiActions.cyclesLoadFailed, (state, { error }): CyclesState => ({
      ...state,
      status: 'failed',
      error,
    })),
    on(CyclesApiActions.cycleLoaded, (state, { cycle }): CyclesState => ({
      ...cyclesAdapter.upsertOne(cycle, state),
      currentStatus: state.currentId === cycle.id ? 'loaded' : state.currentStatus,
    })),
    on(CyclesApiActions.cycleLoadFailed, (state, { cycleId, error }): CyclesState =>
      state.currentId === cycleId
        ? { ...state, currentStatus: 'failed', currentError: error }
        : state,
    ),
    on(CyclesApiActions.reviewListLoaded, (state, { cycleId, rows }): CyclesState => ({
      ...state,
      reviews: withReview(state, cycleId, { status: 'loaded', rows, error: null }),
    })),
    on(CyclesApiActions.reviewListLoadFailed, (state, { cycleId, error }): CyclesState => ({
      ...state,
      reviews: withReview(state, cycleId, { status: 'failed', error }),
    })),
    on(CyclesApiActions.referenceLoaded, (state, { states, regions }): CyclesState => ({
      ...state,
      states,
      regions,
      referenceStatus: 'loaded',
    })),
    on(CyclesApiActions.referenceLoadFailed, (state): CyclesState => ({
      ...state,
      // Without names the pages still work, showing codes.
      referenceStatus: state.referenceStatus === 'loaded' ? 'loaded' : 'failed',
    })),
    on(CycleDialogActions.opened, DeadlineDialogActions.opened, (state): CyclesState => ({
      ...state,
      dialogStatus: 'idle',
      dialogError: null,
    })),
    on(
      CycleDialogActions.createSubmitted,
      DeadlineDialogActions.submitted,
      (state): CyclesState => ({ ...state, dialogStatus: 'saving', dialogError: null }),
    ),
    on(CyclesApiActions.cycleCreated, (state, { cycle }): CyclesState => ({
      ...cyclesAdapter.addOne(cycle, state),
      dialogStatus: 'saved',
    })),
    on(CyclesApiActions.deadlineExtended, (state, { cycle }): CyclesState => ({
      ...cyclesAdapter.upsertOne(cycle, state),
      dialogStatus: 'saved',
      // The extended state's deadline and lateness change: its list is fetched again.
      reviews: reviewLoading(state, cycle.id),
    })),
    on(
      CyclesApiActions.cycleCreateFailed,
      CyclesApiActions.deadlineExtensionFailed,
      (state, { error }): CyclesState => ({ ...state, dialogStatus: 'failed', dialogError: error }),
    ),
    on(CyclesApiActions.cycleStatusChanged, (state, { cycle }): CyclesState => ({
      ...cyclesAdapter.upsertOne(cycle, state),
      statusChange: 'saved',
    })),
    on(CyclesApiActions.cycleStatusChangeFailed, (state): CyclesState => ({
      ...state,
      statusChange: 'failed',
    })),
  ),
  extraSelectors: ({
    selectCyclesState,
    selectEntities,
    selectCurrentId,
    selectReviews,
    selectStates,
    selectRegions,
    selectFilter,
    selectSort,
  }) => {
    const { selectAll } = cyclesAdapter.getSelectors(selectCyclesState);
    const selectCurrentCycle = createSelector(selectEntities, selectCurrentId, (cycles, id) =>
      id === null ? null : (cycles[id] ?? null),
    );
    const selectCurrentReview = createSelector(selectReviews, selectCurrentId, (reviews, id) =>
      id === null ? null : (reviews[id] ?? null),
    );
    const selectAllReviewRows = createSelector(
      selectCurrentReview,
      selectCurrentCycle,
      selectStates,
      selectRegions,
      selectLocale,
      (review, cycle, states, regions, locale) =>
        toReviewRowViews(review?.rows ?? [], cycle, states, regions, locale),
    );
    return {
      selectAllCycles: selectAll,
      selectCycleCards: createSelector(
        selectAll,
        selectReviews,
        createSelector(selectUser, (user) => user?.stateCode ?? null),
        selectLocale,
        toCycleCards,
      ),
      selectCurrentCycle,
      selectCurrentCycleView: createSelector(
        selectCurrentCycle,
        selectStates,
        selectLocale,
        toCycleView,
      ),
      selectCurrentReviewStatus: createSelector(
        selectCurrentReview,
        (review) => review?.status ?? 'idle',
      ),
      /** Every expected state's row (the deadline dialog offers them all). */
      selectAllReviewRows,
      selectReviewRows: createSelector(
        selectAllReviewRows,
        selectFilter,
        selectSort,
        selectStates,
        selectLocale,
        (rows, filter, sort, states, locale) =>
          sortReviewRows(filterReviewRows(rows, filter, states), sort, locale),
      ),
      selectReviewSummary: createSelector(selectCurrentReview, (review) =>
        summarizeReviewRows(review?.rows ?? []),
      ),
      selectReviewRegions: createSelector(selectAllReviewRows, selectLocale, regionOptions),
      selectIsReviewFiltered: createSelector(
        selectFilter,
        (filter) =>
          filter.region !== null ||
          filter.status !== null ||
          filter.lateOnly ||
          filter.text.trim() !== '',
      ),
      selectStateGroups: createSelector(selectStates, selectRegions, selectLocale, toStateGroups),
    };
  },
});

export const {
  selectStatus: selectCyclesStatus,
  selectError: selectCyclesError,
  selectCurrentStatus: selectCurrentCycleStatus,
  selectCurrentError: selectCurrentCycleError,
  selectReferenceStatus,
  selectFilter: selectReviewFilter,
  selectSort: selectReviewSort,
  selectStatusChange,
  selectDialogStatus: selectCycleDialogStatus,
  selectDialogError: selectCycleDialogError,
  selectReminder,
  selectOverdueReminders,
  selectAllCycles,
  selectCycleCards,
  selectCurrentCycle,
  selectCurrentCycleView,
  selectCurrentReviewStatus,
  selectAllReviewRows,
  selectReviewRows,
  selectReviewSummary,
  selectReviewRegions,
  selectIsReviewFiltered,
  selectStateGroups,
} = cyclesFeature;
