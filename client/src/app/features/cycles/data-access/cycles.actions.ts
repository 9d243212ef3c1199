import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Cycle, CycleStatus, Region, ReviewRow, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { DeadlineExtension, LateReminders, NewCycle, StateReminder } from './cycles.api';
import type { ReviewFilter, ReviewSort } from './review-rows';

/** Events from the list of cycles. */
export const CyclesPageActions = createActionGroup({
  source: 'Cycles Page',
  events: {
    Opened: emptyProps(),
  },
});

/** Events from one cycle's page and its review list. */
export const CycleDetailPageActions = createActionGroup({
  source: 'Cycle Detail Page',
  events: {
    Opened: props<{ cycleId: string }>(),
    'Filter Changed': props<{ filter: ReviewFilter }>(),
    'Sort Changed': props<{ sort: ReviewSort }>(),
    'Status Change Confirmed': props<{ cycleId: string; status: CycleStatus }>(),
    'Remind Overdue Confirmed': props<{ cycleId: string }>(),
  },
});

/** Events from the page of a state that has not started its report (the Secretariat). */
export const StateReminderPageActions = createActionGroup({
  source: 'State Reminder Page',
  events: {
    Opened: props<{ cycleId: string; stateCode: string }>(),
    'Remind Clicked': props<{ cycleId: string; stateCode: string }>(),
  },
});

/** Events from the dialog that plans a new cycle. */
export const CycleDialogActions = createActionGroup({
  source: 'Cycle Dialog',
  events: {
    Opened: emptyProps(),
    'Create Submitted': props<{ cycle: NewCycle }>(),
  },
});

/** Events from the dialog that gives one state a later deadline. */
export const DeadlineDialogActions = createActionGroup({
  source: 'Deadline Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ cycleId: string; extension: DeadlineExtension }>(),
  },
});

/** Answers of the cycles, reports and states API. */
export const CyclesApiActions = createActionGroup({
  source: 'Cycles API',
  events: {
    'Cycles Loaded': props<{ cycles: Cycle[] }>(),
    'Cycles Load Failed': props<{ error: ApiError }>(),
    'Cycle Loaded': props<{ cycle: Cycle }>(),
    'Cycle Load Failed': props<{ cycleId: string; error: ApiError }>(),
    'Review List Loaded': props<{ cycleId: string; rows: ReviewRow[] }>(),
    'Review List Load Failed': props<{ cycleId: string; error: ApiError }>(),
    'Reference Loaded': props<{ states: State[]; regions: Region[] }>(),
    'Reference Load Failed': props<{ error: ApiError }>(),
    'Cycle Created': props<{ cycle: Cycle }>(),
    'Cycle Create Failed': props<{ error: ApiError }>(),
    'Cycle Status Changed': props<{ cycle: Cycle }>(),
    'Cycle Status Change Failed': props<{ cycleId: string; error: ApiError }>(),
    'Deadline Extended': props<{ cycle: Cycle }>(),
    'Deadline Extension Failed': props<{ error: ApiError }>(),
    'Reminder Loaded': props<{ reminder: StateReminder }>(),
    'Reminder Load Failed': props<{ error: ApiError }>(),
    'Reminder Sent': props<{ reminder: StateReminder }>(),
    'Reminder Send Failed': props<{ cycleId: string; stateCode: string; error: ApiError }>(),
    'Overdue Reminded': props<{ cycleId: string; result: LateReminders }>(),
    'Overdue Remind Failed': props<{ cycleId: string; error: ApiError }>(),
  },
});
