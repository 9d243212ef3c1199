import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';

import {
  type AnalyticsPage,
  AnalyticsPageActions,
  type AnalyticsQuery,
  type QueryParams,
  paramsFromQuery,
  queryFromParams,
  selectQuery,
} from './data-access';

/**
 * Tells the store which page is open with the filters of its URL, now and whenever the URL's
 * query changes (a filter, the back button, a bookmark). Call in a page's constructor.
 */
export function openOnQueryChange(page: AnalyticsPage): void {
  const store = inject(Store);
  inject(ActivatedRoute)
    .queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef)))
    .subscribe((params) => {
      const values: Record<string, string> = {};
      for (const key of params.keys) {
        values[key] = params.get(key) ?? '';
      }
      store.dispatch(
        AnalyticsPageActions.opened({ page, query: queryFromParams(values as QueryParams) }),
      );
    });
}

/** The filters kept when moving between the dashboard's pages. */
export function sharedParams(query: AnalyticsQuery): Record<string, string> {
  const params = paramsFromQuery(query);
  const kept: Record<string, string> = {};
  for (const name of ['cycleId', 'basis', 'regionCode'] as const) {
    const value = params[name];
    if (value) {
      kept[name] = value;
    }
  }
  return kept;
}

/**
 * Changes filters by changing the URL (the page then opens again with them): so every view
 * can be bookmarked and the back button undoes a filter. Paging restarts unless given.
 */
@Injectable({ providedIn: 'root' })
export class AnalyticsNavigation {
  private readonly router = inject(Router);
  private readonly store = inject(Store);
  private readonly query = this.store.selectSignal(selectQuery);

  change(patch: Partial<AnalyticsQuery>, path: string | null = null): void {
    const query = { ...this.query(), page: 1, ...patch };
    const url = path ?? this.router.url.split(/[?#]/, 1)[0];
    void this.router.navigate([url], { queryParams: withoutNulls(paramsFromQuery(query)) });
  }
}

function withoutNulls(params: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== null),
  );
}
