import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { myReportFeature } from './my-report';
import * as myReportEffects from './my-report.effects';
import * as reportEffects from './report.effects';
import { reportFeature } from './report.feature';
import { EvidenceApi, ReportsApi } from './reports.api';
import { provideReportsHttp } from './reports-http';
import * as workingsEffects from './workings.effects';
import { reportWorkingsFeature } from './workings.feature';

/**
 * State, effects and API clients of the report pages, with their own HttpClient (upload
 * progress, quiet autosave failures). Registering them on several routes is harmless.
 */
export function provideReportData(): (EnvironmentProviders | Provider)[] {
  return [
    ...provideReportsHttp(),
    ReportsApi,
    EvidenceApi,
    provideState(reportFeature),
    provideState(reportWorkingsFeature),
    provideState(myReportFeature),
    provideEffects(reportEffects, workingsEffects, myReportEffects),
  ];
}
