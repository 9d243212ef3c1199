import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { EMPTY, switchMap } from 'rxjs';

import { selectUser } from '../../../core/session';
import { HomeApi } from './home.api';
import { HomePageActions } from './home.actions';
import { type Reads, readsFor } from './home-reads';

export const loadHome = createEffect(
  (
    actions$ = inject(Actions),
    store: Pick<Store, 'select'> = inject(Store),
    api: Reads = inject(HomeApi),
  ) => {
    return actions$.pipe(
      ofType(HomePageActions.opened, HomePageActions.retryClicked),
      concatLatestFrom(() => store.select(selectUser)),
      switchMap(([, user]) => (user ? readsFor(api, user) : EMPTY)),
    );
  },
  { functional: true },
);
