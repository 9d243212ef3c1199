import { type EnvironmentProviders, isDevMode } from '@angular/core';
import { provideStoreDevtools } from '@ngrx/store-devtools';

/**
 * Redux DevTools for development builds. Production builds swap this file for
 * `dev-tools.prod.ts` (angular.json `fileReplacements`), so the devtools code is not even
 * shipped.
 */
export const devToolsProviders: EnvironmentProviders[] = isDevMode()
  ? [provideStoreDevtools({ maxAge: 50, logOnly: !isDevMode() })]
  : [];
