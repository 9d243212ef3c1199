import { AuthApiActions, SessionActions } from '../../../core/session';
import { anApiError } from '../../../../testing/fixtures';
import {
  NotificationsApiActions,
  NotificationsBellActions,
  NotificationsPollActions,
} from './notifications.actions';
import {
  type NotificationsState,
  initialNotificationsState,
  notificationsFeature,
  selectNotificationViews,
  selectUnreadCount,
} from './notifications.feature';
import { CHECKED_AT, COMMENT, NOTIFICATIONS, SUBMITTED } from './testing/notifications-fixture';

const { reducer } = notificationsFeature;

describe('notificationsFeature', () => {
  const loaded = reducer(
    reducer(initialNotificationsState, NotificationsPollActions.started()),
    NotificationsApiActions.notificationsLoaded({
      items: NOTIFICATIONS,
      unreadCount: 7,
      at: CHECKED_AT,
    }),
  );

  describe('reducer', () => {
    it('holds the newest notifications, the unread count and when it asked', () => {
      expect(loaded).toEqual({
        items: NOTIFICATIONS,
        unreadCount: 7,
        status: 'loaded',
        error: null,
        checkedAt: CHECKED_AT,
      });
    });

    it('keeps what it has while asking again, and when asking fails', () => {
      const polling = reducer(loaded, NotificationsPollActions.intervalElapsed());
      const failed = reducer(
        polling,
        NotificationsApiActions.notificationsLoadFailed({ error: anApiError({ status: 0 }) }),
      );

      expect(polling.status).toBe('loading');
      expect(failed.status).toBe('failed');
      expect(failed.items).toBe(NOTIFICATIONS);
      expect(failed.unreadCount).toBe(7);
    });

    it('marks a followed notification read at once, counting it once', () => {
      const at = '2026-11-29T10:01:00.000Z';
      const read = reducer(
        loaded,
        NotificationsBellActions.notificationOpened({ id: SUBMITTED.id, at }),
      );
      const again = reducer(
        read,
        NotificationsBellActions.notificationOpened({ id: SUBMITTED.id, at }),
      );

      expect(read.items[0].readAt).toBe(at);
      expect(read.unreadCount).toBe(6);
      expect(again).toBe(read);
    });

    it("takes the server's answer for a notification read", () => {
      const answer = { ...COMMENT, readAt: '2026-11-29T10:02:00.000Z' };

      expect(
        reducer(loaded, NotificationsApiActions.markedRead({ notification: answer })).items[1],
      ).toBe(answer);
    });

    it('marks everything read at once', () => {
      const at = '2026-11-29T10:03:00.000Z';
      const state = reducer(loaded, NotificationsBellActions.markAllReadClicked({ at }));

      expect(state.unreadCount).toBe(0);
      expect(state.items.map((item) => item.readAt)).toEqual([at, at, NOTIFICATIONS[2].readAt]);
    });

    it('forgets everything when the person signs out or the session ends', () => {
      for (const action of [AuthApiActions.signOutSucceeded(), SessionActions.expired()]) {
        expect(reducer(loaded, action)).toEqual(initialNotificationsState);
      }
    });
  });

  describe('selectors', () => {
    it('read the initial state until the bell has registered the slice', () => {
      expect(selectUnreadCount({})).toBe(0);
      expect(selectUnreadCount({ notifications: { ...loaded } satisfies NotificationsState })).toBe(
        7,
      );
    });

    it('describe the notifications for the active language and role', () => {
      const views = selectNotificationViews.projector(NOTIFICATIONS, CHECKED_AT, 'en', 'evaluator');

      expect(views[0]).toEqual(
        jasmine.objectContaining({
          text: SUBMITTED.text.en,
          ago: '5 minutes ago',
          unread: true,
          link: { commands: ['/reports', SUBMITTED.cycleId, 'KZ'], queryParams: {} },
        }),
      );
    });
  });
});
