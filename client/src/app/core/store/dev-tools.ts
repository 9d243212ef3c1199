import { type EnvironmentProviders, isDevMode } from '@angular/core';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';

/**
 * Redux DevTools for development builds, with the router's state mirrored into the store
 * (`router`) so the DevTools show and replay navigation. Nothing in the app reads that state
 * or listens to its actions. Production builds swap this file for `dev-tools.prod.ts`
 * (angular.json `fileReplacements`), so none of this is even shipped (ADR 0007).
 */
export const devToolsProviders: EnvironmentProviders[] = isDevMode()
  ? [
      provideState('router', routerReducer),
      provideRouterStore(),
      provideStoreDevtools({ maxAge: 50, logOnly: !isDevMode() }),
    ]
  : [];
