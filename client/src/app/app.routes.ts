import type { Routes } from '@angular/router';

/** Every feature is lazy: the shell ships alone, pages load on first visit. */
export const routes: Routes = [
  { path: '', loadChildren: () => import('./features/home/home.routes') },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./features/not-found/not-found-page'),
  },
];
