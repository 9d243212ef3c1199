import { createSelector } from '@ngrx/store';
import { type ActionPlan, type Locale, activeActions, localize, referenceData } from '@ppm/shared';

import { selectLocale } from '../../../core/i18n';

/** One cooperation area as the overview shows it, in one language. */
export interface AreaSummary {
  readonly code: string;
  readonly title: string;
  readonly shortTitle: string;
  /** Actions still in force (retired ones are left out). */
  readonly actionCount: number;
}

export interface ActionPlanOverview {
  readonly title: string;
  readonly period: { readonly from: number; readonly to: number };
  readonly areas: readonly AreaSummary[];
  readonly actionCount: number;
  /** True while the actions are stand-ins for the official list. */
  readonly actionsAreIllustrative: boolean;
}

type PlanWithProvenance = ActionPlan & { readonly actionsAreIllustrative?: boolean };

/**
 * The plan being monitored. For now the reference data shipped with the app; once the
 * plan comes from the API this becomes a selector on that feature's state.
 */
export const selectActionPlan = (): PlanWithProvenance => referenceData.actionPlan;

export function summariseActionPlan(plan: PlanWithProvenance, locale: Locale): ActionPlanOverview {
  return {
    title: localize(plan.title, locale),
    period: { from: plan.period.from, to: plan.period.to },
    areas: plan.areas.map((area) => ({
      code: area.code,
      title: localize(area.title, locale),
      shortTitle: localize(area.shortTitle, locale),
      actionCount: area.actions.filter((action) => !action.retired).length,
    })),
    actionCount: activeActions(plan).length,
    actionsAreIllustrative: plan.actionsAreIllustrative ?? false,
  };
}

export const selectActionPlanOverview = createSelector(
  selectActionPlan,
  selectLocale,
  summariseActionPlan,
);
