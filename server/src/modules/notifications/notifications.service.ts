import type { AppNotification, LocalizedText, NotificationList, NotificationType, User } from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { NotificationModel, toNotificationView, type StoredNotification } from './notification.model.js';
import type { Recipient } from './recipients.js';

export interface NotificationsDeps {
  mailer: Mailer;
  /** Base of links in emails, without a trailing slash. */
  publicUrl: string;
  now?: () => Date;
}

export interface NotificationEvent {
  type: NotificationType;
  cycleId: string;
  stateCode: string | null;
  actionCode?: string | null;
  text: LocalizedText;
  /** A remark worth quoting in the email, e.g. the Secretariat's comment. */
  detail?: string | null;
}

const LIST_LIMIT = 100;

/** Where in the web client a notification leads. */
export function linkFor(event: Pick<NotificationEvent, 'cycleId' | 'stateCode' | 'actionCode'>): string {
  if (!event.stateCode) return `/cycles/${event.cycleId}`;
  const base = `/reports/${event.cycleId}/${event.stateCode}`;
  return event.actionCode ? `${base}?action=${event.actionCode}` : base;
}

/** In-app notifications for each person concerned, and an email each when SMTP is configured. */
export class NotificationsService {
  constructor(private readonly deps: NotificationsDeps) {}

  async notify(recipients: readonly Recipient[], event: NotificationEvent): Promise<void> {
    if (recipients.length === 0) return;
    const createdAt = this.deps.now?.() ?? new Date();
    const link = linkFor(event);
    await NotificationModel.insertMany(
      recipients.map((recipient) => ({
        userId: new mongoose.Types.ObjectId(recipient.id),
        type: event.type,
        cycleId: new mongoose.Types.ObjectId(event.cycleId),
        stateCode: event.stateCode,
        actionCode: event.actionCode ?? null,
        text: event.text,
        link,
        createdAt,
        readAt: null,
      })),
    );
    if (!this.deps.mailer.enabled) return;
    // The mailer logs and swallows its own failures: a lost email never undoes the change.
    await Promise.all(recipients.map((recipient) => this.deps.mailer.send(this.email(recipient, event, link))));
  }

  async list(user: User, options: { unread?: boolean }): Promise<NotificationList> {
    const userId = new mongoose.Types.ObjectId(user.id);
    const filter = options.unread ? { userId, readAt: null } : { userId };
    const [items, unreadCount] = await Promise.all([
      NotificationModel.find(filter).sort({ createdAt: -1, _id: -1 }).limit(LIST_LIMIT).lean<StoredNotification[]>(),
      NotificationModel.countDocuments({ userId, readAt: null }),
    ]);
    return { items: items.map(toNotificationView), unreadCount };
  }

  /** Marks one of the person's own notifications read; someone else's is "not found". */
  async markRead(user: User, id: string): Promise<AppNotification> {
    const userId = new mongoose.Types.ObjectId(user.id);
    const updated = await NotificationModel.findOneAndUpdate(
      { _id: id, userId, readAt: null },
      { $set: { readAt: this.deps.now?.() ?? new Date() } },
      { returnDocument: 'after' },
    ).lean<StoredNotification>();
    const notification = updated ?? (await NotificationModel.findOne({ _id: id, userId }).lean<StoredNotification>());
    if (!notification) throw AppError.notFound('There is no such notification.');
    return toNotificationView(notification);
  }

  async markAllRead(user: User): Promise<void> {
    await NotificationModel.updateMany(
      { userId: new mongoose.Types.ObjectId(user.id), readAt: null },
      { $set: { readAt: this.deps.now?.() ?? new Date() } },
    );
  }

  private email(recipient: Recipient, event: NotificationEvent, link: string) {
    const other = recipient.locale === 'ru' ? 'en' : 'ru';
    const detail = event.detail ? `\n\n${event.detail}` : '';
    return {
      to: recipient.email,
      subject: `Prague Process Monitor: ${event.text[recipient.locale]}`.slice(0, 250),
      text: `${recipient.name},\n\n${event.text[recipient.locale]}${detail}\n\n${this.deps.publicUrl}${link}\n\n—\n${event.text[other]}\n`,
    };
  }
}
