import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppNotification } from '@ppm/shared';

import type { ApiError } from '../../../core/http';

/** Events from the bell in the toolbar and its panel. */
export const NotificationsBellActions = createActionGroup({
  source: 'Notifications Bell',
  events: {
    'Panel Opened': emptyProps(),
    /** A notification was followed to its report; `at` is when. */
    'Notification Opened': props<{ id: string; at: string }>(),
    'Mark All Read Clicked': props<{ at: string }>(),
  },
});

/** The moments the bell asks the server again. */
export const NotificationsPollActions = createActionGroup({
  source: 'Notifications Poll',
  events: {
    /** Someone is signed in (and the bell has appeared): the first look. */
    Started: emptyProps(),
    'Interval Elapsed': emptyProps(),
    'Window Focused': emptyProps(),
  },
});

/** Answers of the notifications API. */
export const NotificationsApiActions = createActionGroup({
  source: 'Notifications API',
  events: {
    /** `at`: when the list was fetched, the "now" of its "5 minutes ago". */
    'Notifications Loaded': props<{ items: AppNotification[]; unreadCount: number; at: string }>(),
    'Notifications Load Failed': props<{ error: ApiError }>(),
    'Marked Read': props<{ notification: AppNotification }>(),
    'Mark Read Failed': props<{ id: string; error: ApiError }>(),
    'All Marked Read': emptyProps(),
    'Mark All Read Failed': props<{ error: ApiError }>(),
  },
});
