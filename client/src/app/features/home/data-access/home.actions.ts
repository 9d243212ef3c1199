import { createActionGroup, props } from '@ngrx/store';
import type { Cycle, EvaluationSummary, ReportView, ReviewRow, State, User } from '@ppm/shared';
import type { ProgressGroup, SubmissionSummary } from '@ppm/shared/rules';

import type { ApiError } from '../../../core/http';

export const HomePageActions = createActionGroup({
  source: 'Home Page',
  events: {
    /** `now` (an ISO instant) dates the visit: days to deadlines count from it. */
    Opened: props<{ now: string }>(),
    'Retry Clicked': props<{ now: string }>(),
  },
});

export const HomeApiActions = createActionGroup({
  source: 'Home API',
  events: {
    'Cycles Loaded': props<{ cycles: Cycle[] }>(),
    'Cycles Load Failed': props<{ error: ApiError }>(),
    'States Loaded': props<{ states: State[] }>(),
    'States Load Failed': props<{ error: ApiError }>(),
    'Review List Loaded': props<{ cycleId: string; rows: ReviewRow[] }>(),
    'Review List Load Failed': props<{ error: ApiError }>(),
    'Own Report Loaded': props<{ report: ReportView }>(),
    'Own Report Load Failed': props<{ error: ApiError }>(),
    'Submissions Loaded': props<{ summary: SubmissionSummary }>(),
    'Submissions Load Failed': props<{ error: ApiError }>(),
    'Progress Loaded': props<{ groups: ProgressGroup[] }>(),
    'Progress Load Failed': props<{ error: ApiError }>(),
    'Evaluations Loaded': props<{ evaluations: EvaluationSummary[] }>(),
    'Evaluations Load Failed': props<{ error: ApiError }>(),
    'People Loaded': props<{ people: User[] }>(),
    'People Load Failed': props<{ error: ApiError }>(),
  },
});
