import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { provideTranslationScope } from '../../core/i18n';
import { statesEffects, statesFeature } from './data-access';
import { StatesPage } from './states-page/states-page';

/** `/states`: everyone signed in may look; the page offers edits to the Secretariat only. */
export default [
  {
    path: '',
    title: 'states.title',
    providers: [
      provideTranslationScope('states'),
      provideState(statesFeature),
      provideEffects(statesEffects),
    ],
    component: StatesPage,
  },
] satisfies Routes;
