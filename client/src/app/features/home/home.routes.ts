import type { Routes } from '@angular/router';

import { OverviewPage } from './overview-page/overview-page';

export default [
  { path: '', pathMatch: 'full', title: 'home.title', component: OverviewPage },
] satisfies Routes;
