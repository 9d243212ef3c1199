import { TestBed } from '@angular/core/testing';
import {
  convertToParamMap,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
} from '@angular/router';

import { ReportsApi } from './data-access';
import { startOpeningMyReport, startOpeningReport } from './start-early';

describe('starting the report pages early', () => {
  let api: jasmine.SpyObj<Pick<ReportsApi, 'startReportReads' | 'startCyclesRead'>>;

  beforeEach(() => {
    api = jasmine.createSpyObj<ReportsApi>('ReportsApi', ['startReportReads', 'startCyclesRead']);
    TestBed.configureTestingModule({ providers: [{ provide: ReportsApi, useValue: api }] });
  });

  function resolve(resolver: typeof startOpeningReport, params: Record<string, string>): unknown {
    const route = { paramMap: convertToParamMap(params) } as ActivatedRouteSnapshot;
    return TestBed.runInInjectionContext(() => resolver(route, {} as RouterStateSnapshot));
  }

  it("starts the editor's reads for the report in the address, and returns at once", () => {
    expect(resolve(startOpeningReport, { cycleId: 'c-2027', stateCode: 'GE' })).toBeTrue();
    expect(api.startReportReads).toHaveBeenCalledOnceWith({ cycleId: 'c-2027', stateCode: 'GE' });
  });

  it('starts the read of the cycles for /my-report', () => {
    expect(resolve(startOpeningMyReport, {})).toBeTrue();
    expect(api.startCyclesRead).toHaveBeenCalledTimes(1);
    expect(api.startReportReads).not.toHaveBeenCalled();
  });
});
