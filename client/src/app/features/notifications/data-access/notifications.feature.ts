import {
  createFeature,
  createFeatureSelector,
  createReducer,
  createSelector,
  on,
} from '@ngrx/store';
import type { AppNotification } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import { AuthApiActions, SessionActions, selectRole } from '../../../core/session';
import { toNotificationViews } from './notification-views';
import {
  NotificationsApiActions,
  NotificationsBellActions,
  NotificationsPollActions,
} from './notifications.actions';

export type NotificationsStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export interface NotificationsState {
  /** The newest notifications, newest first. */
  items: AppNotification[];
  /** Unread in all (may exceed the unread among `items`). */
  unreadCount: number;
  status: NotificationsStatus;
  error: ApiError | null;
  /** When the list was last fetched. */
  checkedAt: string | null;
}

export const initialNotificationsState: NotificationsState = {
  items: [],
  unreadCount: 0,
  status: 'idle',
  error: null,
  checkedAt: null,
};

const NAME = 'notifications';

/**
 * The bell registers this slice when it first appears (the shell defers the bell, so no route
 * can); until then, and in a store that never registers it, selectors read the initial state.
 */
const selectSlice = createSelector(
  createFeatureSelector<NotificationsState | undefined>(NAME),
  (slice) => slice ?? initialNotificationsState,
);

export const notificationsFeature = createFeature({
  name: NAME,
  reducer: createReducer(
    initialNotificationsState,
    on(
      NotificationsPollActions.started,
      NotificationsBellActions.panelOpened,
      NotificationsPollActions.intervalElapsed,
      NotificationsPollActions.windowFocused,
      (state): NotificationsState => ({ ...state, status: 'loading', error: null }),
    ),
    on(
      NotificationsApiActions.notificationsLoaded,
      (state, { items, unreadCount, at }): NotificationsState => ({
        ...state,
        items,
        unreadCount,
        status: 'loaded',
        checkedAt: at,
      }),
    ),
    on(NotificationsApiActions.notificationsLoadFailed, (state, { error }): NotificationsState => ({
      ...state,
      status: 'failed',
      error,
    })),
    // Read at once on screen; the server's answer (or the next poll) settles it.
    on(NotificationsBellActions.notificationOpened, (state, { id, at }): NotificationsState => {
      const wasUnread = state.items.some((item) => item.id === id && item.readAt === null);
      return wasUnread
        ? {
            ...state,
            items: state.items.map((item) => (item.id === id ? { ...item, readAt: at } : item)),
            unreadCount: Math.max(0, state.unreadCount - 1),
          }
        : state;
    }),
    on(NotificationsApiActions.markedRead, (state, { notification }): NotificationsState => ({
      ...state,
      items: state.items.map((item) => (item.id === notification.id ? notification : item)),
    })),
    on(NotificationsBellActions.markAllReadClicked, (state, { at }): NotificationsState => ({
      ...state,
      items: state.items.map((item) => (item.readAt === null ? { ...item, readAt: at } : item)),
      unreadCount: 0,
    })),
    // Nothing of one person's notifications outlives their session.
    on(
      AuthApiActions.signOutSucceeded,
      SessionActions.expired,
      (): NotificationsState => initialNotificationsState,
    ),
  ),
});

export const selectNotificationItems = createSelector(selectSlice, (state) => state.items);
export const selectUnreadCount = createSelector(selectSlice, (state) => state.unreadCount);
export const selectNotificationsStatus = createSelector(selectSlice, (state) => state.status);
export const selectCheckedAt = createSelector(selectSlice, (state) => state.checkedAt);

export const selectNotificationViews = createSelector(
  selectNotificationItems,
  selectCheckedAt,
  selectLocale,
  selectRole,
  toNotificationViews,
);
