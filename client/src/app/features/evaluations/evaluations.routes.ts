import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import { evaluationsEffects, evaluationsFeature } from './data-access';
import { EvaluationPage } from './evaluation-page/evaluation-page';
import { EvaluationsPage } from './evaluations-page/evaluations-page';
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
