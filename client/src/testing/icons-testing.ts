import { type EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { MatIconTestingModule } from '@angular/material/icon/testing';

/**
 * mat-icon without the network: Material's fake registry draws every `svgIcon` as an empty
 * `<svg>`, so specs never ask for `/icons/…` (the app's resolver is not registered here).
 * Which icon shows is still on the element: assert it with `MatIconHarness` (`getName()`).
 */
export function provideIconsForTests(): EnvironmentProviders {
  return importProvidersFrom(MatIconTestingModule);
}
