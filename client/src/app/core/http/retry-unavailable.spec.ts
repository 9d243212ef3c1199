import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { toApiError } from './api-error';
import { retryDelayMs, retryUnavailableInterceptor } from './retry-unavailable';

const UNAVAILABLE = {
  status: 503,
  statusText: 'Service Unavailable',
  headers: { 'Retry-After': '5' },
};
const UNAVAILABLE_BODY = {
  error: {
    code: 'database_unavailable',
    message: 'The service is briefly unavailable.',
    details: { retryAfterSeconds: 5 },
  },
};

describe('retryUnavailableInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([retryUnavailableInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  beforeEach(() => jasmine.clock().install());
  afterEach(() => {
    jasmine.clock().uninstall();
    backend.verify();
  });

  describe('when a read finds the service briefly unavailable twice, then answered', () => {
    it('waits as Retry-After says and delivers the answer', () => {
      let answer: unknown;
      http.get('/api/v1/cycles').subscribe((body) => (answer = body));

      backend.expectOne('/api/v1/cycles').flush(UNAVAILABLE_BODY, UNAVAILABLE);
      jasmine.clock().tick(4999);
      backend.expectNone('/api/v1/cycles');
      jasmine.clock().tick(1);
      backend.expectOne('/api/v1/cycles').flush(UNAVAILABLE_BODY, UNAVAILABLE);
      jasmine.clock().tick(5000);
      backend.expectOne('/api/v1/cycles').flush([{ id: 'c1' }]);

      expect(answer).toEqual([{ id: 'c1' }]);
    });
  });

  describe('when the service stays unavailable', () => {
    it('gives up after three more tries with the 503, for the page to keep what was entered', () => {
      let failure: unknown;
      http.get('/api/v1/cycles').subscribe({ error: (error: unknown) => (failure = error) });
      for (let attempt = 0; attempt < 4; attempt += 1) {
        backend.expectOne('/api/v1/cycles').flush(UNAVAILABLE_BODY, UNAVAILABLE);
        jasmine.clock().tick(5000);
      }
      expect(toApiError(failure)).toEqual(
        jasmine.objectContaining({ status: 503, code: 'database_unavailable' }),
      );
    });
  });

  describe('for a write, or another failure', () => {
    it('does not repeat a save (the page keeps it and tries again), nor a 500', () => {
      let saveFailure: unknown;
      http
        .put('/api/v1/cycles/c1/reports/AT', {})
        .subscribe({ error: (e: unknown) => (saveFailure = e) });
      backend.expectOne('/api/v1/cycles/c1/reports/AT').flush(UNAVAILABLE_BODY, UNAVAILABLE);
      jasmine.clock().tick(20_000);
      expect(toApiError(saveFailure).status).toBe(503);

      let readFailure: unknown;
      http.get('/api/v1/cycles').subscribe({ error: (e: unknown) => (readFailure = e) });
      backend
        .expectOne('/api/v1/cycles')
        .flush(
          { error: { code: 'internal_error', message: 'x' } },
          { status: 500, statusText: 'Error' },
        );
      jasmine.clock().tick(20_000);
      expect(toApiError(readFailure).status).toBe(500);
    });
  });

  it('waits 1, 2, 4 s when the answer gives no Retry-After, never more than 5 s', () => {
    expect(retryDelayMs(new Error('x'), 1)).toBe(1000);
    expect(retryDelayMs(new Error('x'), 2)).toBe(2000);
    expect(retryDelayMs(new Error('x'), 3)).toBe(4000);
    expect(retryDelayMs(new Error('x'), 4)).toBe(5000);
  });
});
