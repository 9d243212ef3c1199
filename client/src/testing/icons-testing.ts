import {
  type EnvironmentProviders,
  importProvidersFrom,
  makeEnvironmentProviders,
} from '@angular/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';

import { IconSet } from '../app/core/icons/provide-icon-set';

/**
 * mat-icon without the icon set: Material's fake registry draws every `svgIcon` as an empty
 * `<svg>` (the app's set is not registered here), and the set counts as ready, so the shell
 * draws its deferred parts. Which icon shows is still on the element: assert it with
 * `MatIconHarness` (`getName()`).
 */
export function provideIconsForTests(): EnvironmentProviders {
  return makeEnvironmentProviders([
    importProvidersFrom(MatIconTestingModule),
    {
      provide: IconSet,
      useFactory: () => {
        const iconSet = new IconSet();
        iconSet.markReady();
        return iconSet;
      },
    },
  ]);
}
