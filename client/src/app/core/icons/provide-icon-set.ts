import {
  type EnvironmentProviders,
  ErrorHandler,
  Injectable,
  Injector,
  inject,
  provideAppInitializer,
  signal,
} from '@angular/core';

/**
 * Whether mat-icon can draw the app's icons. Everything that shows a `mat-icon` is lazy (the
 * shell's deferred parts and, inside them, the pages), and the shell renders those parts only
 * once this is true, so no icon is ever asked for before the set is registered (ADR 0023).
 */
@Injectable({ providedIn: 'root' })
export class IconSet {
  private readonly isReady = signal(false);
  readonly ready = this.isReady.asReadonly();

  markReady(): void {
    this.isReady.set(true);
  }
}

/**
 * Starts loading the icon set (and mat-icon's registry with it) as the app starts, without
 * holding the first render, and marks the set ready once it is registered. Should the chunk
 * fail to load, the pages still open, with the error logged and empty icons.
 */
export function provideIconSet(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const injector = inject(Injector);
    const iconSet = inject(IconSet);
    void import('./icon-set')
      .then(({ registerIconSet }) => registerIconSet(injector))
      .catch((error: unknown) => injector.get(ErrorHandler).handleError(error))
      .finally(() => iconSet.markReady());
  });
}
