import type { Provider } from '@angular/core';

import { MATCH_MEDIA, type MediaQueryWatch } from '../app/shared/ui/media-query';

type Listener = (event: { readonly matches: boolean }) => void;

/**
 * A screen for specs, in place of `window.matchMedia`: every media query a component asks about
 * matches or not, as `narrow` says; `resize()` changes that and tells the components listening.
 */
export class TestScreen {
  private readonly listeners = new Set<Listener>();

  constructor(private narrow: boolean) {}

  resize(narrow: boolean): void {
    this.narrow = narrow;
    this.listeners.forEach((listener) => listener({ matches: narrow }));
  }

  readonly matchMedia = (): MediaQueryWatch => ({
    matches: this.narrow,
    addEventListener: (_type, listener) => void this.listeners.add(listener),
    removeEventListener: (_type, listener) => void this.listeners.delete(listener),
  });
}

/** `provideScreen(true)`: every media query matches (a phone); a `TestScreen` to resize later. */
export function provideScreen(screen: boolean | TestScreen): Provider {
  const fake = typeof screen === 'boolean' ? new TestScreen(screen) : screen;
  return { provide: MATCH_MEDIA, useValue: fake.matchMedia };
}
