import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';

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
 * `/my-report` reads the cycles and, with one open cycle (the usual case), goes on to its
 * report: the editor's code downloads beside the cycles rather than after them.
 */
export const startOpeningMyReport: ResolveFn<true> = () => {
  inject(ReportsApi).startCyclesRead();
  loadMyReportPage().catch(() => undefined);
  loadReportPage().catch(() => undefined);
  return true;
};
