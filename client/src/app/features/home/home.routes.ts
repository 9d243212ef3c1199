import type { Routes } from '@angular/router';

import { provideTranslationScope } from '../../core/i18n';
import { provideActionPlanData } from '../action-plan/data-access';
import { OverviewPage } from './overview-page/overview-page';

/** `/`: the overview of the plan, read from the server through the action plan's state. */
export default [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    providers: [provideTranslationScope('home'), ...provideActionPlanData()],
    component: OverviewPage,
  },
] satisfies Routes;
