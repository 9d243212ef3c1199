import { DOCUMENT, DestroyRef, InjectionToken, type Signal, inject, signal } from '@angular/core';

/** Below this width a table keeps its main columns and folds the rest under a row's name. */
export const PHONE_TABLE_QUERY = '(max-width: 719.98px)';

/** What a page needs of `window.matchMedia(query)`: whether it matches, and when that changes. */
export interface MediaQueryWatch {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: (event: { readonly matches: boolean }) => void): void;
  removeEventListener(
    type: 'change',
    listener: (event: { readonly matches: boolean }) => void,
  ): void;
}

/** The browser's `matchMedia`; specs give a screen of their own (`provideScreen`). */
export const MATCH_MEDIA = new InjectionToken<(query: string) => MediaQueryWatch>('MATCH_MEDIA', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    return (query) => view!.matchMedia(query);
  },
});

/**
 * Whether the screen matches a media query, as a signal that follows it (call in an injection
 * context; it stops listening when that context is destroyed). The browser's own `matchMedia`
 * is all it takes: the shell uses it in the first render, where the CDK's BreakpointObserver
 * would add ~3 kB to the initial bundle (ADR 0007).
 */
export function mediaMatches(query: string): Signal<boolean> {
  const watch = inject(MATCH_MEDIA)(query);
  const matches = signal(watch.matches);
  const follow = (event: { readonly matches: boolean }) => matches.set(event.matches);
  watch.addEventListener('change', follow);
  inject(DestroyRef).onDestroy(() => watch.removeEventListener('change', follow));
  return matches.asReadonly();
}
