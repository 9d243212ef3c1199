import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';

import { routes } from './app.routes';
import { provideApiHttp } from './core/http';
import { languageEffects, languageFeature, provideI18n } from './core/i18n';
import { sessionEffects, sessionFeature } from './core/session';
import { devToolsProviders } from './core/store/dev-tools';
import { provideIconSet } from './core/icons/provide-icon-set';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideApiHttp(),
    provideRouter(routes, withComponentInputBinding()),
    provideStore(
      {
        [languageFeature.name]: languageFeature.reducer,
        [sessionFeature.name]: sessionFeature.reducer,
      },
      {
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictStateSerializability: true,
          strictActionSerializability: true,
          strictActionTypeUniqueness: true,
          // Zoneless: there is no NgZone to dispatch inside of.
          strictActionWithinNgZone: false,
        },
      },
    ),
    // The session effects ask the server, at start-up, who is still signed in.
    provideEffects(languageEffects, sessionEffects),
    // Redux DevTools (and the router state they show) in development only; production
    // builds do not ship them.
    ...devToolsProviders,
    provideI18n(),
    provideIconSet(),
  ],
};
