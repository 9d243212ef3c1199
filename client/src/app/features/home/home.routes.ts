import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope } from '../../core/i18n';
import { provideActionPlanData } from '../action-plan/data-access';
import { homeEffects, homeFeature } from './data-access';
import { HomePage } from './home-page/home-page';

/** `/`: what the person should do now (by role), then the plan being monitored. */
export default [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    providers: [
      provideTranslationScope('home'),
      ...provideActionPlanData(),
      provideState(homeFeature),
      provideEffects(homeEffects),
    ],
    component: HomePage,
  },
] satisfies Routes;
