import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ActionPlanView, Cycle, OpenReplyWindow, StatePassages } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { Reply, ReplyTarget } from './evaluation.model';

/** Events from a focal point's right-of-reply pages. */
export const RightOfReplyPageActions = createActionGroup({
  source: 'Right Of Reply Page',
  events: {
    'Windows Opened': emptyProps(),
    'Passages Opened': props<{ evaluationId: string }>(),
    'Reply Submitted': props<{ evaluationId: string; target: ReplyTarget; text: string }>(),
  },
});

/** Answers of the right-of-reply API. */
export const RightOfReplyApiActions = createActionGroup({
  source: 'Right Of Reply API',
  events: {
    'Windows Loaded': props<{ windows: OpenReplyWindow[] }>(),
    'Windows Load Failed': props<{ error: ApiError }>(),
    'Passages Loaded': props<{
      passages: StatePassages;
      replies: Reply[];
      cycles: Cycle[];
      plan: ActionPlanView;
    }>(),
    'Passages Load Failed': props<{ evaluationId: string; error: ApiError }>(),
    'Reply Sent': props<{ reply: Reply }>(),
    'Reply Send Failed': props<{ error: ApiError }>(),
  },
});
