import { createSelector } from '@ngrx/store';
import type { ActionPlanView, Locale } from '@ppm/shared';

import { selectLocale } from '../../../core/i18n';
import { inLocale, selectPlan } from '../../action-plan/data-access';

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

export function summariseActionPlan(plan: ActionPlanView, locale: Locale): ActionPlanOverview {
  const areas = plan.areas.map((area) => ({
    code: area.code,
    title: inLocale(area.title, locale),
    shortTitle: inLocale(area.shortTitle, locale),
    actionCount: area.actions.filter((action) => !action.retired).length,
  }));
  return {
    title: inLocale(plan.title, locale),
    period: { from: plan.period.from, to: plan.period.to },
    areas,
    actionCount: areas.reduce((sum, area) => sum + area.actionCount, 0),
    actionsAreIllustrative: plan.actionsAreIllustrative,
  };
}

/** The plan being monitored, as read from the server; null until it has arrived. */
export const selectActionPlanOverview = createSelector(
  selectPlan,
  selectLocale,
  (plan, locale): ActionPlanOverview | null => (plan ? summariseActionPlan(plan, locale) : null),
);
