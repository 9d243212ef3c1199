export { NotificationsApi } from './notifications.api';
export {
  NotificationsApiActions,
  NotificationsBellActions,
  NotificationsPollActions,
} from './notifications.actions';
export * as notificationsEffects from './notifications.effects';
export {
  type NotificationsState,
  type NotificationsStatus,
  initialNotificationsState,
  notificationsFeature,
  selectCheckedAt,
  selectNotificationItems,
  selectNotificationViews,
  selectNotificationsStatus,
  selectUnreadCount,
} from './notifications.feature';
export {
  type NotificationLink,
  type NotificationView,
  notificationLink,
  timeAgo,
  toNotificationViews,
} from './notification-views';
export { NotificationsRegistration } from './notifications-registration';
