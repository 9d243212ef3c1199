import type { Routes } from '@angular/router';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import { roleIn } from '../../core/session';
import { provideReportData } from './data-access';

const reportProviders = () => [provideTranslationScope('reports'), ...provideReportData()];

/**
 * `/reports/:cycleId/:stateCode`: a state's report, for whoever may read it (the server decides
 * what each may see; admins run accounts, not reports). Its review page is the Secretariat's.
 */
export default [
  {
    path: '',
    canMatch: [roleIn('secretariat', 'evaluator', 'focal_point', 'contributor')],
    resolve: { translations: translationScopeLoaded('reports') },
    providers: reportProviders(),
    children: [
      {
        path: ':cycleId/:stateCode',
        pathMatch: 'full',
        title: 'reports.title',
        loadComponent: () => import('./report-page/report-page').then((m) => m.ReportPage),
      },
      {
        path: ':cycleId/:stateCode/review',
        title: 'reports.review.title',
        canMatch: [roleIn('secretariat')],
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
    resolve: { translations: translationScopeLoaded('reports') },
    providers: reportProviders(),
    loadComponent: () => import('./my-report-page/my-report-page').then((m) => m.MyReportPage),
  },
] satisfies Routes;
