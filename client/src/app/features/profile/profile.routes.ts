import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import ChangePasswordPage from './change-password-page/change-password-page';
import { profileEffects, profileFeature } from './data-access';
import ProfilePage from './profile-page/profile-page';

const profileProviders = [
  provideTranslationScope('profile'),
  provideState(profileFeature),
  provideEffects(profileEffects),
];

/** `/profile`. */
export default [
  {
    path: '',
    title: 'profile.title',
    resolve: { translations: translationScopeLoaded('profile') },
    providers: profileProviders,
    component: ProfilePage,
  },
] satisfies Routes;

/** `/change-password`: the forced change of a one-time password. */
export const passwordChangeRoutes: Routes = [
  {
    path: '',
    title: 'profile.forced.title',
    resolve: { translations: translationScopeLoaded('profile') },
    providers: profileProviders,
    component: ChangePasswordPage,
  },
];
