import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { ErrorNotifier } from '../../../core/http';
import {
  PAGE_SHOWS_REFUSAL,
  QUIET_WHEN_OFFLINE,
  reportsErrorNotificationInterceptor,
} from './reports-http';

describe('reportsErrorNotificationInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;
  let notify: jasmine.Spy;
  const url = '/api/v1/cycles/c1/reports/AT';
  const refused = { error: { code: 'forbidden', message: 'Not yours.' } };

  beforeEach(() => {
    notify = jasmine.createSpy('notifyApiError').and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([reportsErrorNotificationInterceptor])),
        provideHttpClientTesting(),
        { provide: ErrorNotifier, useValue: { notifyApiError: notify } },
      ],
    });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
  });
  afterEach(() => controller.verify());

  /** Sends a GET with the given marks, answers it with `status`, and waits for the failure. */
  async function failWith(status: number, context = new HttpContext()): Promise<void> {
    const answer = firstValueFrom(http.get(url, { context })).catch(() => undefined);
    controller
      .expectOne(url)
      .flush(status === 0 ? null : refused, { status, statusText: String(status) });
    await answer;
  }

  it('tells of a refusal the page does not show itself', async () => {
    await failWith(403);
    expect(notify).toHaveBeenCalledOnceWith(
      jasmine.objectContaining({ status: 403, code: 'forbidden' }),
    );
  });

  it('says nothing of a refusal the page shows itself, but still of a server failure', async () => {
    const shown = new HttpContext().set(PAGE_SHOWS_REFUSAL, true);
    await failWith(403, shown);
    expect(notify).not.toHaveBeenCalled();
    await failWith(500, new HttpContext().set(PAGE_SHOWS_REFUSAL, true));
    expect(notify).toHaveBeenCalledOnceWith(jasmine.objectContaining({ status: 500 }));
  });

  it('says nothing of an unavailable server for a request marked quiet when offline', async () => {
    await failWith(503, new HttpContext().set(QUIET_WHEN_OFFLINE, true));
    expect(notify).not.toHaveBeenCalled();
  });
});
