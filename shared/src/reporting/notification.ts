import { z } from 'zod';
import type { LocalizedText } from '../i18n/locale.js';

export const NOTIFICATION_TYPES = [
  'cycle_opened',
  'report_submitted',
  'report_returned',
  'report_approved',
  'report_reopened',
  'deadline_approaching',
  'deadline_extended',
  'comment_added',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A message in the app for one person; `text` comes in both languages. */
export interface AppNotification {
  id: string;
  type: NotificationType;
  cycleId: string;
  stateCode: string | null;
  actionCode: string | null;
  text: LocalizedText;
  /** Where in the web client this leads, e.g. "/cycles/…/reports/AT". */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: AppNotification[];
  unreadCount: number;
}

export const notificationsQuerySchema = z.strictObject({ unread: z.enum(['true', 'false']).optional() });
