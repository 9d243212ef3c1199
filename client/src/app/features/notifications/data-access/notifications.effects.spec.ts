import { HttpErrorResponse } from '@angular/common/http';
import type { Action } from '@ngrx/store';
import { Subject, firstValueFrom, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import type { ApiError } from '../../../core/http';
import { actionsOf, collect } from '../../../../testing/fixtures';
import {
  NotificationsApiActions,
  NotificationsBellActions,
  NotificationsPollActions,
} from './notifications.actions';
import { loadNotifications, markAllRead, markRead, poll } from './notifications.effects';
import { CHECKED_AT, NOTIFICATIONS, SUBMITTED } from './testing/notifications-fixture';

const apiError = (expected: Partial<ApiError>): ApiError =>
  jasmine.objectContaining(expected) as unknown as ApiError;

describe('notifications effects', () => {
  describe('poll', () => {
    let scheduler: TestScheduler;

    beforeEach(() => {
      scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    });

    const started = NotificationsPollActions.started();
    const elapsed = NotificationsPollActions.intervalElapsed();
    const focused = NotificationsPollActions.windowFocused();

    it('asks at once, every period and on focus while someone is signed in, and stops at sign-out', () => {
      scheduler.run(({ hot, expectObservable }) => {
        // Signed in at 0 ms, out at 35, in again at 45; the window gets focus at 25 and 50.
        const signedIn$ = hot('a 34ms b 9ms c', { a: true, b: false, c: true });
        const focus$ = hot('25ms f 24ms f', { f: 'focus' });
        const browser = { visible: () => true, focus$ };

        expectObservable(poll(signedIn$, browser, 10, scheduler), '^ 70ms !').toBe(
          's 9ms e 9ms e 4ms f 4ms e 14ms s 4ms f 4ms e 9ms e',
          { s: started, e: elapsed, f: focused },
        );
      });
    });

    it('lets the intervals pass while the tab is hidden', () => {
      scheduler.run(({ hot, expectObservable }) => {
        let visible = false;
        const signedIn$ = hot('a', { a: true });
        const browser = { visible: () => visible, focus$: new Subject<unknown>() };
        scheduler.schedule(() => (visible = true), 25);

        expectObservable(poll(signedIn$, browser, 10, scheduler), '^ 35ms !').toBe('s 29ms e', {
          s: started,
          e: elapsed,
        });
      });
    });

    it('does nothing while nobody is signed in', () => {
      scheduler.run(({ hot, expectObservable }) => {
        const signedIn$ = hot('a', { a: false });
        const browser = { visible: () => true, focus$: hot('5ms f', { f: 'focus' }) };

        expectObservable(poll(signedIn$, browser, 10, scheduler), '^ 50ms !').toBe('');
      });
    });
  });

  describe('loadNotifications', () => {
    const now = () => new Date(CHECKED_AT);

    it('fetches the list when the poll starts or ticks and when the panel opens', () => {
      const api = {
        list: jasmine
          .createSpy('list')
          .and.returnValue(of({ items: NOTIFICATIONS, unreadCount: 2 })),
      };
      const triggers: Action[] = [
        NotificationsPollActions.started(),
        NotificationsBellActions.panelOpened(),
        NotificationsPollActions.intervalElapsed(),
        NotificationsPollActions.windowFocused(),
      ];

      const results = collect(loadNotifications(actionsOf(...triggers), api, now));

      expect(api.list).toHaveBeenCalledTimes(4);
      expect(results[0]).toEqual(
        NotificationsApiActions.notificationsLoaded({
          items: NOTIFICATIONS,
          unreadCount: 2,
          at: CHECKED_AT,
        }),
      );
    });

    it('reports a failure, and keeps polling afterwards', () => {
      let calls = 0;
      const api = {
        list: () =>
          ++calls === 1
            ? throwError(() => new HttpErrorResponse({ status: 0 }))
            : of({ items: [], unreadCount: 0 }),
      };

      const results = collect(
        loadNotifications(
          actionsOf(NotificationsPollActions.started(), NotificationsPollActions.intervalElapsed()),
          api,
          now,
        ),
      );

      expect(results).toEqual([
        NotificationsApiActions.notificationsLoadFailed({ error: apiError({ status: 0 }) }),
        NotificationsApiActions.notificationsLoaded({ items: [], unreadCount: 0, at: CHECKED_AT }),
      ]);
    });
  });

  it('marks a followed notification read on the server', async () => {
    const answer = { ...SUBMITTED, readAt: CHECKED_AT };
    const api = { markRead: jasmine.createSpy('markRead').and.returnValue(of(answer)) };

    const result = await firstValueFrom(
      markRead(
        actionsOf(
          NotificationsBellActions.notificationOpened({ id: SUBMITTED.id, at: CHECKED_AT }),
        ),
        api,
      ),
    );

    expect(api.markRead).toHaveBeenCalledOnceWith(SUBMITTED.id);
    expect(result).toEqual(NotificationsApiActions.markedRead({ notification: answer }));
  });

  it('names the notification that could not be marked read', async () => {
    const api = { markRead: () => throwError(() => new HttpErrorResponse({ status: 404 })) };

    const result = await firstValueFrom(
      markRead(
        actionsOf(NotificationsBellActions.notificationOpened({ id: 'gone', at: CHECKED_AT })),
        api,
      ),
    );

    expect(result).toEqual(
      NotificationsApiActions.markReadFailed({ id: 'gone', error: apiError({ status: 404 }) }),
    );
  });

  it('marks everything read on the server, and reports a failure', async () => {
    const clicked = NotificationsBellActions.markAllReadClicked({ at: CHECKED_AT });

    expect(
      await firstValueFrom(markAllRead(actionsOf(clicked), { markAllRead: () => of(undefined) })),
    ).toEqual(NotificationsApiActions.allMarkedRead());
    expect(
      await firstValueFrom(
        markAllRead(actionsOf(clicked), {
          markAllRead: () => throwError(() => new HttpErrorResponse({ status: 500 })),
        }),
      ),
    ).toEqual(NotificationsApiActions.markAllReadFailed({ error: apiError({ status: 500 }) }));
  });
});
