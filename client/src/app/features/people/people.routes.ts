import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope, translationScopeLoaded } from '../../core/i18n';
import { peopleEffects, peopleFeature } from './data-access';
import PeoplePage from './people-page/people-page';

/** `/people` (admins only: the route's `roleIn('admin')` guard sits in app.routes). */
export default [
  {
    path: '',
    title: 'people.title',
    resolve: { translations: translationScopeLoaded('people') },
    providers: [
      provideTranslationScope('people'),
      provideState(peopleFeature),
      provideEffects(peopleEffects),
    ],
    component: PeoplePage,
  },
] satisfies Routes;
