import type { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import * as actionPlanEffects from './action-plan.effects';
import { actionPlanFeature } from './action-plan.feature';

/**
 * The plan's state and effects, for every route that shows the plan (the plan page, the
 * overview). Registering them twice is harmless: NgRx runs one set of effects per source.
 */
export function provideActionPlanData(): EnvironmentProviders[] {
  return [provideState(actionPlanFeature), provideEffects(actionPlanEffects)];
}
