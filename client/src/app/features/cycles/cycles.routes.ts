import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope } from '../../core/i18n';
import { roleIn } from '../../core/session';
import { provideCycleDates } from './cycle-dates';
import { CycleDetailPage } from './cycle-detail-page/cycle-detail-page';
import { CyclesPage } from './cycles-page/cycles-page';
import { cyclesEffects, cyclesFeature } from './data-access';

/**
 * `/cycles`: the reporting cycles, and `/cycles/:cycleId`: one cycle with its review list.
 * Everyone signed in may look (administrators see no reports); the Secretariat plans, opens,
 * closes and extends deadlines.
 */
export default [
  {
    path: '',
    providers: [
      provideTranslationScope('cycles'),
      provideState(cyclesFeature),
      provideEffects(cyclesEffects),
      ...provideCycleDates(),
    ],
    children: [
      { path: '', pathMatch: 'full', title: 'cycles.title', component: CyclesPage },
      { path: ':cycleId', title: 'cycles.detail.title', component: CycleDetailPage },
      {
        path: ':cycleId/states/:stateCode',
        title: 'cycles.reminder.pageTitle',
        canMatch: [roleIn('secretariat')],
        loadComponent: () =>
          import('./state-reminder-page/state-reminder-page').then((m) => m.StateReminderPage),
      },
    ],
  },
] satisfies Routes;
