import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ActionPlanView, Cycle, Region, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type {
  Evaluation,
  EvaluationSummary,
  EvaluationTexts,
  Evidence,
  Handling,
  NewEvaluation,
  Reply,
  ReportFile,
} from './evaluation.model';

/** Events from the list of evaluations. */
export const EvaluationsPageActions = createActionGroup({
  source: 'Evaluations Page',
  events: {
    Opened: emptyProps(),
  },
});

/** Events from the dialog that starts an evaluation. */
export const NewEvaluationDialogActions = createActionGroup({
  source: 'New Evaluation Dialog',
  events: {
    Opened: emptyProps(),
    'Create Submitted': props<{ evaluation: NewEvaluation }>(),
  },
});

/** Events from the editor of one evaluation. */
export const EvaluationEditorActions = createActionGroup({
  source: 'Evaluation Editor',
  events: {
    Opened: props<{ evaluationId: string }>(),
    'Texts Changed': props<{ texts: EvaluationTexts }>(),
    'Save Requested': emptyProps(),
    'Conflict Resolved': props<{ keep: 'mine' | 'theirs' }>(),
    'Finalise Confirmed': emptyProps(),
    'Download Requested': props<{ file: ReportFile }>(),
    'Reply Window Opened': props<{ closesOn: string }>(),
    'Reply Window Closed': emptyProps(),
    'Reply Handled': props<{ replyId: string; outcome: Handling; note: string }>(),
  },
});

/** Answers of the evaluations API (and of the names it needs). */
export const EvaluationsApiActions = createActionGroup({
  source: 'Evaluations API',
  events: {
    'Evaluations Loaded': props<{ evaluations: EvaluationSummary[] }>(),
    'Evaluations Load Failed': props<{ error: ApiError }>(),
    'Reference Loaded': props<{
      cycles: Cycle[];
      plan: ActionPlanView;
      states: State[];
      regions: Region[];
    }>(),
    'Reference Load Failed': props<{ error: ApiError }>(),
    'Evaluation Created': props<{ evaluation: Evaluation }>(),
    'Evaluation Create Failed': props<{ error: ApiError }>(),
    'Evaluation Loaded': props<{ evaluation: Evaluation }>(),
    'Evaluation Load Failed': props<{ evaluationId: string; error: ApiError }>(),
    'Evidence Loaded': props<{ evaluationId: string; evidence: Evidence }>(),
    'Evidence Load Failed': props<{ evaluationId: string; error: ApiError }>(),
    'Save Succeeded': props<{ evaluation: Evaluation; texts: EvaluationTexts }>(),
    'Save Failed': props<{ error: ApiError }>(),
    'Newer Version Loaded': props<{ evaluation: Evaluation }>(),
    'Finalise Succeeded': props<{ evaluation: Evaluation }>(),
    'Finalise Failed': props<{ error: ApiError }>(),
    'Download Progressed': props<{ key: string; loaded: number; total: number | null }>(),
    'Download Finished': props<{ key: string }>(),
    'Download Failed': props<{ key: string; error: ApiError }>(),
    'Reply Window Changed': props<{ evaluation: Evaluation }>(),
    'Reply Window Change Failed': props<{ error: ApiError }>(),
    'Replies Loaded': props<{ evaluationId: string; replies: Reply[] }>(),
    'Replies Load Failed': props<{ evaluationId: string; error: ApiError }>(),
    'Reply Handling Saved': props<{ reply: Reply }>(),
    'Reply Handling Failed': props<{ replyId: string; error: ApiError }>(),
  },
});
