import type { Routes } from '@angular/router';

import { roleIn, signedIn, signedInAnyPassword, signedOut } from './core/session';

/**
 * Every feature is lazy: the shell ships alone, pages load on first visit. Guards match
 * before loading, so a page a person may not use is never even downloaded for them.
 */
export const routes: Routes = [
  {
    path: 'sign-in',
    canMatch: [signedOut],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.signInRoutes),
  },
  {
    path: 'invitation/:secret',
    data: { purpose: 'invitation' },
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.setPasswordRoutes),
  },
  {
    path: 'reset-password/:secret',
    data: { purpose: 'password_reset' },
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.setPasswordRoutes),
  },
  {
    path: 'change-password',
    canMatch: [signedInAnyPassword],
    loadChildren: () =>
      import('./features/profile/profile.routes').then((m) => m.passwordChangeRoutes),
  },
  {
    path: '',
    canMatch: [signedIn],
    children: [
      { path: 'profile', loadChildren: () => import('./features/profile/profile.routes') },
      {
        path: 'people',
        canMatch: [roleIn('admin')],
        loadChildren: () => import('./features/people/people.routes'),
      },
      {
        path: 'action-plan',
        loadChildren: () => import('./features/action-plan/action-plan.routes'),
      },
      { path: 'states', loadChildren: () => import('./features/states/states.routes') },
      {
        path: 'audit',
        canMatch: [roleIn('admin', 'secretariat')],
        loadChildren: () => import('./features/audit/audit.routes'),
      },
      { path: 'cycles', loadChildren: () => import('./features/cycles/cycles.routes') },
      {
        path: 'my-report',
        canMatch: [roleIn('focal_point', 'contributor')],
        loadChildren: () =>
          import('./features/reports/reports.routes').then((m) => m.myReportRoutes),
      },
      { path: 'reports', loadChildren: () => import('./features/reports/reports.routes') },
      { path: 'progress', loadChildren: () => import('./features/analytics/analytics.routes') },
      {
        path: 'evaluations',
        canMatch: [roleIn('evaluator', 'secretariat')],
        loadChildren: () => import('./features/evaluations/evaluations.routes'),
      },
      {
        path: 'right-of-reply',
        canMatch: [roleIn('focal_point')],
        loadChildren: () =>
          import('./features/evaluations/evaluations.routes').then((m) => m.rightOfReplyRoutes),
      },
      {
        path: 'not-allowed',
        loadChildren: () => import('./features/auth/auth.routes').then((m) => m.notAllowedRoutes),
      },
      { path: '', loadChildren: () => import('./features/home/home.routes') },
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('./features/not-found/not-found-page'),
      },
    ],
  },
];
