import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ActionPlanView } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import {
  ActionDialogActions,
  ActionPlanApiActions,
  ActionPlanPageActions,
  AreaDialogActions,
  ImportApiActions,
  ImportPageActions,
  OverviewPageActions,
} from './action-plan.actions';
import { type PendingOrder, toPlanView, withPendingOrder } from './plan-view';

export type PlanStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Something to tell the person once, on the plan page. */
export type PlanNotice = 'imported';

export interface ActionPlanState {
  /** The plan exactly as the server returned it, with its version. */
  plan: ActionPlanView | null;
  /** Reading the plan. */
  status: PlanStatus;
  error: ApiError | null;
  /** The last edit (dialog, retire, restore, reorder). */
  saveStatus: SaveStatus;
  saveError: ApiError | null;
  /** A reorder on its way to the server, shown already. */
  pendingOrder: PendingOrder | null;
  notice: PlanNotice | null;
}

export const initialActionPlanState: ActionPlanState = {
  plan: null,
  status: 'idle',
  error: null,
  saveStatus: 'idle',
  saveError: null,
  pendingOrder: null,
  notice: null,
};

const saved = (state: ActionPlanState, { plan }: { plan: ActionPlanView }): ActionPlanState => ({
  ...state,
  plan,
  status: 'loaded',
  error: null,
  saveStatus: 'saved',
  saveError: null,
  pendingOrder: null,
});

export const actionPlanFeature = createFeature({
  name: 'actionPlan',
  reducer: createReducer(
    initialActionPlanState,
    on(
      ActionPlanPageActions.opened,
      ActionPlanPageActions.reloadClicked,
      OverviewPageActions.opened,
      OverviewPageActions.retryClicked,
      (state): ActionPlanState => ({ ...state, status: 'loading', error: null }),
    ),
    on(ImportPageActions.opened, (state): ActionPlanState => ({
      ...state,
      status: 'loading',
      error: null,
      notice: null,
    })),
    on(ActionPlanApiActions.planLoaded, (state, { plan }): ActionPlanState => ({
      ...state,
      plan,
      status: 'loaded',
      error: null,
      // A fresh plan ends the story of an edit that failed on an older one.
      saveStatus: state.saveStatus === 'failed' ? 'idle' : state.saveStatus,
      saveError: null,
      pendingOrder: null,
    })),
    on(ActionPlanApiActions.planLoadFailed, (state, { error }): ActionPlanState => ({
      ...state,
      status: 'failed',
      error,
    })),
    on(AreaDialogActions.opened, ActionDialogActions.opened, (state): ActionPlanState => ({
      ...state,
      saveStatus: 'idle',
      saveError: null,
    })),
    on(
      AreaDialogActions.submitted,
      ActionDialogActions.addSubmitted,
      ActionDialogActions.renameSubmitted,
      ActionPlanPageActions.retireConfirmed,
      ActionPlanPageActions.restoreConfirmed,
      (state): ActionPlanState => ({ ...state, saveStatus: 'saving', saveError: null }),
    ),
    on(ActionPlanPageActions.actionMoved, (state, { areaCode, actionCodes }): ActionPlanState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
      pendingOrder: { areaCode, actionCodes },
    })),
    on(
      ActionPlanApiActions.areaSaved,
      ActionPlanApiActions.actionAdded,
      ActionPlanApiActions.actionSaved,
      ActionPlanApiActions.actionsReordered,
      saved,
    ),
    on(ActionPlanApiActions.editFailed, (state, { error }): ActionPlanState => ({
      ...state,
      saveStatus: 'failed',
      saveError: error,
      // A refused reorder springs back.
      pendingOrder: null,
    })),
    on(ImportApiActions.importApplied, (state, { plan }): ActionPlanState => ({
      ...saved(state, { plan }),
      saveStatus: 'idle',
      notice: 'imported',
    })),
    on(ActionPlanPageActions.noticeDismissed, (state): ActionPlanState => ({
      ...state,
      notice: null,
    })),
  ),
  extraSelectors: ({ selectPlan, selectPendingOrder, selectSaveStatus, selectSaveError }) => ({
    selectPlanVersion: createSelector(selectPlan, (plan) => plan?.version ?? null),
    selectIsSaving: createSelector(selectSaveStatus, (status) => status === 'saving'),
    /** Someone else changed the plan since it was loaded: reload before editing again. */
    selectIsStale: createSelector(selectSaveError, (error) => error?.code === 'stale_version'),
    /** The plan in the active language, with a pending reorder applied. */
    selectPlanView: createSelector(
      createSelector(selectPlan, selectPendingOrder, withPendingOrder),
      selectLocale,
      toPlanView,
    ),
  }),
});

export const {
  selectActionPlanState,
  selectPlan,
  selectStatus: selectPlanStatus,
  selectError: selectPlanError,
  selectSaveStatus,
  selectSaveError,
  selectNotice,
  selectPlanVersion,
  selectIsSaving,
  selectIsStale,
  selectPlanView,
} = actionPlanFeature;
