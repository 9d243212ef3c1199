import { EnvironmentInjector, Injectable, inject, runInInjectionContext } from '@angular/core';
import { EffectSources } from '@ngrx/effects';
import { ReducerManager } from '@ngrx/store';

import * as notificationsEffects from './notifications.effects';
import { notificationsFeature } from './notifications.feature';

/**
 * Adds the notifications slice and effects to the root store, once. The shell `@defer`s the
 * bell (its chunk loads after the first render), so no route can provide them: the bell calls
 * this when it first appears. The effects then live as long as the app, the poll following
 * the session (it stops when nobody is signed in).
 */
@Injectable({ providedIn: 'root' })
export class NotificationsRegistration {
  private readonly injector = inject(EnvironmentInjector);
  private registered = false;

  register(): void {
    if (this.registered) {
      return;
    }
    this.registered = true;
    this.injector
      .get(ReducerManager)
      .addReducer(notificationsFeature.name, notificationsFeature.reducer);
    // Functional effects resolve their dependencies as they are added.
    const effects = this.injector.get(EffectSources, null);
    runInInjectionContext(this.injector, () => effects?.addEffects(notificationsEffects));
  }
}
