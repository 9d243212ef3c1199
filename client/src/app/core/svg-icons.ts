import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

/**
 * Where the build copies `@material-symbols/svg-400/outlined/*.svg` (angular.json assets);
 * the server caches them for a week (server/src/platform/http/client-app.ts).
 */
const ICONS_PATH = '/icons/';

/** Material Symbols names: "check_circle", "arrow_upward", "counter_1". */
const ICON_NAME = /^[a-z0-9_]+$/;

/**
 * `<mat-icon svgIcon="name">` draws the Material Symbols (Outlined, weight 400) SVG of that
 * name: fetched from our own origin the first time a page shows it, then inlined by mat-icon
 * from the registry's cache. A page downloads only the icons it shows (ADR 0009).
 */
export function provideSvgIcons(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const sanitizer = inject(DomSanitizer);
    inject(MatIconRegistry).addSvgIconResolver((name, namespace) =>
      namespace === '' && ICON_NAME.test(name)
        ? sanitizer.bypassSecurityTrustResourceUrl(`${ICONS_PATH}${name}.svg`)
        : null,
    );
  });
}
