import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';

/**
 * `<mat-icon>name</mat-icon>` draws from the self-hosted Material Symbols (Outlined) font
 * (`material-symbols/outlined.css` in styles.scss), never from a CDN.
 */
export function provideMaterialSymbols(): EnvironmentProviders {
  return provideAppInitializer(() => {
    inject(MatIconRegistry).setDefaultFontSetClass(
      'material-symbols-outlined',
      'mat-ligature-font',
    );
  });
}
