import { inject } from '@angular/core';
import { type CanActivateFn, type ResolveFn, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { catchError, map, of, take, withLatestFrom } from 'rxjs';

import { selectUser } from '../../core/session';
import { ReportsApi } from './data-access';

/** The editor's code: the route loads it, and the resolvers below start it sooner. */
export const loadReportPage = () => import('./report-page/report-page').then((m) => m.ReportPage);

export const loadMyReportPage = () =>
  import('./my-report-page/my-report-page').then((m) => m.MyReportPage);

/**
 * The router downloads a page's code only after the route's resolvers are done (here, the
 * translations), and the page asks for its data only once it is created: three waits one after
 * the other. These resolvers start all of it at once and return at once; the router's own
 * load of the page then finds its code on the way, and the page finds its reads on the way
 * (`ReportsApi.startReportReads`). A failed download is reported by the router's own load.
 */
export const startOpeningReport: ResolveFn<true> = (route) => {
  const cycleId = route.paramMap.get('cycleId');
  const stateCode = route.paramMap.get('stateCode');
  if (cycleId && stateCode) inject(ReportsApi).startReportReads({ cycleId, stateCode });
  loadReportPage().catch(() => undefined);
  return true;
};

/**
 * `/my-report` with one open cycle (the usual case) goes straight on to that cycle's report of
 * the person's state, before the `/my-report` page is even loaded or drawn. Otherwise the page
 * opens and takes over the cycles read here; a failed read opens it too, to say so and retry.
 */
export const straightToTheOnlyOpenReport: CanActivateFn = () => {
  const router = inject(Router);
  return inject(ReportsApi)
    .startCyclesRead()
    .pipe(
      withLatestFrom(inject(Store).select(selectUser)),
      take(1),
      map(([cycles, user]) => {
        const open = cycles.filter((cycle) => cycle.status === 'open');
        return open.length === 1 && user?.stateCode
          ? router.createUrlTree(['/reports', open[0].id, user.stateCode])
          : true;
      }),
      catchError(() => of(true)),
    );
};

/** When `/my-report` does open: its page, and the editor's code it will most likely lead to. */
export const startOpeningMyReport: ResolveFn<true> = () => {
  loadMyReportPage().catch(() => undefined);
  loadReportPage().catch(() => undefined);
  return true;
};
