import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  type Observable,
  type SchedulerLike,
  asyncScheduler,
  catchError,
  distinctUntilChanged,
  exhaustMap,
  filter,
  fromEvent,
  interval,
  map,
  merge,
  mergeMap,
  of,
  switchMap,
} from 'rxjs';

import { toApiError } from '../../../core/http';
import { selectIsSignedIn } from '../../../core/session';
import {
  NotificationsApiActions,
  NotificationsBellActions,
  NotificationsPollActions,
} from './notifications.actions';
import { NotificationsApi } from './notifications.api';

/** How often the bell asks for news while someone is signed in. */
const POLL_INTERVAL_MS = 60_000;

/** What the poll needs of the browser: whether the page is seen, and when it gets focus. */
export interface PollWindow {
  readonly visible: () => boolean;
  readonly focus$: Observable<unknown>;
}

function browserWindow(): PollWindow {
  const document = inject(DOCUMENT);
  return {
    visible: () => document.visibilityState !== 'hidden',
    focus$: document.defaultView ? fromEvent(document.defaultView, 'focus') : EMPTY,
  };
}

/**
 * While someone is signed in: at once, then every minute (unless the tab is hidden) and whenever
 * the window gets focus again. Signing out stops it. (The bell itself dispatches nothing until
 * it is used: the poll is what fetches.)
 */
export const poll = createEffect(
  (
    signedIn$: Observable<boolean> = inject(Store).select(selectIsSignedIn),
    browser: PollWindow = browserWindow(),
    period = POLL_INTERVAL_MS,
    scheduler: SchedulerLike = asyncScheduler,
  ) => {
    return signedIn$.pipe(
      distinctUntilChanged(),
      switchMap((signedIn) =>
        signedIn
          ? merge(
              of(NotificationsPollActions.started()),
              interval(period, scheduler).pipe(
                filter(() => browser.visible()),
                map(() => NotificationsPollActions.intervalElapsed()),
              ),
              browser.focus$.pipe(map(() => NotificationsPollActions.windowFocused())),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);

export const loadNotifications = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<NotificationsApi, 'list'> = inject(NotificationsApi),
    now: () => Date = () => new Date(),
  ) => {
    return actions$.pipe(
      ofType(
        NotificationsPollActions.started,
        NotificationsBellActions.panelOpened,
        NotificationsPollActions.intervalElapsed,
        NotificationsPollActions.windowFocused,
      ),
      switchMap(() =>
        api.list().pipe(
          map(({ items, unreadCount }) =>
            NotificationsApiActions.notificationsLoaded({
              items,
              unreadCount,
              at: now().toISOString(),
            }),
          ),
          catchError((error: unknown) =>
            of(NotificationsApiActions.notificationsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const markRead = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<NotificationsApi, 'markRead'> = inject(NotificationsApi),
  ) => {
    return actions$.pipe(
      ofType(NotificationsBellActions.notificationOpened),
      mergeMap(({ id }) =>
        api.markRead(id).pipe(
          map((notification) => NotificationsApiActions.markedRead({ notification })),
          catchError((error: unknown) =>
            of(NotificationsApiActions.markReadFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const markAllRead = createEffect(
  (
    actions$ = inject(Actions),
    api: Pick<NotificationsApi, 'markAllRead'> = inject(NotificationsApi),
  ) => {
    return actions$.pipe(
      ofType(NotificationsBellActions.markAllReadClicked),
      exhaustMap(() =>
        api.markAllRead().pipe(
          map(() => NotificationsApiActions.allMarkedRead()),
          catchError((error: unknown) =>
            of(NotificationsApiActions.markAllReadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
