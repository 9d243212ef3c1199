import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';

import { errorNotificationInterceptor, sessionInterceptor } from './api-interceptors';
import { retryUnavailableInterceptor } from './retry-unavailable';

/** The cookie the server sets at sign-in, and the header it wants it echoed in. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

/**
 * HttpClient as the API needs it: fetch, the XSRF token echoed on every state-changing
 * same-origin request (the server refuses them otherwise), and the interceptors that notice
 * the end of a session, tell the user about errors no page shows, and try reads again while
 * the server is briefly unavailable (503).
 */
export function provideApiHttp(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
    withInterceptors([
      sessionInterceptor,
      errorNotificationInterceptor,
      retryUnavailableInterceptor,
    ]),
  );
}
