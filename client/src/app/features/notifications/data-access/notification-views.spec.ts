import { notificationLink, timeAgo, toNotificationViews } from './notification-views';
import {
  CHECKED_AT,
  COMMENT,
  CYCLE_ID,
  NOTIFICATIONS,
  OPENED,
  SUBMITTED,
} from './testing/notifications-fixture';

describe('notification views', () => {
  describe('timeAgo', () => {
    const now = '2026-11-29T10:00:00.000Z';
    const before = (seconds: number) => new Date(Date.parse(now) - seconds * 1000).toISOString();

    it('says how long ago, in English', () => {
      expect(timeAgo(before(20), now, 'en')).toBe('now');
      expect(timeAgo(before(5 * 60), now, 'en')).toBe('5 minutes ago');
      expect(timeAgo(before(3 * 3600), now, 'en')).toBe('3 hours ago');
      expect(timeAgo(before(30 * 3600), now, 'en')).toBe('yesterday');
      expect(timeAgo(before(3 * 86400), now, 'en')).toBe('3 days ago');
      expect(timeAgo(before(400 * 86400), now, 'en')).toBe('last year');
    });

    it('says how long ago, in Russian', () => {
      expect(timeAgo(before(20), now, 'ru')).toBe('сейчас');
      expect(timeAgo(before(5 * 60), now, 'ru')).toBe('5 минут назад');
      expect(timeAgo(before(3 * 3600), now, 'ru')).toBe('3 часа назад');
      expect(timeAgo(before(30 * 3600), now, 'ru')).toBe('вчера');
    });

    it('never speaks of the future when the clocks differ a little', () => {
      expect(timeAgo(before(-30), now, 'en')).toBe('now');
    });
  });

  describe('notificationLink', () => {
    it("leads the Secretariat to a report's review page", () => {
      expect(notificationLink(SUBMITTED, 'secretariat')).toEqual({
        commands: ['/reports', CYCLE_ID, 'KZ', 'review'],
        queryParams: {},
      });
    });

    it("leads a state's people to the report, at the commented action", () => {
      expect(notificationLink(COMMENT, 'focal_point')).toEqual({
        commands: ['/reports', CYCLE_ID, 'AT'],
        queryParams: { action: '2.3' },
      });
    });

    it('leads to the cycle when no state is concerned', () => {
      expect(notificationLink(OPENED, 'focal_point').commands).toEqual(['/cycles', CYCLE_ID]);
    });
  });

  it('shows each notification in the active language, marking the unread ones', () => {
    const views = toNotificationViews(NOTIFICATIONS, CHECKED_AT, 'ru', 'secretariat');

    expect(views.map((view) => [view.text, view.ago, view.unread, view.icon])).toEqual([
      [SUBMITTED.text.ru, '5 минут назад', true, 'send'],
      [COMMENT.text.ru, '3 часа назад', true, 'comment'],
      [OPENED.text.ru, 'позавчера', false, 'event_available'],
    ]);
  });
});
