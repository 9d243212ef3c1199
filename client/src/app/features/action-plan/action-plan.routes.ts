import { HttpBackend, HttpXhrBackend } from '@angular/common/http';
import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideApiHttp } from '../../core/http';
import { provideTranslationScope } from '../../core/i18n';
import { roleIn } from '../../core/session';
import { ActionPlanPage } from './action-plan-page/action-plan-page';
import {
  ActionPlanImportApi,
  actionPlanImportEffects,
  actionPlanImportFeature,
  provideActionPlanData,
} from './data-access';

/**
 * `/action-plan` for everyone signed in (edits for the Secretariat), and its import page
 * for the Secretariat only.
 *
 * Route titles use root keys (`nav.*`): the title strategy finds a feature's texts by the
 * key's first part, which for this scope is its alias "actionPlan", not "action-plan".
 */
export default [
  {
    path: '',
    providers: [provideTranslationScope('action-plan'), ...provideActionPlanData()],
    children: [
      { path: '', pathMatch: 'full', title: 'nav.actionPlan', component: ActionPlanPage },
      {
        path: 'import',
        title: 'nav.actionPlanImport',
        canMatch: [roleIn('secretariat')],
        providers: [
          provideState(actionPlanImportFeature),
          provideEffects(actionPlanImportEffects),
          ActionPlanImportApi,
          // Fetch cannot report upload progress: this route gets the app's own HttpClient setup
          // (XSRF, interceptors) with XMLHttpRequest as the backend, for the upload's sake.
          provideApiHttp(),
          { provide: HttpBackend, useExisting: HttpXhrBackend },
        ],
        loadComponent: () => import('./import-page/import-page').then((m) => m.ImportPage),
      },
    ],
  },
] satisfies Routes;
