import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { SessionActions } from '../session/session.actions';
import { ErrorNotifier } from './error-notifier';
import { XSRF_COOKIE, XSRF_HEADER, provideApiHttp } from './provide-api-http';

@Component({
  selector: 'app-any-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Blank {}

describe('API HTTP interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  let dispatch: jasmine.Spy;
  let notifyApiError: jasmine.Spy;

  beforeEach(async () => {
    notifyApiError = jasmine.createSpy('notifyApiError').and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideApiHttp(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
        provideMockStore(),
        { provide: ErrorNotifier, useValue: { notifyApiError } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    await router.navigateByUrl('/people?role=admin');
  });

  afterEach(() => backend.verify());

  /** Makes a request and answers it with an error; resolves once the caller saw it fail. */
  async function fail(
    method: 'GET' | 'POST',
    url: string,
    status: number,
    code?: string,
  ): Promise<void> {
    const failed = new Promise<void>((resolve) => {
      http.request(method, url).subscribe({ error: () => resolve() });
    });
    backend
      .expectOne(url)
      .flush(code ? { error: { code, message: code } } : null, { status, statusText: 'x' });
    await failed;
  }

  describe('when an API call answers 401 (the session ended)', () => {
    beforeEach(async () => {
      await fail('GET', '/api/v1/users', 401, 'unauthenticated');
      await new Promise((resolve) => setTimeout(resolve));
    });

    it('tells the store the person is signed out', () => {
      expect(dispatch).toHaveBeenCalledOnceWith(SessionActions.expired());
    });

    it('opens the sign-in page, coming back to the page after signing in', () => {
      expect(router.url).toBe('/sign-in?returnUrl=%2Fpeople%3Frole%3Dadmin');
    });
  });

  describe('when signing in itself answers 401 (wrong password)', () => {
    it('leaves the answer to the sign-in page', async () => {
      await fail('POST', '/api/v1/auth/login', 401, 'invalid_credentials');

      expect(dispatch).not.toHaveBeenCalled();
      expect(router.url).toBe('/people?role=admin');
    });
  });

  describe('when listing tokens answers 401 (an /auth call that needs the session)', () => {
    it('also counts as the end of the session', async () => {
      await fail('GET', '/api/v1/auth/tokens', 401, 'unauthenticated');

      expect(dispatch).toHaveBeenCalledOnceWith(SessionActions.expired());
    });
  });

  describe('when the session has a one-time password to replace', () => {
    it('opens the password change page', async () => {
      await fail('GET', '/api/v1/states', 403, 'password_change_required');
      await new Promise((resolve) => setTimeout(resolve));

      expect(router.url).toBe('/change-password');
      expect(dispatch).not.toHaveBeenCalled();
    });
  });

  describe('errors no page can show', () => {
    it('hands an unreachable server to the ErrorNotifier', async () => {
      await fail('GET', '/api/v1/users', 0);

      expect(notifyApiError).toHaveBeenCalledOnceWith(
        jasmine.objectContaining({ status: 0, code: 'network_error' }),
      );
    });

    it('hands a refusal by role to the ErrorNotifier', async () => {
      await fail('POST', '/api/v1/users', 403, 'forbidden');

      expect(notifyApiError).toHaveBeenCalledOnceWith(
        jasmine.objectContaining({ status: 403, code: 'forbidden' }),
      );
    });

    it('ignores requests that are not API calls, such as translation files', async () => {
      await fail('GET', '/i18n/ru.json', 0);

      expect(notifyApiError).not.toHaveBeenCalled();
      expect(dispatch).not.toHaveBeenCalled();
    });
  });

  describe('the XSRF token', () => {
    beforeEach(() => {
      document.cookie = `${XSRF_COOKIE}=token-from-cookie; path=/`;
    });

    afterEach(() => {
      document.cookie = `${XSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    });

    it('goes with every state-changing request', () => {
      http.post('/api/v1/auth/logout', null).subscribe();

      const call = backend.expectOne('/api/v1/auth/logout');
      expect(call.request.headers.get(XSRF_HEADER)).toBe('token-from-cookie');
      call.flush(null);
    });

    it('is not sent with reads', () => {
      http.get('/api/v1/auth/me').subscribe();

      const call = backend.expectOne('/api/v1/auth/me');
      expect(call.request.headers.has(XSRF_HEADER)).toBeFalse();
      call.flush({});
    });
  });
});
