import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { ReportsApi } from './reports.api';

describe('ReportsApi reads started early', () => {
  const key = { cycleId: 'c-2027', stateCode: 'GE' };
  let api: ReportsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [ReportsApi, provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ReportsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the four reads the editor opens with, and the editor takes them over once', async () => {
    api.startReportReads(key);
    const report = http.expectOne('/api/v1/cycles/c-2027/reports/GE');
    const cycle = http.expectOne('/api/v1/cycles/c-2027');
    const plan = http.expectOne('/api/v1/action-plan');
    const states = http.expectOne('/api/v1/states');

    const reads = Promise.all([
      firstValueFrom(api.get(key)),
      firstValueFrom(api.cycle('c-2027')),
      firstValueFrom(api.plan()),
      firstValueFrom(api.states()),
    ]);
    http.expectNone(() => true);
    report.flush({ version: 3 });
    cycle.flush({ id: 'c-2027' });
    plan.flush({ version: 1 });
    states.flush([{ code: 'GE' }]);

    expect(await reads).toEqual([
      { version: 3 } as never,
      { id: 'c-2027' } as never,
      { version: 1 } as never,
      [{ code: 'GE' }] as never,
    ]);

    const again = firstValueFrom(api.get(key));
    http.expectOne('/api/v1/cycles/c-2027/reports/GE').flush({ version: 4 });
    expect(await again).toEqual({ version: 4 } as never);
  });

  it('starts the read of the cycles, which the next cycles() takes over', async () => {
    api.startCyclesRead();
    const cycles = http.expectOne('/api/v1/cycles');
    const read = firstValueFrom(api.cycles());
    http.expectNone('/api/v1/cycles');
    cycles.flush([]);
    expect(await read).toEqual([]);
  });
});
