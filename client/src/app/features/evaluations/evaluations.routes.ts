import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import {
  evaluationsEffects,
  evaluationsFeature,
  rightOfReplyEffects,
  rightOfReplyFeature,
} from './data-access';
import { EvaluationPage } from './evaluation-page/evaluation-page';
import { EvaluationsPage } from './evaluations-page/evaluations-page';
import { PassagesPage } from './passages-page/passages-page';
import { ReplyWindowsPage } from './reply-windows-page/reply-windows-page';
import { unsavedTextsGuard } from './unsaved-texts.guard';

/**
 * `/evaluations`: the evaluator's workspace (evaluators and the Secretariat): the list, and
 * `/evaluations/:evaluationId`, the editor of one evaluation.
 */
export default [
  {
    path: '',
    providers: [
      provideTranslationScope('evaluations'),
      provideState(evaluationsFeature),
      provideEffects(evaluationsEffects),
    ],
    resolve: { texts: translationScopeLoaded('evaluations') },
    children: [
      { path: '', pathMatch: 'full', title: 'evaluations.title', component: EvaluationsPage },
      {
        path: ':evaluationId',
        title: 'evaluations.editor.title',
        component: EvaluationPage,
        canDeactivate: [unsavedTextsGuard],
      },
    ],
  },
] satisfies Routes;

/**
 * `/right-of-reply`: a focal point's view while reply windows are open: the evaluations it may
 * comment on, and `/right-of-reply/:evaluationId`, the passages about its own state.
 */
export const rightOfReplyRoutes = [
  {
    path: '',
    providers: [
      provideTranslationScope('evaluations'),
      provideState(rightOfReplyFeature),
      provideEffects(rightOfReplyEffects),
    ],
    resolve: { texts: translationScopeLoaded('evaluations') },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'evaluations.passages.title',
        component: ReplyWindowsPage,
      },
      { path: ':evaluationId', title: 'evaluations.passages.title', component: PassagesPage },
    ],
  },
] satisfies Routes;
