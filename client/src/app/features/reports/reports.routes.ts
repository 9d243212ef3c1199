import type { Routes } from '@angular/router';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import { roleIn } from '../../core/session';
import { provideReportData } from './data-access';
import {
  loadMyReportPage,
  loadReportPage,
  startOpeningMyReport,
  startOpeningReport,
  straightToTheOnlyOpenReport,
} from './start-early';

const reportProviders = () => [provideTranslationScope('reports'), ...provideReportData()];

/**
 * `/reports/:cycleId/:stateCode`: a state's report, for whoever may read it (the server decides
 * what each may see; admins run accounts, not reports). Its review page is the Secretariat's.
 * The translations resolve on each page's own route, beside what starts its code and reads.
 */
export default [
  {
    path: '',
    canMatch: [roleIn('secretariat', 'evaluator', 'focal_point', 'contributor')],
    providers: reportProviders(),
    children: [
      {
        path: ':cycleId/:stateCode',
        pathMatch: 'full',
        title: 'reports.title',
        resolve: { translations: translationScopeLoaded('reports'), early: startOpeningReport },
        loadComponent: loadReportPage,
      },
      {
        path: ':cycleId/:stateCode/review',
        title: 'reports.review.title',
        canMatch: [roleIn('secretariat')],
        resolve: { translations: translationScopeLoaded('reports') },
        loadComponent: () => import('./review-page/review-page').then((m) => m.ReviewPage),
      },
    ],
  },
] satisfies Routes;

/** `/my-report`: the open cycle's report of the person's state (focal points, contributors). */
export const myReportRoutes = [
  {
    path: '',
    title: 'reports.myReport.title',
    canActivate: [straightToTheOnlyOpenReport],
    resolve: { translations: translationScopeLoaded('reports'), early: startOpeningMyReport },
    providers: reportProviders(),
    loadComponent: loadMyReportPage,
  },
] satisfies Routes;
