import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  CycleChanges,
  ReportEvent,
  RevisionComparison,
  RevisionSummary,
  ThreadComment,
} from '@ppm/shared';

import type { ApiError } from '../../../core/http';

/** The parts of how a report came about, each read when first shown. */
export type WorkingsPart = 'timeline' | 'history' | 'comparison' | 'changes' | 'comments';

/** Events from the panels that show how a report came about, and the entry threads. */
export const ReportWorkingsActions = createActionGroup({
  source: 'Report Workings',
  events: {
    'Timeline Opened': emptyProps(),
    'History Opened': emptyProps(),
    'Revisions Compared': props<{ from: number; to: number }>(),
    'Comparison Closed': emptyProps(),
    'Changes Opened': emptyProps(),
    'Comment Submitted': props<{ actionCode: string; text: string; lang: string }>(),
  },
});

export const WorkingsApiActions = createActionGroup({
  source: 'Report Workings API',
  events: {
    'Timeline Loaded': props<{ events: ReportEvent[] }>(),
    'History Loaded': props<{ revisions: RevisionSummary[] }>(),
    'Comparison Loaded': props<{ comparison: RevisionComparison }>(),
    'Changes Loaded': props<{ changes: CycleChanges }>(),
    'Comments Loaded': props<{ comments: ThreadComment[] }>(),
    'Load Failed': props<{ part: WorkingsPart; error: ApiError }>(),
    'Comment Added': props<{ comment: ThreadComment }>(),
    'Comment Failed': props<{ actionCode: string; error: ApiError }>(),
  },
});
