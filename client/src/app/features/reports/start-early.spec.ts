import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  Router,
  type RouterStateSnapshot,
  type UrlTree,
  convertToParamMap,
} from '@angular/router';
import { Store } from '@ngrx/store';
import type { Cycle } from '@ppm/shared';
import { type Observable, firstValueFrom, of, throwError } from 'rxjs';

import { aUser } from '../../../testing/fixtures';
import { ReportsApi } from './data-access';
import { aCycle } from './data-access/testing/report-fixture';
import {
  startOpeningMyReport,
  startOpeningReport,
  straightToTheOnlyOpenReport,
} from './start-early';

describe('starting the report pages early', () => {
  let userState: string | null = 'GE';
  let api: jasmine.SpyObj<Pick<ReportsApi, 'startReportReads' | 'startCyclesRead'>>;

  beforeEach(() => {
    api = jasmine.createSpyObj<ReportsApi>('ReportsApi', ['startReportReads', 'startCyclesRead']);
    TestBed.configureTestingModule({
      providers: [
        { provide: ReportsApi, useValue: api },
        { provide: Store, useValue: { select: () => of({ ...aUser(), stateCode: userState }) } },
      ],
    });
  });

  function resolve(resolver: typeof startOpeningReport, params: Record<string, string>): unknown {
    const route = { paramMap: convertToParamMap(params) } as ActivatedRouteSnapshot;
    return TestBed.runInInjectionContext(() => resolver(route, {} as RouterStateSnapshot));
  }

  it("starts the editor's reads for the report in the address, and returns at once", () => {
    expect(resolve(startOpeningReport, { cycleId: 'c-2027', stateCode: 'GE' })).toBeTrue();
    expect(api.startReportReads).toHaveBeenCalledOnceWith({ cycleId: 'c-2027', stateCode: 'GE' });
  });

  it('reads nothing more when /my-report opens (its guard started the cycles)', () => {
    expect(resolve(startOpeningMyReport, {})).toBeTrue();
    expect(api.startCyclesRead).not.toHaveBeenCalled();
    expect(api.startReportReads).not.toHaveBeenCalled();
  });

  describe('/my-report with one open cycle', () => {
    function guard(cycles: Observable<Cycle[]>, stateCode: string | null): Promise<unknown> {
      api.startCyclesRead.and.returnValue(cycles);
      userState = stateCode;
      return firstValueFrom(
        TestBed.runInInjectionContext(
          () =>
            straightToTheOnlyOpenReport(
              {} as ActivatedRouteSnapshot,
              {} as RouterStateSnapshot,
            ) as Observable<unknown>,
        ),
      );
    }

    it("goes straight to that cycle's report of the person's state", async () => {
      const cycles = [
        aCycle({ id: 'c-2026', status: 'closed' }),
        aCycle({ id: 'c-2027', status: 'open' }),
      ];
      const target = await guard(of(cycles), 'GE');
      expect(TestBed.inject(Router).serializeUrl(target as UrlTree)).toBe('/reports/c-2027/GE');
    });

    it('opens the page to choose with two open cycles, none, or no state', async () => {
      const two = [aCycle({ id: 'a', status: 'open' }), aCycle({ id: 'b', status: 'open' })];
      expect(await guard(of(two), 'GE')).toBeTrue();
      expect(await guard(of([aCycle({ status: 'closed' })]), 'GE')).toBeTrue();
      expect(await guard(of([aCycle({ status: 'open' })]), null)).toBeTrue();
    });

    it('opens the page, to say so and offer a retry, when the cycles cannot be read', async () => {
      expect(
        await guard(
          throwError(() => new Error('offline')),
          'GE',
        ),
      ).toBeTrue();
    });
  });
});
