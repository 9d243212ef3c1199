import { NOTIFICATION_TYPES, type AppNotification } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';

/** One message in the app for one person; read ones are kept (FerretDB has no TTL indexes). */
const notificationSchema = new mongoose.Schema(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    type: { type: String, required: true, enum: NOTIFICATION_TYPES },
    cycleId: { type: mongoose.Schema.Types.ObjectId, required: true },
    stateCode: { type: String, default: null },
    actionCode: { type: String, default: null },
    text: { en: { type: String, required: true }, ru: { type: String, required: true } },
    link: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { versionKey: false },
);
notificationSchema.index({ userId: 1, createdAt: -1 });

export const NotificationModel = mongoose.model('Notification', notificationSchema, 'notifications');

export interface StoredNotification {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  type: AppNotification['type'];
  cycleId: Types.ObjectId;
  stateCode: string | null;
  actionCode: string | null;
  text: { en: string; ru: string };
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

export function toNotificationView(notification: StoredNotification): AppNotification {
  return {
    id: String(notification._id),
    type: notification.type,
    cycleId: String(notification.cycleId),
    stateCode: notification.stateCode,
    actionCode: notification.actionCode,
    text: { en: notification.text.en, ru: notification.text.ru },
    link: notification.link,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt ? notification.readAt.toISOString() : null,
  };
}
