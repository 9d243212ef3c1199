import type { Action } from '@ngrx/store';
import type { Cycle, User } from '@ppm/shared';
import { EMPTY, type Observable, catchError, concat, map, merge, of, switchMap } from 'rxjs';

import { toApiError } from '../../../core/http';
import { focusCycle } from './focus-cycle';
import type { HomeApi } from './home.api';
import { HomeApiActions } from './home.actions';

export type Reads = Pick<
  HomeApi,
  | 'cycles'
  | 'states'
  | 'reviewList'
  | 'report'
  | 'submissions'
  | 'progressByArea'
  | 'evaluations'
  | 'people'
>;

const isStatePerson = (user: User): boolean =>
  user.role === 'focal_point' || user.role === 'contributor';

/** A returned report's entries carry the Secretariat's comments: read it to list them. */
function ownReturnedReport(api: Reads, cycleId: string, user: User): Observable<Action> {
  return api.report(cycleId, user.stateCode ?? '').pipe(
    map((report) => HomeApiActions.ownReportLoaded({ report })),
    catchError((error: unknown) =>
      of(HomeApiActions.ownReportLoadFailed({ error: toApiError(error) })),
    ),
  );
}

/** What the page reads about the cycle in focus, once the cycles are known. */
function readsAboutCycle(api: Reads, cycle: Cycle, user: User): Observable<Action> {
  const reviewList = api.reviewList(cycle.id).pipe(
    switchMap((rows) => {
      const loaded = of(HomeApiActions.reviewListLoaded({ cycleId: cycle.id, rows }));
      const returned = isStatePerson(user) && rows.some((row) => row.status === 'returned');
      return returned ? concat(loaded, ownReturnedReport(api, cycle.id, user)) : loaded;
    }),
    catchError((error: unknown) =>
      of(HomeApiActions.reviewListLoadFailed({ error: toApiError(error) })),
    ),
  );
  if (user.role !== 'secretariat') return reviewList;
  return merge(
    reviewList,
    api.submissions(cycle.id).pipe(
      map((summary) => HomeApiActions.submissionsLoaded({ summary })),
      catchError((error: unknown) =>
        of(HomeApiActions.submissionsLoadFailed({ error: toApiError(error) })),
      ),
    ),
    api.progressByArea(cycle.id).pipe(
      map((groups) => HomeApiActions.progressLoaded({ groups })),
      catchError((error: unknown) =>
        of(HomeApiActions.progressLoadFailed({ error: toApiError(error) })),
      ),
    ),
  );
}

/** Everything one role's home page reads, each answer as its own event. */
export function readsFor(api: Reads, user: User): Observable<Action> {
  if (user.role === 'admin') {
    return api.people().pipe(
      map((people) => HomeApiActions.peopleLoaded({ people })),
      catchError((error: unknown) =>
        of(HomeApiActions.peopleLoadFailed({ error: toApiError(error) })),
      ),
    );
  }
  const cycles = api.cycles().pipe(
    switchMap((loaded) => {
      const cycle = focusCycle(loaded, user.role);
      return concat(
        of(HomeApiActions.cyclesLoaded({ cycles: loaded })),
        cycle ? readsAboutCycle(api, cycle, user) : EMPTY,
      );
    }),
    catchError((error: unknown) =>
      of(HomeApiActions.cyclesLoadFailed({ error: toApiError(error) })),
    ),
  );
  const states = isStatePerson(user)
    ? EMPTY
    : api.states().pipe(
        map((list) => HomeApiActions.statesLoaded({ states: list })),
        catchError((error: unknown) =>
          of(HomeApiActions.statesLoadFailed({ error: toApiError(error) })),
        ),
      );
  const evaluations =
    user.role === 'evaluator'
      ? api.evaluations().pipe(
          map((list) => HomeApiActions.evaluationsLoaded({ evaluations: list })),
          catchError((error: unknown) =>
            of(HomeApiActions.evaluationsLoadFailed({ error: toApiError(error) })),
          ),
        )
      : EMPTY;
  return merge(cycles, states, evaluations);
}
