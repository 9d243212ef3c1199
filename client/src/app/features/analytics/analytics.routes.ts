import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import { roleIn } from '../../core/session';
import { provideAppCharts } from '../../shared/ui/charts/provide-app-charts';
import { AnalyticsLayout } from './analytics-layout/analytics-layout';
import { analyticsEffects, analyticsFeature } from './data-access';

/**
 * `/progress`: the progress dashboard. Everyone signed in may look; the server decides what
 * each person sees (aggregates, their own state, approved reports only...). Peer learning is
 * the Secretariat's. Chart.js loads with this route only.
 */
export default [
  {
    path: '',
    component: AnalyticsLayout,
    resolve: { translations: translationScopeLoaded('analytics') },
    providers: [
      provideTranslationScope('analytics'),
      provideState(analyticsFeature),
      provideEffects(analyticsEffects),
      provideAppCharts(),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'analytics.tabs.overview',
        loadComponent: () => import('./overview-page/overview-page').then((m) => m.OverviewPage),
      },
      {
        path: 'submissions',
        title: 'analytics.tabs.submissions',
        loadComponent: () =>
          import('./submissions-page/submissions-page').then((m) => m.SubmissionsPage),
      },
      {
        path: 'coverage',
        title: 'analytics.tabs.coverage',
        loadComponent: () => import('./coverage-page/coverage-page').then((m) => m.CoveragePage),
      },
      {
        path: 'drill-down',
        title: 'analytics.tabs.drillDown',
        loadComponent: () =>
          import('./drill-down-page/drill-down-page').then((m) => m.DrillDownPage),
      },
      {
        path: 'state',
        title: 'analytics.tabs.stateProfile',
        loadComponent: () =>
          import('./state-profile-page/state-profile-page').then((m) => m.StateProfilePage),
      },
      {
        path: 'peer-learning',
        title: 'analytics.tabs.peerLearning',
        canMatch: [roleIn('secretariat')],
        loadComponent: () =>
          import('./peer-learning-page/peer-learning-page').then((m) => m.PeerLearningPage),
      },
    ],
  },
] satisfies Routes;
