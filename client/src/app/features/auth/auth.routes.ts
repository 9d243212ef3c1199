import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import { authPagesEffects, authPagesFeature } from './data-access';
import NotAllowedPage from './not-allowed-page/not-allowed-page';
import SetPasswordPage from './set-password-page/set-password-page';
import SignInPage from './sign-in-page/sign-in-page';

const loaded = { translations: translationScopeLoaded('auth') };
const authProviders = [
  provideTranslationScope('auth'),
  provideState(authPagesFeature),
  provideEffects(authPagesEffects),
];

/** `/sign-in` (with "forgot password"). */
export const signInRoutes: Routes = [
  {
    path: '',
    title: 'auth.signIn.title',
    resolve: loaded,
    providers: authProviders,
    component: SignInPage,
  },
];

/** `/invitation/:secret` and `/reset-password/:secret` (the parent holds the secret). */
export const setPasswordRoutes: Routes = [
  {
    path: '',
    title: 'auth.link.title',
    resolve: loaded,
    providers: authProviders,
    component: SetPasswordPage,
  },
];

/** `/not-allowed`: where role guards send people. */
export const notAllowedRoutes: Routes = [
  {
    path: '',
    title: 'auth.notAllowed.title',
    resolve: loaded,
    providers: [provideTranslationScope('auth')],
    component: NotAllowedPage,
  },
];
