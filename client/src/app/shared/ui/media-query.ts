import { BreakpointObserver } from '@angular/cdk/layout';
import { type Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** Below this width a table keeps its main columns and folds the rest under a row's name. */
export const PHONE_TABLE_QUERY = '(max-width: 719.98px)';

/** Whether the screen matches a media query, as a signal (call in an injection context). */
export function mediaMatches(query: string): Signal<boolean> {
  return toSignal(
    inject(BreakpointObserver)
      .observe(query)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
}
