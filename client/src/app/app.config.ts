import { provideHttpClient, withFetch } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';

import { routes } from './app.routes';
import { languageEffects, languageFeature, provideI18n } from './core/i18n';
import { provideMaterialSymbols } from './core/material-symbols';
import { devToolsProviders } from './core/store/dev-tools';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch()),
    provideRouter(routes),
    provideStore(
      { router: routerReducer, [languageFeature.name]: languageFeature.reducer },
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
    provideRouterStore(),
    provideEffects(languageEffects),
    // Redux DevTools in development only; production builds do not ship them.
    ...devToolsProviders,
    provideI18n(),
    provideMaterialSymbols(),
  ],
};
