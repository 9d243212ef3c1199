import type { AppNotification, Locale, NotificationType, Role } from '@ppm/shared';

import type { IconName } from '../../../core/icons/icon-names';

/** Where a notification leads in the client, as router commands and query parameters. */
export interface NotificationLink {
  readonly commands: readonly string[];
  readonly queryParams: Readonly<Record<string, string>>;
}

/** A notification as the bell's panel shows it, in the active language. */
export interface NotificationView {
  readonly id: string;
  readonly type: NotificationType;
  readonly icon: IconName;
  readonly text: string;
  readonly createdAt: string;
  /** "5 minutes ago", "вчера". */
  readonly ago: string;
  readonly unread: boolean;
  readonly link: NotificationLink;
}

const ICONS: Readonly<Record<NotificationType, IconName>> = {
  cycle_opened: 'event_available',
  report_submitted: 'send',
  report_returned: 'undo',
  report_approved: 'task_alt',
  report_reopened: 'lock_open',
  deadline_approaching: 'alarm',
  deadline_extended: 'more_time',
  comment_added: 'comment',
};

/**
 * The page a notification is about: the report at `/reports/:cycleId/:stateCode` (as the server's
 * `link` says), except that the Secretariat goes to where it reviews it (`…/review`); the cycle at
 * `/cycles/:cycleId` when no state is concerned. A comment's action travels as `?action=`.
 */
export function notificationLink(
  notification: Pick<AppNotification, 'cycleId' | 'stateCode' | 'actionCode'>,
  role: Role | null,
): NotificationLink {
  const { cycleId, stateCode, actionCode } = notification;
  if (!stateCode) {
    return { commands: ['/cycles', cycleId], queryParams: {} };
  }
  const report = ['/reports', cycleId, stateCode];
  return {
    commands: role === 'secretariat' ? [...report, 'review'] : report,
    queryParams: actionCode ? { action: actionCode } : {},
  };
}

/** Each unit of "… ago" and how many of it make the next one. */
const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
];

const formats = new Map<Locale, Intl.RelativeTimeFormat>();

/** How long before `now` a moment was, in words of the language ("3 hours ago", "вчера"). */
export function timeAgo(iso: string, now: string | null, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  const then = new Date(iso).getTime();
  const reference = now ? new Date(now).getTime() : then;
  // A clock a little ahead of the server's must not say "in 5 seconds".
  const seconds = Math.max(0, (reference - then) / 1000);
  if (seconds < 60) {
    return format.format(0, 'second');
  }
  let amount = seconds / 60;
  for (const [unit, size] of STEPS) {
    if (amount < size) {
      return format.format(-Math.floor(amount), unit);
    }
    amount /= size;
  }
  return format.format(-Math.floor(amount), 'year');
}

export function toNotificationViews(
  items: readonly AppNotification[],
  checkedAt: string | null,
  locale: Locale,
  role: Role | null,
): NotificationView[] {
  return items.map((item) => ({
    id: item.id,
    type: item.type,
    icon: ICONS[item.type],
    text: item.text[locale] || item.text.en,
    createdAt: item.createdAt,
    ago: timeAgo(item.createdAt, checkedAt, locale),
    unread: item.readAt === null,
    link: notificationLink(item, role),
  }));
}
