import type { Injector } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

// Written by scripts/icon-set.mts before every build, test run and dev server.
import ICON_SET from '../../../generated/icon-set.svg';

/**
 * Gives mat-icon every icon the app draws, at once: a `mat-icon` then finds its
 * drawing in this set, with no request of its own. Loaded lazily (`provideIconSet`), with the
 * mat-icon code that needs it, so neither is in the initial bundle.
 */
export function registerIconSet(injector: Injector): void {
  // Our own build's file: paths only, checked by the script that wrote it.
  const trusted = injector.get(DomSanitizer).bypassSecurityTrustHtml(ICON_SET);
  injector.get(MatIconRegistry).addSvgIconSetLiteral(trusted);
}
