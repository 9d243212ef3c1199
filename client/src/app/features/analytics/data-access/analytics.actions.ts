import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ActionPlanView, Cycle, Region, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { AnalyticsPage, AnalyticsQuery } from './analytics-query';
import type { FigureData, FigureRequest, FigureSlot } from './figure-requests';

/** Events from the dashboard's pages: each opens (again) with the filters of its URL. */
export const AnalyticsPageActions = createActionGroup({
  source: 'Analytics Page',
  events: {
    Opened: props<{ page: AnalyticsPage; query: AnalyticsQuery }>(),
    'Retry Clicked': emptyProps(),
    'Publication Confirmed': props<{ cycleId: string; published: boolean }>(),
  },
});

/** The names the dashboard shows: the plan's areas and actions, states and regions. */
export interface AnalyticsReference {
  readonly plan: ActionPlanView;
  readonly states: State[];
  readonly regions: Region[];
}

/** One answer of the analytics API, in the slot that holds it. */
export type FigureAnswer = {
  [Slot in FigureSlot]: { slot: Slot; key: string; data: FigureData[Slot] };
}[FigureSlot];

/** Answers of the analytics, cycles and reference APIs. */
export const AnalyticsApiActions = createActionGroup({
  source: 'Analytics API',
  events: {
    'Cycles Loaded': props<{ cycles: Cycle[] }>(),
    'Cycles Load Failed': props<{ error: ApiError }>(),
    'Reference Loaded': props<{ reference: AnalyticsReference }>(),
    'Reference Load Failed': props<{ error: ApiError }>(),
    'Figures Requested': props<{ requests: FigureRequest[] }>(),
    'Figure Loaded': props<{ answer: FigureAnswer }>(),
    'Figure Load Failed': props<{ slot: FigureSlot; key: string; error: ApiError }>(),
    'Publication Changed': props<{ cycleId: string; published: boolean }>(),
    'Publication Change Failed': props<{ error: ApiError }>(),
  },
});
